/**
 * Cheap size checks on raw pack JSON before the schema sees it. The schema
 * refuses a table of 2,001 rows too, but only after trying every kind of
 * block on every row and cell (38 s and 1.2 GB for a 26 KB pack); one walk
 * over the values, counting, refuses it at once. The bounds are the schema's
 * own outer limits, so a pack the schema accepts always passes here.
 */
import { MAX_HANDED_OUT } from './distribution';
import { MAX_CHILDREN, MAX_TABLE_CELLS, MAX_TABLE_ROWS, MAX_TEXT } from './rich-text';
import { MAX_SECTIONS } from './section-key';
import { issuePath } from './validate';

export const JSON_BOUNDS = {
  /** The deepest a valid pack nests is about 30 (a link in a list nine levels deep). */
  depth: 40,
  /** The longest array the schema allows, but for the copies handed out and tables. */
  entries: MAX_CHILDREN,
  characters: MAX_TEXT,
  /** An item's sections are the widest object; every other one has a fixed set of fields. */
  keys: MAX_SECTIONS,
} as const;

export type BoundKind = 'levels' | 'entries' | 'rows' | 'cells' | 'keys' | 'characters';

export interface BoundExceeded {
  path: string;
  kind: BoundKind;
  limit: number;
}

interface Pending {
  value: unknown;
  key: PropertyKey | undefined;
  parent: Pending | undefined;
  depth: number;
  /** The `type` of the object holding this value (a table's rows, a row's cells). */
  holder: unknown;
}

function pathOf(pending: Pending): string {
  const keys: PropertyKey[] = [];
  for (let at: Pending | undefined = pending; at?.key !== undefined; at = at.parent) keys.unshift(at.key);
  return issuePath(keys) || '(root)';
}

function arrayLimit(pending: Pending): { kind: BoundKind; limit: number } {
  if (pending.key === 'children' && pending.holder === 'table') return { kind: 'rows', limit: MAX_TABLE_ROWS };
  if (pending.key === 'children' && pending.holder === 'table-row') return { kind: 'cells', limit: MAX_TABLE_CELLS };
  if (pending.key === 'handedOut') return { kind: 'entries', limit: MAX_HANDED_OUT };
  return { kind: 'entries', limit: JSON_BOUNDS.entries };
}

/** The first place in `raw` past a bound, walked without recursion; undefined when all is within. */
export function findBoundExceeded(raw: unknown): BoundExceeded | undefined {
  const pending: Pending[] = [{ value: raw, key: undefined, parent: undefined, depth: 0, holder: undefined }];
  while (pending.length > 0) {
    const at = pending.pop()!;
    const { value, depth } = at;
    if (typeof value === 'string') {
      if (value.length > JSON_BOUNDS.characters) return { path: pathOf(at), kind: 'characters', limit: JSON_BOUNDS.characters };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= JSON_BOUNDS.depth) return { path: pathOf(at), kind: 'levels', limit: JSON_BOUNDS.depth };
    if (Array.isArray(value)) {
      const { kind, limit } = arrayLimit(at);
      if (value.length > limit) return { path: pathOf(at), kind, limit };
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], key: i, parent: at, depth: depth + 1, holder: undefined });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > JSON_BOUNDS.keys) return { path: pathOf(at), kind: 'keys', limit: JSON_BOUNDS.keys };
    const record = value as Record<string, unknown>;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (key.length > JSON_BOUNDS.characters) return { path: pathOf(at), kind: 'characters', limit: JSON_BOUNDS.characters };
      pending.push({ value: record[key], key, parent: at, depth: depth + 1, holder: record.type });
    }
  }
  return undefined;
}
