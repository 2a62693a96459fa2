/** The words of the versions panel, in Dutch and English. */
import type { Language } from '../../core/i18n/language';

export interface VersionMessages {
  versions: (n: number) => string;
  name: string;
  namePlaceholder: string;
  saveVersion: string;
  saved: (name: string) => string;
  none: string;
  view: string;
  restore: string;
  viewOf: (name: string) => string;
  restoreOf: (name: string) => string;
  readOnly: (name: string) => string;
  closeView: string;
  restored: (name: string) => string;
  undo: string;
  compare: string;
  compareFrom: string;
  compareTo: string;
  current: string;
  identical: string;
  added: string;
  removed: string;
  renamed: (from: string) => string;
  statusChanged: string;
  wordsChanged: (added: number, removed: number) => string;
  section: (key: string) => string;
  when: (iso: string) => string;
}

const format = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

const CATALOG: Readonly<Record<Language, VersionMessages>> = {
  nl: {
    versions: (n) => `Versies (${n})`,
    name: 'Naam van de versie',
    namePlaceholder: 'bijv. Naar de DG',
    saveVersion: 'Versie opslaan',
    saved: (name) => `Versie "${name}" opgeslagen. Sla het pakket op om haar in het bestand te bewaren.`,
    none: 'Nog geen versies opgeslagen.',
    view: 'Bekijken',
    restore: 'Terugzetten',
    viewOf: (name) => `Versie ${name} bekijken`,
    restoreOf: (name) => `Versie ${name} terugzetten`,
    readOnly: (name) => `Versie "${name}" (alleen lezen)`,
    closeView: 'Sluiten',
    restored: (name) => `Versie "${name}" teruggezet.`,
    undo: 'Ongedaan maken',
    compare: 'Vergelijken',
    compareFrom: 'Vergelijk van',
    compareTo: 'Vergelijk met',
    current: 'Huidige tekst',
    identical: 'Geen verschillen in de agendapunten.',
    added: 'Toegevoegd',
    removed: 'Verwijderd',
    renamed: (from) => `Hernoemd (was "${from}")`,
    statusChanged: 'Status gewijzigd',
    wordsChanged: (a, r) => `${a} ${a === 1 ? 'woord' : 'woorden'} erbij, ${r} eraf`,
    section: (key) => `Sectie ${key}`,
    when: (iso) => format(iso, 'nl'),
  },
  en: {
    versions: (n) => `Versions (${n})`,
    name: 'Version name',
    namePlaceholder: 'e.g. To the DG',
    saveVersion: 'Save version',
    saved: (name) => `Version "${name}" saved. Save the pack to keep it in the file.`,
    none: 'No versions saved yet.',
    view: 'View',
    restore: 'Restore',
    viewOf: (name) => `View version ${name}`,
    restoreOf: (name) => `Restore version ${name}`,
    readOnly: (name) => `Version "${name}" (read-only)`,
    closeView: 'Close',
    restored: (name) => `Version "${name}" restored.`,
    undo: 'Undo',
    compare: 'Compare',
    compareFrom: 'Compare from',
    compareTo: 'Compare with',
    current: 'Current text',
    identical: 'No differences in the agenda items.',
    added: 'Added',
    removed: 'Removed',
    renamed: (from) => `Renamed (was "${from}")`,
    statusChanged: 'Status changed',
    wordsChanged: (a, r) => `${a} ${a === 1 ? 'word' : 'words'} added, ${r} removed`,
    section: (key) => `Section ${key}`,
    when: (iso) => format(iso, 'en'),
  },
};

export function versionMessages(language: Language): VersionMessages {
  return CATALOG[language];
}
