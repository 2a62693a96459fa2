/** The words of File > Merge contributions… and its report, in Dutch and English. */
import type { ContributionReport } from '../../core/contract';
import type { Language } from '../../core/i18n/language';

type Change = ContributionReport['items'][number]['change'];

export interface MergeMessages {
  button: string;
  title: string;
  merged: (files: readonly string[]) => string;
  nothing: string;
  change: Record<Change, string>;
  by: (names: readonly string[]) => string;
  undoHint: string;
  close: string;
}

const CATALOG: Readonly<Record<Language, MergeMessages>> = {
  nl: {
    button: 'Bijdrage samenvoegen…',
    title: 'Bijdragen samengevoegd',
    merged: (files) => `Samengevoegd in dit pakket: ${files.join(', ')}.`,
    nothing: 'Er is niets gewijzigd: dit pakket had alles al.',
    change: { added: 'toegevoegd', removed: 'verwijderd', changed: 'gewijzigd' },
    by: (names) => (names.length ? `door ${names.join(', ')}` : 'door onbekend'),
    undoHint: 'Ctrl+Z maakt het samenvoegen in één stap ongedaan. Het pakket is nog niet opgeslagen.',
    close: 'Sluiten',
  },
  en: {
    button: 'Merge contributions…',
    title: 'Contributions merged',
    merged: (files) => `Merged into this pack: ${files.join(', ')}.`,
    nothing: 'Nothing changed: this pack already had everything.',
    change: { added: 'added', removed: 'removed', changed: 'changed' },
    by: (names) => (names.length ? `by ${names.join(', ')}` : 'by someone unknown'),
    undoHint: 'Ctrl+Z undoes the merge in one step. The pack has not been saved yet.',
    close: 'Close',
  },
};

export function mergeMessages(language: Language): MergeMessages {
  return CATALOG[language];
}
