import { isCalendarDate } from '../model/calendar-date';

/** Dutch and English month names to month numbers, for dates written out in letters. */
const FULL_MONTHS: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};
/** Abbreviated, as date lines on web pages and in letterheads write them ("04 Jun. 2025", "7 mrt. 2025"). */
const SHORT_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mrt: 3, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11, dec: 12,
};
const MONTHS: Readonly<Record<string, number>> = { ...SHORT_MONTHS, ...FULL_MONTHS };

const cased = (name: string) => `[${name.charAt(0)}${name.charAt(0).toUpperCase()}]${name.slice(1)}`;
// Longest first, so "januari" is read whole rather than as "jan"; an abbreviation may carry its full stop.
const monthPattern = (spell: (name: string) => string) =>
  `(?:${Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .map((name) => (Object.hasOwn(FULL_MONTHS, name) ? spell(name) : `${spell(name)}\\.?`))
    .join('|')})(?![a-z])`;

export const MONTH_PATTERN = monthPattern((name) => name);
/** Month names as written in running text, lower or title case, for case-sensitive patterns. */
export const MONTH_PATTERN_CASED = monthPattern(cased);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "13 februari 2025" -> "2025-02-13". Without a year, the year is the one of
 * `reference` (an ISO date) or the next, whichever puts the date nearest after it.
 */
export function parseWrittenDate(text: string, reference = ''): string {
  const match = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN})(?:\\s+(\\d{4}))?$`, 'i').exec(text.trim());
  if (!match) return '';
  const day = Number(match[1]);
  const month = MONTHS[match[2]!.toLowerCase().replace(/\.$/, '')]!;
  let year = match[3] ? Number(match[3]) : Number(reference.slice(0, 4));
  if (!year) return '';
  if (!match[3] && reference) {
    const refMonth = Number(reference.slice(5, 7));
    if (month < refMonth - 3) year += 1; // "13 februari" in a letter of December means next year
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  // "30 februari" is a typing error, not a day: no date rather than one nobody wrote.
  return isCalendarDate(date) ? date : '';
}
