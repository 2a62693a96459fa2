/**
 * What the workflow parts of the UI say (item list, item header, pack status,
 * overview, comments), in Dutch and English.
 */
import type { Classification } from '../../core/model/classification';
import type { Language } from '../../core/i18n/language';
import type { Template } from '../../core/template/schema';
import { useLanguage } from '../language-context';
import type { OutlineUndo } from '../state/document';

type CommentMode = Template['sourceComments'];

export interface WorkflowMessages {
  itemActions: string;
  addItem: string;
  newItemTitle: string;
  rename: string;
  renameTitle: (title: string) => string;
  titleField: string;
  deleteItem: string;
  moveUp: string;
  moveDown: string;
  indent: string;
  outdent: string;
  subItem: string;
  listHelp: string;
  undo: string;
  undone: string;
  deleted: (title: string, count: number) => string;
  changed: (kind: OutlineUndo['kind'], title: string) => string;
  moved: (title: string, position: number, total: number) => string;
  overview: string;
  owner: string;
  ownerPlaceholder: string;
  classification: string;
  classifications: Record<Classification, string>;
  packPanel: string;
  packClassification: string;
  packMarking: (marking: string) => string;
  /** The marking as the exports print it, naming the language it is printed in. */
  printedMarking: (language: Language) => string;
  markingSystem: string;
  markingCaveat: string;
  markingCaveatHint: string;
  raisedBy: (titles: string[]) => string;
  packStatus: string;
  packStatuses: { draft: string; final: string };
  notFinalBecause: (titles: string[]) => string;
  canBeFinal: string;
  // Overview
  overviewTitle: string;
  byStatus: string;
  byOwner: string;
  noOwner: string;
  wordsPerItem: string;
  item: string;
  words: string;
  total: string;
  missing: string;
  missingSections: string;
  nothingMissing: string;
  openComments: (n: number) => string;
  backToItem: string;
  none: string;
  // Comments
  comments: string;
  commentsOn: (title: string) => string;
  commentOnSelection: string;
  commentOnParagraph: string;
  paragraph: string;
  paragraphN: (n: number, start: string) => string;
  onlyTheseWords: string;
  wholeParagraph: string;
  wordsNotFound: string;
  selectToComment: string;
  yourName: string;
  namePlaceholder: string;
  changeName: string;
  commentText: string;
  addComment: string;
  cancel: string;
  reply: string;
  replyText: string;
  sendReply: string;
  resolve: string;
  reopen: string;
  resolved: string;
  noComments: string;
  passage: (quote: string) => string;
  detached: string;
  exportMode: (mode: CommentMode) => string;
  commentBy: (author: string, when: string) => string;
  anonymous: string;
  showResolved: (n: number) => string;
}

const nl: WorkflowMessages = {
  itemActions: 'Agendapunten bewerken',
  addItem: 'Agendapunt toevoegen',
  newItemTitle: 'Nieuw agendapunt',
  rename: 'Naam wijzigen',
  renameTitle: (title) => `Naam wijzigen van ${title}`,
  titleField: 'Titel van het agendapunt',
  deleteItem: 'Verwijderen',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  indent: 'Inspringen (subpunt)',
  outdent: 'Uitspringen',
  subItem: 'subpunt',
  listHelp: 'F2: naam wijzigen · Alt+pijl omhoog/omlaag: verplaatsen · Alt+Shift+pijl rechts/links: in- en uitspringen · Delete: verwijderen · Ctrl+Z: ongedaan maken · Ctrl+Y: opnieuw',
  undo: 'Ongedaan maken',
  undone: 'Ongedaan gemaakt',
  deleted: (title, count) => (count > 1 ? `${title} en ${count - 1} subpunt(en) verwijderd` : `${title} verwijderd`),
  changed: (kind, title) =>
    ({ add: `${title} toegevoegd`, rename: `Naam gewijzigd: ${title}`, delete: `${title} verwijderd`, move: `${title} verplaatst`, indent: `${title} is nu een subpunt`, outdent: `${title} is nu een agendapunt` })[kind],
  moved: (title, position, total) => `${title} staat nu op plaats ${position} van ${total}`,
  overview: 'Overzicht',
  owner: 'Behandelaar',
  ownerPlaceholder: 'Naam van de behandelaar',
  classification: 'Rubricering',
  classifications: {
    unclassified: 'Ongerubriceerd',
    restricted: 'Departementaal vertrouwelijk',
    confidential: 'Stg. Confidentieel',
    secret: 'Stg. Geheim',
    'top-secret': 'Stg. Zeer geheim',
  },
  packPanel: 'Briefingmap',
  packClassification: 'Rubricering van de map',
  packMarking: (marking) => `Markering: ${marking}`,
  printedMarking: (language) => `Markering zoals afgedrukt (in het ${{ nl: 'Nederlands', en: 'Engels' }[language]}, de taal van de sjabloon)`,
  markingSystem: 'Markeringsstelsel',
  markingCaveat: 'Regel onder de markering',
  markingCaveatHint: 'Bijvoorbeeld REL TO NLD, NATO; leeg voor geen',
  raisedBy: (titles) => `Verhoogd door ${titles.join(', ')}`,
  packStatus: 'Status van de map',
  packStatuses: { draft: 'Concept', final: 'Definitief' },
  notFinalBecause: (titles) =>
    `Kan niet definitief worden: ${titles.length === 1 ? 'dit agendapunt is' : `deze ${titles.length} agendapunten zijn`} nog concept: ${titles.join(', ')}.`,
  canBeFinal: 'Geen agendapunten meer in concept; de map kan definitief worden.',
  overviewTitle: 'Overzicht van de briefingmap',
  byStatus: 'Per status',
  byOwner: 'Per behandelaar',
  noOwner: 'Geen behandelaar',
  wordsPerItem: 'Woorden per agendapunt',
  item: 'Agendapunt',
  words: 'Woorden',
  total: 'Totaal',
  missing: 'Ontbreekt nog',
  missingSections: 'Lege onderdelen',
  nothingMissing: 'Alle onderdelen zijn ingevuld.',
  openComments: (n) => (n === 1 ? '1 open opmerking' : `${n} open opmerkingen`),
  backToItem: 'Terug naar het agendapunt',
  none: 'Geen',
  comments: 'Opmerkingen',
  commentsOn: (title) => `Opmerkingen bij ${title}`,
  commentOnSelection: 'Opmerking bij selectie',
  commentOnParagraph: 'Opmerking bij alinea',
  paragraph: 'Alinea',
  paragraphN: (n, start) => `Alinea ${n}: ${start}`,
  onlyTheseWords: 'Alleen over deze woorden (optioneel)',
  wholeParagraph: 'De opmerking gaat over de hele alinea.',
  wordsNotFound: 'Deze woorden staan niet in de gekozen alinea.',
  selectToComment: 'Selecteer een passage in de tekst om er een opmerking bij te plaatsen (Ctrl+Alt+M).',
  yourName: 'Uw naam',
  namePlaceholder: 'Zo staat u bij uw opmerkingen',
  changeName: 'Naam wijzigen',
  commentText: 'Opmerking',
  addComment: 'Opmerking plaatsen',
  cancel: 'Annuleren',
  reply: 'Reageren',
  replyText: 'Reactie',
  sendReply: 'Reactie plaatsen',
  resolve: 'Afhandelen',
  reopen: 'Heropenen',
  resolved: 'Afgehandeld',
  noComments: 'Nog geen opmerkingen.',
  passage: (quote) => `Bij: “${quote}”`,
  detached: 'De passage is niet meer te vinden in de brontekst.',
  exportMode: (mode) =>
    ({
      'word-comments': 'Bij export: als opmerkingen in Word',
      footnotes: 'Bij export: als voetnoten',
      appendix: 'Bij export: in een bijlage',
      none: 'Bij export: niet opgenomen',
    })[mode],
  commentBy: (author, when) => `${author}, ${when}`,
  anonymous: 'Onbekend',
  showResolved: (n) => `Afgehandelde opmerkingen (${n})`,
};

const en: WorkflowMessages = {
  itemActions: 'Edit agenda items',
  addItem: 'Add agenda item',
  newItemTitle: 'New agenda item',
  rename: 'Rename',
  renameTitle: (title) => `Rename ${title}`,
  titleField: 'Agenda item title',
  deleteItem: 'Delete',
  moveUp: 'Move up',
  moveDown: 'Move down',
  indent: 'Indent (sub-item)',
  outdent: 'Outdent',
  subItem: 'sub-item',
  listHelp: 'F2: rename · Alt+Up/Down: move · Alt+Shift+Right/Left: indent and outdent · Delete: delete · Ctrl+Z: undo · Ctrl+Y: redo',
  undo: 'Undo',
  undone: 'Undone',
  deleted: (title, count) => (count > 1 ? `Deleted ${title} and ${count - 1} sub-item(s)` : `Deleted ${title}`),
  changed: (kind, title) =>
    ({ add: `Added ${title}`, rename: `Renamed: ${title}`, delete: `Deleted ${title}`, move: `Moved ${title}`, indent: `${title} is now a sub-item`, outdent: `${title} is now an item` })[kind],
  moved: (title, position, total) => `${title} is now at position ${position} of ${total}`,
  overview: 'Overview',
  owner: 'Desk officer',
  ownerPlaceholder: 'Name of the desk officer',
  classification: 'Classification',
  classifications: {
    unclassified: 'Unclassified',
    restricted: 'Restricted',
    confidential: 'Confidential',
    secret: 'Secret',
    'top-secret': 'Top secret',
  },
  packPanel: 'Briefing pack',
  packClassification: 'Pack classification',
  packMarking: (marking) => `Marking: ${marking}`,
  printedMarking: (language) => `Marking as printed (in ${{ nl: 'Dutch', en: 'English' }[language]}, the template's language)`,
  markingSystem: 'Marking system',
  markingCaveat: 'Line under the marking',
  markingCaveatHint: 'For example REL TO NLD, NATO; empty for none',
  raisedBy: (titles) => `Raised by ${titles.join(', ')}`,
  packStatus: 'Pack status',
  packStatuses: { draft: 'Draft', final: 'Final' },
  notFinalBecause: (titles) =>
    `Cannot become final: ${titles.length === 1 ? 'this item is' : `these ${titles.length} items are`} still draft: ${titles.join(', ')}.`,
  canBeFinal: 'No items are draft any more; the pack can become final.',
  overviewTitle: 'Overview of the briefing pack',
  byStatus: 'By status',
  byOwner: 'By desk officer',
  noOwner: 'No desk officer',
  wordsPerItem: 'Words per agenda item',
  item: 'Agenda item',
  words: 'Words',
  total: 'Total',
  missing: 'Still missing',
  missingSections: 'Empty sections',
  nothingMissing: 'Every section has been written.',
  openComments: (n) => (n === 1 ? '1 open comment' : `${n} open comments`),
  backToItem: 'Back to the agenda item',
  none: 'None',
  comments: 'Comments',
  commentsOn: (title) => `Comments on ${title}`,
  commentOnSelection: 'Comment on selection',
  commentOnParagraph: 'Comment on paragraph',
  paragraph: 'Paragraph',
  paragraphN: (n, start) => `Paragraph ${n}: ${start}`,
  onlyTheseWords: 'Only about these words (optional)',
  wholeParagraph: 'The comment is about the whole paragraph.',
  wordsNotFound: 'These words are not in the chosen paragraph.',
  selectToComment: 'Select a passage in the text to comment on it (Ctrl+Alt+M).',
  yourName: 'Your name',
  namePlaceholder: 'As shown with your comments',
  changeName: 'Change name',
  commentText: 'Comment',
  addComment: 'Add comment',
  cancel: 'Cancel',
  reply: 'Reply',
  replyText: 'Reply',
  sendReply: 'Post reply',
  resolve: 'Resolve',
  reopen: 'Reopen',
  resolved: 'Resolved',
  noComments: 'No comments yet.',
  passage: (quote) => `On: “${quote}”`,
  detached: 'The passage can no longer be found in the source text.',
  exportMode: (mode) =>
    ({
      'word-comments': 'On export: as Word comments',
      footnotes: 'On export: as footnotes',
      appendix: 'On export: in an appendix',
      none: 'On export: left out',
    })[mode],
  commentBy: (author, when) => `${author}, ${when}`,
  anonymous: 'Unknown',
  showResolved: (n) => `Resolved comments (${n})`,
};

const CATALOG: Readonly<Record<Language, WorkflowMessages>> = { nl, en };

export function workflowMessages(language: Language): WorkflowMessages {
  return CATALOG[language];
}

export function useWorkflowMessages(): WorkflowMessages {
  return workflowMessages(useLanguage());
}

/** A comment's time, in the reader's language. */
export function formatCommentTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
