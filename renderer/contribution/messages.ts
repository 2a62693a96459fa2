/** The words of Send for contribution…, its notice and its part of the merge report, in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import { formatLongDate } from '../../core/i18n/language';

export interface ContributionMessages {
  button: string;
  title: string;
  colleague: string;
  items: string;
  send: string;
  cancel: string;
  noItems: string;
  noColleague: string;
  saved: (fileName: string) => string;
  sent: (colleague: string, sentAt: string, titles: readonly string[]) => string;
  /** Said after a sending that came back. */
  returnedOn: (returnedAt: string) => string;
  mark: (colleague: string) => string;
  noticeLabel: string;
  returned: (colleague: string) => string;
  changedBy: (title: string, names: readonly string[]) => string;
  unchanged: (titles: readonly string[]) => string;
}

const day = (sentAt: string, language: Language) => formatLongDate(sentAt.slice(0, 10), language);

const CATALOG: Readonly<Record<Language, ContributionMessages>> = {
  nl: {
    button: 'Ter bijdrage versturen…',
    title: 'Ter bijdrage versturen',
    colleague: 'Collega',
    items: 'Agendapunten voor deze collega',
    send: 'Kopie opslaan',
    cancel: 'Annuleren',
    noItems: 'Kies ten minste één agendapunt.',
    noColleague: 'Vul de naam van de collega in.',
    saved: (fileName) => `Kopie voor bijdrage opgeslagen als ${fileName}.`,
    sent: (colleague, sentAt, titles) => `Ter bijdrage verstuurd aan ${colleague} op ${day(sentAt, 'nl')}: ${titles.join(', ')}.`,
    returnedOn: (returnedAt) => `Terug op ${day(returnedAt, 'nl')}.`,
    mark: (colleague) => `Ter bijdrage bij ${colleague}`,
    noticeLabel: 'Ter bijdrage',
    returned: (colleague) => `De bijdrage van ${colleague} is terug.`,
    changedBy: (title, names) => `${title}: gewijzigd door ${names.join(', ') || 'onbekend'}`,
    unchanged: (titles) => `Niet gewijzigd: ${titles.join(', ')}`,
  },
  en: {
    button: 'Send for contribution…',
    title: 'Send for contribution',
    colleague: 'Colleague',
    items: 'Agenda items for this colleague',
    send: 'Save copy',
    cancel: 'Cancel',
    noItems: 'Choose at least one agenda item.',
    noColleague: 'Enter the colleague’s name.',
    saved: (fileName) => `Copy for contribution saved as ${fileName}.`,
    sent: (colleague, sentAt, titles) => `Sent for contribution to ${colleague} on ${day(sentAt, 'en')}: ${titles.join(', ')}.`,
    returnedOn: (returnedAt) => `Came back on ${day(returnedAt, 'en')}.`,
    mark: (colleague) => `With ${colleague} for contribution`,
    noticeLabel: 'For contribution',
    returned: (colleague) => `The contribution from ${colleague} came back.`,
    changedBy: (title, names) => `${title}: changed by ${names.join(', ') || 'someone unknown'}`,
    unchanged: (titles) => `Not changed: ${titles.join(', ')}`,
  },
};

export function contributionMessages(language: Language): ContributionMessages {
  return CATALOG[language];
}
