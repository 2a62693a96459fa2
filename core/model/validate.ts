import type { z } from 'zod';
import { UserError } from '../i18n/errors';
import { migrate } from './migrations';
import { briefingPackSchema, type BriefingPack } from './pack';

/** "items[2].sections.doel[0].children" from a zod issue path. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function firstIssue(error: z.ZodError): { path: string; detail: string } {
  const issue = error.issues[0];
  return { path: issuePath(issue?.path ?? []) || '(root)', detail: issue?.message ?? 'invalid' };
}

/** Migrates and validates raw pack JSON; throws a UserError naming the first bad field. */
export function parsePack(raw: unknown, file: string): BriefingPack {
  const result = briefingPackSchema.safeParse(migrate(raw, file));
  if (!result.success) throw new UserError('pack.invalid', { file, ...firstIssue(result.error) });
  return result.data;
}
