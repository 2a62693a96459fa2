/** The shell's own words (dialog titles, file types, the close prompt), in Dutch and English. */
import type { Language } from '../../core/i18n/language';

type Texts = Readonly<Record<Language, string>>;

export const SHELL_TEXT = {
  productName: { nl: 'Briefing Composer', en: 'Briefing Composer' },
  openPackTitle: { nl: 'Briefingpakket openen', en: 'Open briefing pack' },
  mergePackTitle: { nl: 'Bijdragen kiezen om samen te voegen', en: 'Choose contributions to merge' },
  savePackTitle: { nl: 'Briefingpakket opslaan', en: 'Save briefing pack' },
  exportDocxTitle: { nl: 'Exporteren als Word-document', en: 'Export as Word document' },
  exportPdfTitle: { nl: 'Exporteren als PDF', en: 'Export as PDF' },
  exportHandedOutTitle: { nl: 'Uitgereikte exemplaren exporteren als CSV', en: 'Export copies handed out as CSV' },
  packFileType: { nl: 'Briefingpakket', en: 'Briefing pack' },
  docxFileType: { nl: 'Word-document', en: 'Word document' },
  pdfFileType: { nl: 'PDF-document', en: 'PDF document' },
  csvFileType: { nl: 'CSV-bestand (kommagescheiden)', en: 'CSV file (comma-separated)' },
  startupOpenFailed: { nl: 'Het bestand kon niet worden geopend', en: 'The file could not be opened' },
  startupShowsSample: {
    nl: 'In plaats daarvan wordt het voorbeeldpakket getoond.',
    en: 'The sample pack is shown instead.',
  },
  closeTitle: { nl: 'Niet-opgeslagen wijzigingen', en: 'Unsaved changes' },
  closeMessage: {
    nl: 'Dit briefingpakket heeft wijzigingen die nog niet zijn opgeslagen.',
    en: 'This briefing pack has changes that have not been saved.',
  },
  closeDetail: {
    nl: 'Als u nu sluit, gaan deze wijzigingen verloren.',
    en: 'If you close now, these changes will be lost.',
  },
  closeDiscard: { nl: 'Sluiten zonder opslaan', en: 'Close without saving' },
  closeCancel: { nl: 'Annuleren', en: 'Cancel' },
} as const satisfies Record<string, Texts>;

export type ShellTextKey = keyof typeof SHELL_TEXT;

export function shellText(key: ShellTextKey, language: Language): string {
  return SHELL_TEXT[key][language];
}
