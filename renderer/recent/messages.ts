/** The words of the recent files list (browser mode), in Dutch and English. */
import type { Language } from '../../core/i18n/language';

export interface RecentMessages {
  button: string;
  title: string;
  intro: string;
  none: string;
  keptAt: (iso: string) => string;
  open: string;
  openOne: (name: string) => string;
  close: string;
}

function when(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

const CATALOG: Readonly<Record<Language, RecentMessages>> = {
  nl: {
    button: 'Recent…',
    title: 'Recente bestanden',
    intro: 'Deze browser bewaart de briefingmappen zoals u ze hier het laatst opende of opsloeg.',
    none: 'Nog geen: een map die u opent of opslaat, komt hier.',
    keptAt: (iso) => `bewaard ${when(iso, 'nl')}`,
    open: 'Openen',
    openOne: (name) => `${name} openen`,
    close: 'Sluiten',
  },
  en: {
    button: 'Recent…',
    title: 'Recent files',
    intro: 'This browser keeps the briefing packs as you last opened or saved them here.',
    none: 'None yet: a pack you open or save appears here.',
    keptAt: (iso) => `kept ${when(iso, 'en')}`,
    open: 'Open',
    openOne: (name) => `Open ${name}`,
    close: 'Close',
  },
};

export function recentMessages(language: Language): RecentMessages {
  return CATALOG[language];
}
