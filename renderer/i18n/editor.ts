/** The editor's, paste's and find's texts, in Dutch and English (kept apart from renderer/i18n.ts). */
import { useLanguage } from '../language-context';
import type { Language } from '../../core/i18n/language';

export interface EditorMessages {
  strikethrough: string;
  highlight: string;
  subheading: string;
  blockQuote: string;
  indent: string;
  outdent: string;
  link: string;
  footnote: string;
  insertTable: string;
  tableTools: string;
  addRowBelow: string;
  removeRow: string;
  addColumnRight: string;
  removeColumn: string;
  removeTable: string;
  headerRow: string;
  table: string;
  linkDialog: string;
  linkAddress: string;
  linkText: string;
  linkHelp: string;
  linkInvalid: string;
  linkCredentials: string;
  linkAttachment: string;
  linkHost: (host: string) => string;
  apply: string;
  removeLink: string;
  cancel: string;
  footnoteDialog: (n: number) => string;
  footnoteText: string;
  removeFootnote: string;
  footnoteLabel: (n: number, note: string) => string;
  pasteUnsafe: string;
  pasteInvalid: string;
  pasteTooLarge: string;
  pasteRefused: string;
  pasteTooComplex: string;
  pasteFlattened: string;
  pasteFailed: string;
  insertPicture: string;
  pictureDialog: string;
  pictureAlt: string;
  pictureAltHelp: string;
  pictureCaption: string;
  pictureWidth: string;
  pictureWidthOption: (percent: number) => string;
  removePicture: string;
  editPicture: (alt: string) => string;
  pictureAltMissing: string;
  pictureUnavailable: string;
  find: string;
  findPanel: string;
  findLabel: string;
  replaceLabel: string;
  matchCase: string;
  next: string;
  previous: string;
  replace: string;
  replaceAll: string;
  undoReplaceAll: string;
  closeFind: string;
  matchCount: (current: number, total: number) => string;
  noMatches: string;
  inSource: (item: string) => string;
  inSection: (item: string, section: string) => string;
  replacedCount: (n: number, sections: number) => string;
  replaceUndone: (n: number) => string;
  replaceUndoPartial: (n: number, skipped: number) => string;
  sourceReadOnly: string;
  wordCount: string;
  itemWords: (n: number) => string;
  packWords: (n: number) => string;
  pages: (n: number) => string;
  pagesExplained: string;
}

const nl: EditorMessages = {
  strikethrough: 'Doorhalen',
  highlight: 'Markeren',
  subheading: 'Tussenkop',
  blockQuote: 'Citaat',
  indent: 'Inspringen',
  outdent: 'Uitspringen',
  link: 'Koppeling',
  footnote: 'Voetnoot invoegen',
  insertTable: 'Tabel invoegen',
  tableTools: 'Tabel',
  addRowBelow: 'Rij eronder toevoegen',
  removeRow: 'Rij verwijderen',
  addColumnRight: 'Kolom rechts toevoegen',
  removeColumn: 'Kolom verwijderen',
  removeTable: 'Tabel verwijderen',
  headerRow: 'Kopregel',
  table: 'Tabel',
  linkDialog: 'Koppeling bewerken',
  linkAddress: 'Adres (https://, http:// of mailto:)',
  linkText: 'Tekst',
  linkHelp: 'Alleen webadressen (http, https) en e-mailadressen (mailto) zijn toegestaan.',
  linkInvalid: 'Dit adres is niet toegestaan. Gebruik een adres dat begint met https://, http:// of mailto:.',
  linkCredentials: 'Niet toegestaan: dit adres bevat een gebruikersnaam of wachtwoord (naam:wachtwoord@), die met het document zouden worden doorgegeven; laat ze weg.',
  linkAttachment: 'Niet toegestaan: deze e-mailkoppeling laat een bestand meesturen (attach=); laat dat deel weg.',
  linkHost: (host) => `Gaat naar: ${host}`,
  apply: 'Toepassen',
  removeLink: 'Koppeling verwijderen',
  cancel: 'Annuleren',
  footnoteDialog: (n) => `Voetnoot ${n} bewerken`,
  footnoteText: 'Tekst van de voetnoot',
  removeFootnote: 'Voetnoot verwijderen',
  footnoteLabel: (n, note) => `Voetnoot ${n}: ${note || 'leeg'}`,
  pasteUnsafe: 'Geplakt als platte tekst: de gekopieerde opmaak bevatte onderdelen die niet zijn toegestaan.',
  pasteInvalid: 'Geplakt als platte tekst: de opmaak kon niet worden overgenomen.',
  pasteTooLarge: 'Niet geplakt: de gekopieerde inhoud is te groot (meer dan ongeveer 1 MB tekst).',
  pasteRefused: 'Niet geplakt: de gekopieerde opmaak kon niet worden overgenomen, en er was geen platte tekst bij.',
  pasteTooComplex: 'Geplakt als platte tekst: de gekopieerde opmaak is te omvangrijk (meer dan 25.000 elementen).',
  pasteFlattened: 'Geplakt met eenvoudiger opmaak: te diep geneste opmaak is platgemaakt, en wat buiten de grenzen van plakken viel is weggelaten.',
  pasteFailed: 'Niet geplakt: de gekopieerde inhoud kon niet worden gelezen.',
  insertPicture: 'Afbeelding invoegen',
  pictureDialog: 'Afbeelding bewerken',
  pictureAlt: 'Alternatieve tekst (verplicht voor export)',
  pictureAltHelp: 'Beschrijf wat de afbeelding laat zien, voor wie haar niet kan zien.',
  pictureCaption: 'Bijschrift (optioneel)',
  pictureWidth: 'Breedte',
  pictureWidthOption: (percent) => `${percent}% van de kolom`,
  removePicture: 'Afbeelding verwijderen',
  editPicture: (alt) => `Afbeelding bewerken: ${alt || 'alternatieve tekst ontbreekt'}`,
  pictureAltMissing: 'Alternatieve tekst ontbreekt',
  pictureUnavailable: 'Beeld ontbreekt of is beschadigd',
  find: 'Zoeken en vervangen',
  findPanel: 'Zoeken en vervangen in de briefingmap',
  findLabel: 'Zoeken naar',
  replaceLabel: 'Vervangen door',
  matchCase: 'Hoofdlettergevoelig',
  next: 'Volgende',
  previous: 'Vorige',
  replace: 'Vervangen',
  replaceAll: 'Alles vervangen',
  undoReplaceAll: 'Alles vervangen ongedaan maken',
  closeFind: 'Zoeken sluiten',
  matchCount: (current, total) => `${current} van ${total}`,
  noMatches: 'Geen resultaten',
  inSource: (item) => `${item} · agendatekst (alleen lezen)`,
  inSection: (item, section) => `${item} · ${section}`,
  replacedCount: (n, sections) => `${n} keer vervangen in ${sections} ${sections === 1 ? 'onderdeel' : 'onderdelen'}.`,
  replaceUndone: (n) => `Vervangen ongedaan gemaakt in ${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}.`,
  replaceUndoPartial: (n, skipped) =>
    `Ongedaan gemaakt in ${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}; ${skipped} ${skipped === 1 ? 'onderdeel is' : 'onderdelen zijn'} sindsdien gewijzigd en ongemoeid gelaten.`,
  sourceReadOnly: 'De agendatekst wordt doorzocht maar niet vervangen.',
  wordCount: 'Omvang',
  itemWords: (n) => `Dit punt: ${n.toLocaleString('nl-NL')} ${n === 1 ? 'woord' : 'woorden'}`,
  packWords: (n) => `Briefingmap: ${n.toLocaleString('nl-NL')} ${n === 1 ? 'woord' : 'woorden'}`,
  pages: (n) => `≈ ${n.toLocaleString('nl-NL')} ${n === 1 ? 'pagina' : 'pagina’s'} A4`,
  pagesExplained: 'Schatting: 450 woorden per A4-pagina bij 9/12 pt, plus de agendatekst als het sjabloon die afdrukt; zonder voorblad en inhoudsopgave.',
};

const en: EditorMessages = {
  strikethrough: 'Strikethrough',
  highlight: 'Highlight',
  subheading: 'Sub-heading',
  blockQuote: 'Quote',
  indent: 'Indent',
  outdent: 'Outdent',
  link: 'Link',
  footnote: 'Insert footnote',
  insertTable: 'Insert table',
  tableTools: 'Table',
  addRowBelow: 'Add row below',
  removeRow: 'Remove row',
  addColumnRight: 'Add column to the right',
  removeColumn: 'Remove column',
  removeTable: 'Remove table',
  headerRow: 'Header row',
  table: 'Table',
  linkDialog: 'Edit link',
  linkAddress: 'Address (https://, http:// or mailto:)',
  linkText: 'Text',
  linkHelp: 'Only web addresses (http, https) and e-mail addresses (mailto) are allowed.',
  linkInvalid: 'This address is not allowed. Use an address starting with https://, http:// or mailto:.',
  linkCredentials: 'Not allowed: this address holds a user name or password (name:password@), which would be handed on with the document; leave them out.',
  linkAttachment: 'Not allowed: this e-mail link has a file sent along (attach=); leave that part out.',
  linkHost: (host) => `Goes to: ${host}`,
  apply: 'Apply',
  removeLink: 'Remove link',
  cancel: 'Cancel',
  footnoteDialog: (n) => `Edit footnote ${n}`,
  footnoteText: 'Footnote text',
  removeFootnote: 'Remove footnote',
  footnoteLabel: (n, note) => `Footnote ${n}: ${note || 'empty'}`,
  pasteUnsafe: 'Pasted as plain text: the copied formatting contained parts that are not allowed.',
  pasteInvalid: 'Pasted as plain text: the formatting could not be kept.',
  pasteTooLarge: 'Not pasted: the copied content is too large (more than about 1 MB of text).',
  pasteRefused: 'Not pasted: the copied formatting could not be taken over, and it came without plain text.',
  pasteTooComplex: 'Pasted as plain text: the copied formatting is too large (more than 25,000 elements).',
  pasteFlattened: 'Pasted with simpler formatting: formatting nested too deeply was flattened, and anything past the paste limits was left out.',
  pasteFailed: 'Not pasted: the copied content could not be read.',
  insertPicture: 'Insert picture',
  pictureDialog: 'Edit picture',
  pictureAlt: 'Alternative text (required for export)',
  pictureAltHelp: 'Describe what the picture shows, for those who cannot see it.',
  pictureCaption: 'Caption (optional)',
  pictureWidth: 'Width',
  pictureWidthOption: (percent) => `${percent}% of the column`,
  removePicture: 'Remove picture',
  editPicture: (alt) => `Edit picture: ${alt || 'alternative text missing'}`,
  pictureAltMissing: 'Alternative text missing',
  pictureUnavailable: 'Image missing or damaged',
  find: 'Find and replace',
  findPanel: 'Find and replace in the briefing pack',
  findLabel: 'Find',
  replaceLabel: 'Replace with',
  matchCase: 'Match case',
  next: 'Next',
  previous: 'Previous',
  replace: 'Replace',
  replaceAll: 'Replace all',
  undoReplaceAll: 'Undo replace all',
  closeFind: 'Close find',
  matchCount: (current, total) => `${current} of ${total}`,
  noMatches: 'No matches',
  inSource: (item) => `${item} · agenda text (read-only)`,
  inSection: (item, section) => `${item} · ${section}`,
  replacedCount: (n, sections) => `Replaced ${n} ${n === 1 ? 'time' : 'times'} in ${sections} ${sections === 1 ? 'section' : 'sections'}.`,
  replaceUndone: (n) => `Replace undone in ${n} ${n === 1 ? 'section' : 'sections'}.`,
  replaceUndoPartial: (n, skipped) =>
    `Undone in ${n} ${n === 1 ? 'section' : 'sections'}; ${skipped} ${skipped === 1 ? 'section was' : 'sections were'} edited since and left as they are.`,
  sourceReadOnly: 'The agenda text is searched but not replaced.',
  wordCount: 'Length',
  itemWords: (n) => `This item: ${n.toLocaleString('en-GB')} ${n === 1 ? 'word' : 'words'}`,
  packWords: (n) => `Pack: ${n.toLocaleString('en-GB')} ${n === 1 ? 'word' : 'words'}`,
  pages: (n) => `≈ ${n.toLocaleString('en-GB')} A4 ${n === 1 ? 'page' : 'pages'}`,
  pagesExplained: 'Estimate: 450 words per A4 page at 9/12 pt, plus the agenda text when the template prints it; cover and contents not counted.',
};

const CATALOG: Readonly<Record<Language, EditorMessages>> = { nl, en };

export function editorMessages(language: Language): EditorMessages {
  return CATALOG[language];
}

export function useEditorMessages(): EditorMessages {
  return CATALOG[useLanguage()];
}
