/**
 * Everything the renderer shows a person, in Dutch and English. Error texts
 * come from core/i18n/errors (via UserError) so main, CLI and UI say the same.
 */
import type { ApiError } from '../core/contract';
import type { ExportFormat } from '../core/export/assets';
import { UserError, type ErrorCode } from '../core/i18n/errors';
import { languageFromLocale, type Language } from '../core/i18n/language';
import type { ItemStatus } from '../core/model/pack';

export interface Messages {
  appName: string;
  loading: string;
  fileToolbar: string;
  open: string;
  save: string;
  saveAs: string;
  exportAs: (format: ExportFormat) => string;
  exporting: string;
  language: string;
  languageNames: Record<Language, string>;
  unsaved: string;
  agendaItems: string;
  agendaItem: (n: number) => string;
  words: (n: number) => string;
  status: string;
  statuses: Record<ItemStatus, string>;
  sourceText: string;
  noSourceText: string;
  /** The letter's text is shown in part until expanded. */
  expandSource: string;
  collapseSource: string;
  annotation: string;
  notes: string;
  footnote: (n: number) => string;
  noItems: string;
  formatting: (section: string) => string;
  bold: string;
  italic: string;
  underline: string;
  bulletedList: string;
  numberedList: string;
  undo: string;
  redo: string;
  emptySection: string;
  saved: (file: string) => string;
  openedWithWarnings: (file: string) => string;
  exported: (file: string) => string;
  annexesLeftOut: (files: readonly string[]) => string;
  badAnnexTitle: string;
  badAnnex: (file: string, reason: string) => string;
  badAnnexQuestion: string;
  leaveOutAnnex: string;
  cancelExport: string;
  dismiss: string;
  errorTitle: string;
}

/** One formatter per language: toLocaleString builds a new one on every call. */
const NUMBER_FORMAT = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') } as const;

const nl: Messages = {
  appName: 'Briefing Composer',
  loading: 'Briefingmap laden…',
  fileToolbar: 'Bestand',
  open: 'Openen…',
  save: 'Opslaan',
  saveAs: 'Opslaan als…',
  exportAs: (format) => `Exporteren als ${format.toUpperCase()}`,
  exporting: 'Bezig met exporteren…',
  language: 'Taal',
  languageNames: { nl: 'Nederlands', en: 'English' },
  unsaved: 'Niet opgeslagen wijzigingen',
  agendaItems: 'Agendapunten',
  agendaItem: (n) => `Agendapunt ${n}`,
  words: (n) => (n === 1 ? '1 woord' : `${NUMBER_FORMAT.nl.format(n)} woorden`),
  status: 'Status',
  statuses: { draft: 'Concept', 'in-review': 'Ter beoordeling', approved: 'Goedgekeurd' },
  sourceText: 'Uit de geannoteerde agenda',
  noSourceText: 'De agenda bevat voor dit punt geen tekst.',
  expandSource: 'Hele tekst tonen',
  collapseSource: 'Tekst inklappen',
  annotation: 'Annotatie',
  notes: 'Voetnoten',
  footnote: (n) => `Voetnoot ${n}`,
  noItems: 'Deze briefingmap heeft geen agendapunten.',
  formatting: (section) => `Opmaak ${section}`,
  bold: 'Vet',
  italic: 'Cursief',
  underline: 'Onderstrepen',
  bulletedList: 'Opsomming',
  numberedList: 'Genummerde lijst',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  emptySection: 'Nog niets geschreven…',
  saved: (file) => `Opgeslagen als ${file}`,
  openedWithWarnings: (file) => `${file} geopend; bij het lezen is dit hersteld of apart gezet`,
  exported: (file) => `Geëxporteerd naar ${file}`,
  annexesLeftOut: (files) => `Weggelaten uit de PDF: ${files.join(', ')}.`,
  badAnnexTitle: 'Bijlage kan niet mee',
  badAnnex: (file, reason) =>
    `Bijlage ${file} kan niet aan de PDF worden toegevoegd: het bestand is ${reason === 'encrypted' ? 'versleuteld (met een wachtwoord beveiligd)' : 'beschadigd'}.`,
  badAnnexQuestion: 'Wilt u exporteren zonder deze bijlage? De bijlage blijft in de briefingmap.',
  leaveOutAnnex: 'Exporteren zonder deze bijlage',
  cancelExport: 'Niet exporteren',
  dismiss: 'Sluiten',
  errorTitle: 'Er ging iets mis',
};

const en: Messages = {
  appName: 'Briefing Composer',
  loading: 'Loading briefing pack…',
  fileToolbar: 'File',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save as…',
  exportAs: (format) => `Export ${format.toUpperCase()}`,
  exporting: 'Exporting…',
  language: 'Language',
  languageNames: { nl: 'Nederlands', en: 'English' },
  unsaved: 'Unsaved changes',
  agendaItems: 'Agenda items',
  agendaItem: (n) => `Agenda item ${n}`,
  words: (n) => (n === 1 ? '1 word' : `${NUMBER_FORMAT.en.format(n)} words`),
  status: 'Status',
  statuses: { draft: 'Draft', 'in-review': 'In review', approved: 'Approved' },
  sourceText: 'From the annotated agenda',
  noSourceText: 'The agenda has no text for this item.',
  expandSource: 'Show the whole text',
  collapseSource: 'Collapse the text',
  annotation: 'Annotation',
  notes: 'Footnotes',
  footnote: (n) => `Footnote ${n}`,
  noItems: 'This briefing pack has no agenda items.',
  formatting: (section) => `Formatting ${section}`,
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  bulletedList: 'Bulleted list',
  numberedList: 'Numbered list',
  undo: 'Undo',
  redo: 'Redo',
  emptySection: 'Nothing written yet…',
  saved: (file) => `Saved as ${file}`,
  openedWithWarnings: (file) => `Opened ${file}; reading it repaired or set aside the following`,
  exported: (file) => `Exported to ${file}`,
  annexesLeftOut: (files) => `Left out of the PDF: ${files.join(', ')}.`,
  badAnnexTitle: 'Annex cannot be included',
  badAnnex: (file, reason) =>
    `Annex ${file} cannot be added to the PDF: the file is ${reason === 'encrypted' ? 'encrypted (password-protected)' : 'damaged'}.`,
  badAnnexQuestion: 'Export without this annex? It stays in the briefing pack.',
  leaveOutAnnex: 'Export without this annex',
  cancelExport: 'Do not export',
  dismiss: 'Dismiss',
  errorTitle: 'Something went wrong',
};

const CATALOG: Readonly<Record<Language, Messages>> = { nl, en };

export function messages(language: Language): Messages {
  return CATALOG[language];
}

export function browserLanguage(): Language {
  return languageFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** The one line shown for an error an API call returned, in the reader's language. */
export function describeApiError(error: ApiError, language: Language): string {
  // A code this build does not know still shows, as the code itself.
  return new UserError(error.code as ErrorCode, error.params).describe(language);
}
