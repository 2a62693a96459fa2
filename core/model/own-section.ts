/**
 * Reading and writing a record by section key without reaching
 * Object.prototype. The schemas refuse keys such as `constructor` and
 * `__proto__` (section-key.ts), but a template or pack made in code, or a
 * section key from a live peer's or a merged copy's editing state, never
 * passed them: `sections.constructor` would be a function ("value.some is not
 * a function" in every export), and `sections.__proto__ = value` would
 * replace the record's prototype instead of adding a section.
 */

/** The record's own value under key; undefined for a key it only inherits. */
export function ownSection<T>(sections: Readonly<Record<string, T | undefined>>, key: string): T | undefined {
  return Object.hasOwn(sections, key) ? sections[key] : undefined;
}

/** Sets key as the record's own property, also when the key is `__proto__`. */
export function setOwnSection<T>(sections: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(sections, key, { value, writable: true, enumerable: true, configurable: true });
}
