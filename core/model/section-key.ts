/**
 * The form of an annotation section key, shared by templates (which declare
 * the sections) and packs (which key their annotations by them). A key starts
 * with a letter or digit and is never the name of a property every object
 * has, so `sections[key]` can neither hit nor replace Object.prototype
 * (`__proto__`, `constructor`, `toString`).
 */
import { z } from 'zod';

const SECTION_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const SECTION_KEY_RULE = 'must be 1-64 letters, digits, - or _, starting with a letter or digit, and not a name such as constructor';

export function isSectionKey(key: string): boolean {
  return SECTION_KEY.test(key) && !Object.hasOwn(Object.prototype, key);
}

export const sectionKeySchema = z.string().refine(isSectionKey, SECTION_KEY_RULE);

/** Sections an item may have: a template has at most 30, and a pack may keep those of the template it came from. */
export const MAX_SECTIONS = 100;

/**
 * A record keyed by section keys. The keys are checked on the input itself:
 * zod's record drops a `__proto__` key silently, which would lose a section
 * without a word. Their number is checked first, so 100,000 keys are refused
 * in one line rather than checked one by one.
 */
export function sectionRecordSchema<T extends z.ZodType>(value: T) {
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
      const keys = Object.keys(input);
      if (keys.length > MAX_SECTIONS) {
        ctx.addIssue({ code: 'custom', message: `at most ${MAX_SECTIONS} sections are allowed, not ${keys.length}` });
        return;
      }
      for (const key of keys) {
        if (!isSectionKey(key)) ctx.addIssue({ code: 'custom', path: [key], message: `section key ${SECTION_KEY_RULE}` });
      }
    })
    .pipe(z.record(z.string(), value));
}
