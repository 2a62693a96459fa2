/** What the agenda import and its review step say, in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import { useLanguage } from '../language-context';

export interface ImportMessages {
  newFromAgenda: string;
  importing: string;
  reviewTitle: (file: string) => string;
  reviewHelp: string;
  detected: string;
  meeting: string;
  abbreviation: string;
  meetingDate: string;
  meetingEndDate: string;
  location: string;
  letterDate: string;
  signatory: string;
  references: (n: number) => string;
  footnotes: (n: number) => string;
  introduction: (n: number) => string;
  notItems: string;
  items: (n: number) => string;
  itemTitle: (n: number) => string;
  subItem: string;
  moveUp: string;
  moveDown: string;
  mergeWithNext: string;
  drop: string;
  itemText: (title: string) => string;
  splitAtCursor: string;
  splitHelp: string;
  newItemTitle: string;
  cancel: string;
  create: string;
  noItemsLeft: string;
  /** The line at the top: how many marked things are left. */
  toCheck: (n: number) => string;
  nothingLeftToCheck: string;
  /** The mark on an item or field the importer was unsure of, and its description. */
  pleaseCheck: string;
  looksRight: string;
  looksRightFor: (what: string) => string;
  /** The meeting date field: what it accepts, and why it refused what was typed. */
  dateUnreadable: (longExample: string, numericExample: string) => string;
}

const nl: ImportMessages = {
  newFromAgenda: 'Nieuw uit agenda…',
  importing: 'Agenda inlezen…',
  reviewTitle: (file) => `Controleer wat is herkend in ${file}`,
  reviewHelp: 'Pas titels aan, voeg samen, splits, verplaats of verwijder agendapunten voordat het pakket wordt gemaakt. De oorspronkelijke brief wordt als bijlage bewaard.',
  detected: 'Herkend',
  meeting: 'Bijeenkomst',
  abbreviation: 'Afkorting',
  meetingDate: 'Datum bijeenkomst',
  meetingEndDate: 'Laatste dag (bij meer dagen)',
  location: 'Plaats',
  letterDate: 'Datum brief',
  signatory: 'Ondertekening (geen agendapunt)',
  references: (n) => `${n} Kamerstukverwijzing${n === 1 ? '' : 'en'}`,
  footnotes: (n) => `${n} ${n === 1 ? 'voetnoot' : 'voetnoten'}`,
  introduction: (n) => `Inleiding: ${n} alinea${n === 1 ? '' : "'s"}`,
  notItems: 'Titels (geen agendapunt)',
  items: (n) => `Agendapunten (${n})`,
  itemTitle: (n) => `Titel van agendapunt ${n}`,
  subItem: 'Subpunt',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  mergeWithNext: 'Samenvoegen met volgende',
  drop: 'Verwijderen',
  itemText: (title) => `Tekst van ${title}`,
  splitAtCursor: 'Splitsen bij cursor',
  splitHelp: 'Zet de cursor in de tekst waar een nieuw agendapunt moet beginnen.',
  newItemTitle: 'Nieuw agendapunt',
  cancel: 'Annuleren',
  create: 'Pakket maken',
  noItemsLeft: 'Er is geen agendapunt over; een pakket heeft er minstens één nodig.',
  toCheck: (n) => `${n} ${n === 1 ? 'punt' : 'punten'} om te controleren`,
  nothingLeftToCheck: 'Niets meer om te controleren',
  pleaseCheck: 'Controleer dit',
  looksRight: 'Klopt',
  looksRightFor: (what) => `Klopt: ${what}`,
  dateUnreadable: (long, numeric) => `Deze datum is niet te lezen. Schrijf bijvoorbeeld ${long} of ${numeric}.`,
};

const en: ImportMessages = {
  newFromAgenda: 'New from agenda…',
  importing: 'Reading agenda…',
  reviewTitle: (file) => `Check what was recognised in ${file}`,
  reviewHelp: 'Rename, merge, split, reorder or drop agenda items before the pack is created. The original letter is kept as an annex.',
  detected: 'Recognised',
  meeting: 'Meeting',
  abbreviation: 'Abbreviation',
  meetingDate: 'Meeting date',
  meetingEndDate: 'Last day (if several days)',
  location: 'Place',
  letterDate: 'Letter date',
  signatory: 'Signature (not an item)',
  references: (n) => `${n} parliamentary reference${n === 1 ? '' : 's'}`,
  footnotes: (n) => `${n} footnote${n === 1 ? '' : 's'}`,
  introduction: (n) => `Introduction: ${n} paragraph${n === 1 ? '' : 's'}`,
  notItems: 'Titles (not items)',
  items: (n) => `Agenda items (${n})`,
  itemTitle: (n) => `Title of agenda item ${n}`,
  subItem: 'Sub-item',
  moveUp: 'Move up',
  moveDown: 'Move down',
  mergeWithNext: 'Merge with next',
  drop: 'Drop',
  itemText: (title) => `Text of ${title}`,
  splitAtCursor: 'Split at cursor',
  splitHelp: 'Put the cursor in the text where a new agenda item should start.',
  newItemTitle: 'New agenda item',
  cancel: 'Cancel',
  create: 'Create pack',
  noItemsLeft: 'No agenda item is left; a pack needs at least one.',
  toCheck: (n) => `${n} ${n === 1 ? 'thing' : 'things'} to check`,
  nothingLeftToCheck: 'Nothing left to check',
  pleaseCheck: 'Please check',
  looksRight: 'Looks right',
  looksRightFor: (what) => `Looks right: ${what}`,
  dateUnreadable: (long, numeric) => `This date cannot be read. Write it as, for example, ${long} or ${numeric}.`,
};

export function importMessages(language: Language): ImportMessages {
  return language === 'nl' ? nl : en;
}

export function useImportMessages(): ImportMessages {
  return importMessages(useLanguage());
}
