/** The words of the restore prompt, in Dutch and English. */
import type { Language } from '../../core/i18n/language';

export interface RecoveryMessages {
  title: string;
  intro: string;
  untitled: string;
  savedAt: (when: string) => string;
  restore: string;
  discard: string;
  later: string;
  restoreOne: (name: string) => string;
  discardOne: (name: string) => string;
  restored: (name: string) => string;
}

function when(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

const CATALOG: Readonly<Record<Language, RecoveryMessages>> = {
  nl: {
    title: 'Niet-opgeslagen werk gevonden',
    intro: 'De app is de vorige keer afgesloten voordat deze wijzigingen waren opgeslagen.',
    untitled: 'Naamloos briefingpakket',
    savedAt: (iso) => `laatst bewaard ${when(iso, 'nl')}`,
    restore: 'Terugzetten',
    discard: 'Verwijderen',
    later: 'Later beslissen',
    restoreOne: (name) => `${name} terugzetten`,
    discardOne: (name) => `${name} verwijderen`,
    restored: (name) => `${name} is teruggezet. Sla het op om de wijzigingen te bewaren.`,
  },
  en: {
    title: 'Unsaved work found',
    intro: 'The app was closed last time before these changes were saved.',
    untitled: 'Untitled briefing pack',
    savedAt: (iso) => `last backed up ${when(iso, 'en')}`,
    restore: 'Restore',
    discard: 'Discard',
    later: 'Decide later',
    restoreOne: (name) => `Restore ${name}`,
    discardOne: (name) => `Discard ${name}`,
    restored: (name) => `${name} was restored. Save it to keep the changes.`,
  },
};

export function recoveryMessages(language: Language): RecoveryMessages {
  return CATALOG[language];
}
