/**
 * The review's meeting date as text in the document's language ("13 februari
 * 2025", "13 February 2025"), read back into the model's ISO date. A browser's
 * date input would show the computer's locale instead of the pack's.
 */
import { formatLongDate, type Language } from '../../core/i18n/language';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/** Short forms people type, beyond the first three letters of either language's names. */
const EXTRA_ABBREVIATIONS: Readonly<Record<string, number>> = { mrt: 3, sept: 9 };

/** The date as the field shows it; '' for no date, and an unreadable model value as it is. */
export function dateFieldText(isoDate: string, language: Language): string {
  return isoDate ? formatLongDate(isoDate, language) : '';
}

/** A month name or abbreviation in Dutch or English (any case, with or without a full stop) as 1–12. */
function monthNumber(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name in EXTRA_ABBREVIATIONS) return EXTRA_ABBREVIATIONS[name]!;
  for (const months of Object.values(MONTHS)) {
    const index = months.findIndex((month) => month === name || (name.length >= 3 && month.startsWith(name)));
    if (index >= 0) return index + 1;
  }
  return null;
}

function isoFrom(year: number, month: number | null, day: number): string | null {
  if (month === null || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31 February rolls over into March: refuse it rather than guess.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads what the person typed: "13 februari 2025", "13 Feb. 2025",
 * "February 13, 2025", 13-02-2025 (day first, also with / or .) and
 * 2025-02-13. Returns the ISO date, '' for an empty field, null when it
 * cannot be read.
 */
export function parseDateField(text: string): string | null {
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '') return '';
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return isoFrom(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (match) return isoFrom(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([\p{L}.]+),? (\d{4})$/iu.exec(value);
  if (match) return isoFrom(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  match = /^([\p{L}.]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/iu.exec(value);
  if (match) return isoFrom(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  return null;
}
