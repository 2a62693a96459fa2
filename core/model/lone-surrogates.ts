/**
 * A JSON string may hold half of a UTF-16 surrogate pair ("\ud800"), which is
 * no character at all: fonts have no glyph for it and XML may not contain it.
 * Such halves are replaced by U+FFFD on load, and the first place is named.
 */
import { walkPath, type WalkStep } from './walk-path';

// A high half not followed by a low one, or a low half not preceded by a high one (code units, no u flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasLoneSurrogate(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export interface SurrogateRepair {
  /** How many strings had to be repaired. */
  strings: number;
  /** Where the first one is, as a field path (items[1].title). */
  firstPath: string;
}

/** A container still to visit; the path is kept as a chain and spelled out only for the first repair. */
interface Pending extends WalkStep {
  container: Record<string, unknown> | unknown[];
  parent: Pending | undefined;
}

/**
 * Repairs every string value of freshly parsed JSON in place, iteratively
 * (the value may nest deeper than the stack allows). Undefined when nothing
 * needed repair.
 */
export function repairLoneSurrogates(raw: unknown): SurrogateRepair | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  let strings = 0;
  let firstPath = '';
  const pending: Pending[] = [{ container: raw as Record<string, unknown>, parent: undefined, key: undefined }];
  while (pending.length > 0) {
    const at = pending.pop()!;
    const record = at.container as Record<PropertyKey, unknown>;
    const keys: PropertyKey[] = Array.isArray(at.container) ? at.container.map((_, i) => i) : Object.keys(at.container);
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string') {
        if (!hasLoneSurrogate(value)) continue;
        record[key] = replaceLoneSurrogates(value);
        if (strings++ === 0) firstPath = walkPath(at, key);
      } else if (typeof value === 'object' && value !== null) {
        pending.push({ container: value as Record<string, unknown>, parent: at, key });
      }
    }
  }
  return strings > 0 ? { strings, firstPath } : undefined;
}
