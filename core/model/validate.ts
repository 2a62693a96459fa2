import type { z } from 'zod';
import { UserError } from '../i18n/errors';
import { findBoundExceeded } from './bounds';
import { migrate } from './migrations';
import { findTooDeepList } from './list-depth';
import { briefingPackSchema, type BriefingPack } from './pack';
import { MAX_LIST_DEPTH } from './rich-text';
import { findDuplicateId } from './unique-ids';

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

/**
 * Migrates and validates raw pack JSON; throws a UserError naming the first
 * bad field. Lists nested too deep are named by item and section first (the
 * schema would name them by a path nine `children` long), then sizes past the
 * schema's limits are refused by one cheap walk (bounds.ts) before the schema
 * spends seconds on them, and ids used twice are refused after the schema.
 */
export function parsePack(raw: unknown, file: string): BriefingPack {
  const migrated = migrate(raw, file);
  const deep = findTooDeepList(migrated);
  if (deep) throw new UserError('pack.list-too-deep', { file, ...deep, max: MAX_LIST_DEPTH });
  const exceeded = findBoundExceeded(migrated);
  if (exceeded) throw new UserError('pack.over-limit', { file, ...exceeded });
  const result = briefingPackSchema.safeParse(migrated);
  if (!result.success) throw new UserError('pack.invalid', { file, ...firstIssue(result.error) });
  const duplicate = findDuplicateId(result.data);
  if (duplicate) throw new UserError('pack.duplicate-id', { file, ...duplicate });
  return result.data;
}
