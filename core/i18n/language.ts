export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks nl or en from a locale string such as "nl_NL.UTF-8" or "en-GB". */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** One formatter per language: creating one takes about a millisecond, formatting with it microseconds. */
const longDates = new Map<Language, Intl.DateTimeFormat>();

export function formatLongDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  let formatter = longDates.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDates.set(language, formatter);
  }
  return formatter.format(date);
}
