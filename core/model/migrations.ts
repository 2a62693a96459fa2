/**
 * Migrations bring an older pack.json up to SCHEMA_VERSION before validation.
 * Each entry takes the raw JSON of version N and returns version N + 1;
 * add one entry per schema change and never edit an old one.
 */
import { UserError } from '../i18n/errors';
import { SCHEMA_VERSION } from './pack';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1: (raw) => ({ ...raw, schemaVersion: 2, newField: default }),
};

export function migrate(raw: unknown, file: string, migrations = MIGRATIONS, target = SCHEMA_VERSION): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let current = raw as Record<string, unknown>;
  const found = current.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) return raw; // the schema names the field
  if (found > target) throw new UserError('pack.newer-version', { file, found, supported: target });
  for (let version = found; version < target; version++) {
    const step = migrations[version];
    if (!step) throw new UserError('pack.invalid', { file, path: 'schemaVersion', detail: `no migration from ${version}` });
    current = step(current);
  }
  return current;
}
