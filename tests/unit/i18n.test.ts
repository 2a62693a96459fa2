import { describe, expect, it } from 'vitest';
import { describeError, ERROR_CODES, UserError } from '../../core/i18n/errors';
import { formatLongDate, languageFromLocale } from '../../core/i18n/language';

describe('user-facing error messages', () => {
  it.each(ERROR_CODES)('%s exists in Dutch and English, one line each', (code) => {
    const error = new UserError(code, { file: 'f', detail: 'd', path: 'p', id: 'i', what: 'w', limit: 'l', entry: 'e', found: 2, supported: 1, annex: 'a', available: 'x', size: 's', char: 'c', codePoint: 'U+0063', count: 1, places: 'q', more: 0, item: 't', section: 'k', depth: 10, max: 9, kind: 'item', page: 3, part: 'word/document.xml', first: 'g', expected: 'j', template: 'm', label: 'n', items: 'o', width: 20000, height: 20000, claimed: 'PNG', text: 'x', marker: '*' });
    const [en, nl] = [error.describe('en'), error.describe('nl')];
    expect(en).not.toBe(nl);
    for (const text of [en, nl]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toContain('\n');
      expect(text).not.toContain('undefined');
    }
  });

  it('names an unexpected error as internal, first line only', () => {
    expect(describeError(new Error('boom\n    at x.ts:1'), 'en')).toBe('Internal error: boom. Please report this; your file was not changed.');
  });
});

describe('language helpers', () => {
  it('follows the locale', () => {
    expect(languageFromLocale('nl_NL.UTF-8')).toBe('nl');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
  it('writes dates out in full', () => {
    expect(formatLongDate('2025-02-13', 'nl')).toBe('13 februari 2025');
    expect(formatLongDate('2025-02-13', 'en')).toBe('13 February 2025');
    expect(formatLongDate('', 'nl')).toBe('');
  });
});
