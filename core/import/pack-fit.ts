/**
 * An imported letter made to fit the pack schema (core/model) before it
 * becomes a pack, so that what the importer writes always opens again: a
 * paragraph too long for one text is split at a sentence end, else between
 * words; labels too long for their field are shortened (the letter's text
 * keeps every word); lone halves of UTF-16 pairs become U+FFFD. What cannot
 * be split without changing the letter (more paragraphs in one item, or more
 * items, than a pack holds; a footnote over its limit) is refused in one line.
 */
import { UserError } from '../i18n/errors';
import { replaceLoneSurrogates } from '../model/lone-surrogates';
import { MAX_CHILDREN, MAX_TEXT } from '../model/rich-text';
import type { LetterItem, LetterParagraph, ParsedLetter } from './text-letter';

/** The pack schema's limits the importer must meet (core/model/pack.ts and rich-text.ts). */
export const PACK_FIT = {
  text: MAX_TEXT,
  blocks: MAX_CHILDREN,
  items: 5_000,
  /** Footnotes in one paragraph: each adds a footnote and a text to the paragraph's children. */
  notesPerParagraph: Math.floor((MAX_CHILDREN - 1) / 2),
  note: 20_000,
  references: 200,
  label: { title: 500, meetingName: 500, abbreviation: 40, location: 200, addressee: 500, place: 200, person: 200, reference: 500 },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
const count = (n: number) => n.toLocaleString('en-US');

/** Where to end a piece of `text` that starts at `start` and may run to `limit`: after a sentence, else after a word. */
function cutAt(text: string, start: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const earliest = start + Math.floor((limit - start) / 2);
  for (let i = limit; i > earliest; i--) if (isSpace(text.charCodeAt(i - 1)) && /[.!?;:]/.test(text[i - 2] ?? '')) return i;
  for (let i = limit; i > earliest; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  // One word longer than half a piece: cut it, but not between the halves of a UTF-16 pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit - 1 > start ? limit - 1 : limit;
}

/** A paragraph over the text limit, or with more footnotes than one paragraph holds, as several paragraphs. */
export function splitParagraph(paragraph: LetterParagraph): LetterParagraph[] {
  const { text, footnotes } = paragraph;
  if (text.length <= PACK_FIT.text && footnotes.length <= PACK_FIT.notesPerParagraph) return [paragraph];
  const pieces: LetterParagraph[] = [];
  let start = 0;
  let note = 0;
  while (start < text.length) {
    let limit = Math.min(text.length, start + PACK_FIT.text);
    // A piece ends before the footnote that would be one too many.
    const over = footnotes[note + PACK_FIT.notesPerParagraph];
    if (over && over.offset - 1 < limit) limit = Math.max(start + 1, over.offset - 1);
    const cut = cutAt(text, start, limit);
    const pieceText = text.slice(start, cut).trimEnd();
    const own: LetterParagraph['footnotes'] = [];
    for (; note < footnotes.length && footnotes[note]!.offset <= cut; note++) {
      own.push({ offset: Math.min(Math.max(footnotes[note]!.offset - start, 0), pieceText.length), marker: footnotes[note]!.marker });
    }
    pieces.push({ text: pieceText, footnotes: own });
    start = cut;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  }
  // Footnotes after the last character (a marker at the very end) stay with the last piece.
  for (; note < footnotes.length; note++) pieces.at(-1)!.footnotes.push({ offset: pieces.at(-1)!.text.length, marker: footnotes[note]!.marker });
  return pieces;
}

/** A label shortened to its field's limit at a word, with an ellipsis. */
export function fitLabel(text: string, max: number): string {
  const clean = replaceLoneSurrogates(text);
  if (clean.length <= max) return clean;
  const cut = cutAt(clean, 0, max - 1);
  return `${clean.slice(0, cut).trimEnd()}…`;
}

function fitParagraphs(paragraphs: readonly LetterParagraph[], file: string, item: string): LetterParagraph[] {
  const fitted = paragraphs.flatMap((p) => splitParagraph({ text: replaceLoneSurrogates(p.text), footnotes: p.footnotes }));
  if (fitted.length > PACK_FIT.blocks) throw new UserError('import.item-too-long', { file, item, count: count(fitted.length), limit: count(PACK_FIT.blocks) });
  return fitted;
}

const dateOrBlank = (date: string) => (ISO_DATE.test(date) ? date : '');

/** The letter as the pack schema allows it, or a one-line refusal naming what does not fit. */
export function fitLetterToPack(letter: ParsedLetter, file: string): ParsedLetter {
  const { label } = PACK_FIT;
  if (letter.items.length > PACK_FIT.items) throw new UserError('import.too-many-items', { file, count: count(letter.items.length), limit: count(PACK_FIT.items) });
  for (const note of letter.footnotes) {
    if (note.text.length > PACK_FIT.note) throw new UserError('import.footnote-too-long', { file, marker: note.marker, count: count(note.text.length), limit: count(PACK_FIT.note) });
  }
  const items: LetterItem[] = letter.items.map((item) => ({ ...item, title: fitLabel(item.title, label.title), paragraphs: fitParagraphs(item.paragraphs, file, item.title.slice(0, 80)) }));
  const { meeting, signatory } = letter;
  return {
    ...letter,
    addressee: fitLabel(letter.addressee, label.addressee),
    place: fitLabel(letter.place, label.place),
    date: dateOrBlank(letter.date),
    meeting: {
      ...meeting,
      name: fitLabel(meeting.name, label.meetingName),
      abbreviation: fitLabel(meeting.abbreviation, label.abbreviation),
      location: fitLabel(meeting.location, label.location),
      date: dateOrBlank(meeting.date),
      ...(meeting.endDate === undefined ? {} : { endDate: dateOrBlank(meeting.endDate) }),
    },
    signatory: { name: fitLabel(signatory.name, label.person), role: fitLabel(signatory.role, label.person) },
    references: letter.references.slice(0, PACK_FIT.references).map((reference) => fitLabel(reference, label.reference)),
    introduction: fitParagraphs(letter.introduction, file, ''),
    items,
    footnotes: letter.footnotes.map((note) => ({ ...note, text: replaceLoneSurrogates(note.text) })),
  };
}
