export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks nl or en from a locale string such as "nl_NL.UTF-8" or "en-GB". */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** One formatter per language: creating one takes about a millisecond, formatting with it microseconds. */
const longDates = new Map<Language, Intl.DateTimeFormat>();

function utcDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function longDateFormat(language: Language): Intl.DateTimeFormat {
  let formatter = longDates.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDates.set(language, formatter);
  }
  return formatter;
}

export function formatLongDate(isoDate: string, language: Language): string {
  const date = utcDate(isoDate);
  return date ? longDateFormat(language).format(date) : isoDate;
}

/** A meeting's days: "13 februari 2025", or a range the way the language writes it ("12–13 februari 2025", "30 June – 1 July 2025"). */
export function formatMeetingDates(meeting: { date: string; endDate?: string }, language: Language): string {
  const [start, end] = [utcDate(meeting.date), utcDate(meeting.endDate ?? '')];
  if (!start) return meeting.date;
  if (!(end && end > start)) return longDateFormat(language).format(start);
  // Intl sets thin spaces around the dash; documents and the fonts expect plain ones.
  return longDateFormat(language).formatRange(start, end).replace(/[\u2009\u202f]/g, ' ');
}
