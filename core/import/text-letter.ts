/**
 * Reads an annotated-agenda letter from plain text (as pasted, or as a PDF's
 * text layer leaves it) into its parts: addressee, place and date, the
 * introduction, the agenda items, the footnotes and the signature.
 *
 * It repairs what text extraction leaves behind: words broken at line ends,
 * lines indented at page starts, footnote markers glued to words with the
 * footnote text in the middle of the flow.
 */
import { MONTH_PATTERN, parseWrittenDate } from './dates';

export interface LetterFootnote {
  marker: string;
  text: string;
}

export interface LetterParagraph {
  text: string;
  /** Footnote markers glued to words in this paragraph, by character offset after the word. */
  footnotes: { offset: number; marker: string }[];
}

export interface LetterItem {
  title: string;
  level: 1 | 2;
  paragraphs: LetterParagraph[];
}

export interface ParsedLetter {
  addressee: string;
  place: string;
  date: string;
  meeting: { name: string; abbreviation: string; date: string; location: string };
  signatory: { name: string; role: string };
  references: string[];
  introduction: LetterParagraph[];
  items: LetterItem[];
  footnotes: LetterFootnote[];
}

const SENTENCE_END = /[.!?:;»”")]$/;
const FOOTNOTE_LINE = /^(\d{1,2})\s+(\S.*)$/;
const GLUED_MARKER = /(\p{Ll}{2,}[.,;:]?)(\d{1,2})(?=[\s.,;:)]|$)/gu;

/** Hyphenated compounds written mid-line somewhere in the text: evidence that a break keeps its hyphen. */
function hyphenatedWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu)) words.add(match[0].toLowerCase());
  }
  return words;
}

/** Joins a word broken at a line end: "verdedigings-" + "plannen", but "NAVO-" + "top" keeps its hyphen. */
export function joinBrokenWord(head: string, tail: string, evidence: ReadonlySet<string>): string {
  const prefix = /([\p{L}\d]+)-$/u.exec(head)?.[1] ?? '';
  const next = /^[\p{L}\d]+/u.exec(tail)?.[0] ?? '';
  const keepHyphen =
    prefix === '' ||
    next === '' ||
    /\p{Lu}{2,}$|\d$/u.test(prefix) || // NAVO-, EU-, 2025-
    /^[\p{Lu}\d]/u.test(next) || // trans-Atlantisch, Noord-Holland
    evidence.has(`${prefix}-${next}`.toLowerCase());
  return keepHyphen ? head + tail : head.slice(0, -1) + tail;
}

function joinLines(lines: readonly string[], evidence: ReadonlySet<string>): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!text) text = line;
    else if (/\p{L}-$/u.test(text)) text = joinBrokenWord(text, line, evidence);
    else text += ' ' + line;
  }
  return text;
}

/** Splits text into blocks of lines at blank lines; footnote lines are lifted out. */
function blocksAndFootnotes(lines: readonly string[], markers: ReadonlySet<string>) {
  const blocks: string[][] = [];
  const footnotes: LetterFootnote[] = [];
  let current: string[] = [];
  let previousBlank = true;
  let inFootnote: LetterFootnote | null = null;
  const flush = () => {
    if (current.length) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    const blank = line.trim() === '';
    const footnote = FOOTNOTE_LINE.exec(line);
    if (blank) {
      flush();
      inFootnote = null;
    } else if (previousBlank && footnote && markers.has(footnote[1]!) && !footnotes.some((f) => f.marker === footnote[1])) {
      flush();
      inFootnote = { marker: footnote[1]!, text: footnote[2]!.trim() };
      footnotes.push(inFootnote);
    } else if (inFootnote && !/^\s/.test(line) && !/[.]$/.test(inFootnote.text)) {
      inFootnote.text += ' ' + line.trim();
    } else {
      inFootnote = null;
      current.push(line);
    }
    previousBlank = blank;
  }
  flush();
  return { blocks, footnotes };
}

function liftFootnoteMarkers(text: string, markers: ReadonlySet<string>): LetterParagraph {
  const footnotes: LetterParagraph['footnotes'] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(GLUED_MARKER)) {
    if (!markers.has(match[2]!)) continue;
    out += text.slice(last, match.index) + match[1];
    footnotes.push({ offset: out.length, marker: match[2]! });
    last = match.index! + match[0].length;
  }
  return { text: out + text.slice(last), footnotes };
}

function isHeading(block: readonly string[]): boolean {
  if (block.length !== 1) return false;
  const line = block[0]!.trim();
  return line.length > 0 && line.length <= 90 && !/[.,;:]$/.test(line) && /^[\p{Lu}\d]/u.test(line);
}

const PLACE_DATE = new RegExp(`^(\\p{Lu}[\\p{L} .'-]+?),\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})$`, 'iu');
const MEETING = new RegExp(
  `(bijeenkomst|vergadering|meeting|raad)\\s+(?:van\\s+de\\s+|of\\s+the\\s+)?(.+?)\\s+\\(([A-Z][A-Za-z]{1,9})\\)\\s+(?:op|on)\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})(?:\\s+\\d{4})?)\\s+(?:te|in)\\s+(\\p{Lu}[\\p{L}-]+)`,
  'iu',
);
const REFERENCE = /Kamerstuk(?:ken)?\s+\d{2}\s?\d{3}(?:-[A-Z]+)?,\s+nr\.\s+\d+/g;

function findMeeting(text: string, letterDate: string): ParsedLetter['meeting'] {
  const match = MEETING.exec(text);
  if (!match) return { name: '', abbreviation: '', date: '', location: '' };
  const kind = match[1]!;
  const name = `${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase()} ${/^(of|the)/i.test(text.slice(match.index + kind.length).trim()) ? 'of the' : 'van de'} ${match[2]}`;
  return { name, abbreviation: match[3]!, date: parseWrittenDate(match[4]!, letterDate), location: match[5]! };
}

/** The signature: a short block "Role,\nName" (or a role block then a name block) at the end. */
function takeSignature(blocks: string[][]): ParsedLetter['signatory'] {
  const last = blocks[blocks.length - 1];
  if (last && last.length === 2 && /,$/.test(last[0]!.trim()) && last[1]!.trim().length <= 60) {
    blocks.pop();
    return { role: last[0]!.trim().replace(/,$/, ''), name: last[1]!.trim() };
  }
  return { role: '', name: '' };
}

export function parseLetterText(input: string): ParsedLetter {
  const lines = input.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/\s+$/, ''));
  const markers = new Set<string>();
  for (const line of lines) for (const match of line.matchAll(GLUED_MARKER)) markers.add(match[2]!);
  const { blocks, footnotes } = blocksAndFootnotes(lines, markers);
  const footnoteMarkers = new Set(footnotes.map((f) => f.marker));
  const evidence = hyphenatedWords(lines);
  const signatory = takeSignature(blocks);

  let addressee = '';
  let place = '';
  let date = '';
  const introduction: LetterParagraph[] = [];
  const items: LetterItem[] = [];
  for (const block of blocks) {
    const text = joinLines(block, evidence);
    const placeDate = PLACE_DATE.exec(text);
    if (!addressee && !items.length && !introduction.length && /^(Aan|To)\s/.test(text)) {
      addressee = text;
    } else if (!date && placeDate) {
      place = placeDate[1]!;
      date = parseWrittenDate(placeDate[2]!);
    } else if (isHeading(block)) {
      items.push({ title: text, level: 1, paragraphs: [] });
    } else {
      const paragraph = liftFootnoteMarkers(text, footnoteMarkers);
      const target = items.length ? items[items.length - 1]!.paragraphs : introduction;
      const previous = target[target.length - 1];
      // A paragraph cut by a page break (and a footnote) continues in lower case.
      if (previous && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(paragraph.text)) {
        const shift = previous.text.length + 1;
        previous.text += ' ' + paragraph.text;
        previous.footnotes.push(...paragraph.footnotes.map((f) => ({ ...f, offset: f.offset + shift })));
      } else {
        target.push(paragraph);
      }
    }
  }
  const allText = [...introduction, ...items.flatMap((i) => i.paragraphs)].map((p) => p.text).concat(footnotes.map((f) => f.text)).join('\n');
  const references = [...new Set(allText.match(REFERENCE) ?? [])];
  const meeting = findMeeting(introduction.map((p) => p.text).join(' '), date);
  return { addressee, place, date, meeting, signatory, references, introduction, items, footnotes };
}
