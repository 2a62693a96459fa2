/**
 * Reads an annotated-agenda letter from plain text (as pasted, or as a PDF's
 * text layer leaves it) into its parts: addressee, place and date, titles,
 * the introduction, the agenda items (two levels), the footnotes and the
 * signature.
 *
 * It works line by line, because letters of this genre differ in layout:
 * blank lines between paragraphs or none, headings isolated or numbered,
 * a part heading in capitals with topics below it, an annex title that is
 * not an item. What text extraction leaves behind is repaired: words broken
 * at line ends, lines indented at page starts, footnote markers glued to
 * words with the footnote text in the middle of the flow.
 */
import { detectLanguage } from './detect-language';
import { hyphenatedWords, joinLines, type JoinContext } from './dehyphenate';
import { containsWrittenDate, findMeeting, firstFullDate, findReferences, parsePlaceDate, parseSignature, type Meeting } from './metadata';

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
  /** 0 to 1: how clearly the line reads as an agenda heading. */
  confidence: number;
}

export interface LetterConfidence {
  meeting: Record<keyof Meeting, number>;
  signatory: number;
}

export interface ParsedLetter {
  addressee: string;
  place: string;
  date: string;
  /** Title lines such as "GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN ...": not items. */
  titles: string[];
  meeting: Meeting;
  signatory: { name: string; role: string };
  references: string[];
  introduction: LetterParagraph[];
  items: LetterItem[];
  footnotes: LetterFootnote[];
  confidence: LetterConfidence;
}

export interface ParseOptions {
  isWord?: JoinContext['isWord'];
  /** Known heading lines from a structured source (Word styles, PDF type sizes): their role wins. */
  headings?: ReadonlyMap<string, 1 | 2 | 'title'>;
  /** Only the known headings are headings (a Word file that uses heading styles); no guessing from layout. */
  headingsOnly?: boolean;
}

type HeadingStyle = 'caps' | 'roman' | 'letter' | 'number' | 'decimal' | 'plain';

type Unit =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; text: string; style: HeadingStyle };

const SENTENCE_END = /[.!?:;»”")]$/;
const FOOTNOTE_LINE = /^(\d{1,2})\s+(\S.*)$/;
const GLUED_MARKER = /(\p{Ll}{2,}[.,;:]?)(\d{1,2})(?=[\s.,;:)]|$)/gu;
// Roman before letter, so "I." opens part I rather than part A's ninth sibling.
const NUMBERED_HEADING = /^(?:((?:\d{1,2}\.)+\d{0,2})|([IVX]{1,5})\.|([A-Z])\.)\s+(\p{Lu}.{0,88})$/u;
const CONTENTS_LINE = /^(\S.*?)\s*(?:\.\s*){4,}\s*\d{1,4}$/;
const TITLE_WORDS = /\b(agenda|statement|verslag|geannoteerde|annotated)\b/i;

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

function numberedHeading(line: string): { text: string; style: HeadingStyle } | null {
  const match = NUMBERED_HEADING.exec(line);
  if (!match || /[.,;:]$/.test(match[4]!)) return null;
  const style: HeadingStyle = match[1] ? (/\.\d/.test(match[1]) ? 'decimal' : 'number') : match[2] ? 'roman' : 'letter';
  return { text: line, style };
}

function isolatedHeading(line: string): boolean {
  return line.length <= 90 && !/[.,;:]$/.test(line) && /^[\p{Lu}\d]/u.test(line);
}

/** The length of a full line of this text, to tell a paragraph's short last line. */
function typicalWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

function liftFootnoteMarkers(text: string, markers: ReadonlySet<string>): LetterParagraph {
  const footnotes: LetterParagraph['footnotes'] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(GLUED_MARKER)) {
    if (!markers.has(match[2]!)) continue;
    out += text.slice(last, match.index) + match[1];
    footnotes.push({ offset: out.length, marker: match[2]! });
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), footnotes };
}

interface Scan {
  units: Unit[];
  /** Titles listed in a table of contents ("Oekraïne ........ 5"): the document's own list of its items. */
  contents: string[];
  footnotes: LetterFootnote[];
  addressee: string;
  place: string;
  date: string;
  signatory: { name: string; role: string };
}

/** One pass over the lines: metadata lines, footnotes and headings are taken out; the rest become paragraphs. */
function scanLines(lines: readonly string[], markers: ReadonlySet<string>, options: ParseOptions = {}): Scan {
  const scan: Scan = { units: [], contents: [], footnotes: [], addressee: '', place: '', date: '', signatory: { name: '', role: '' } };
  const width = typicalWidth(lines);
  let paragraph: string[] = [];
  let footnote: LetterFootnote | null = null;
  const flush = () => {
    if (paragraph.length) scan.units.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  const blankAt = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) {
      flush();
      footnote = null;
      continue;
    }
    const noteMatch = FOOTNOTE_LINE.exec(line);
    if (blankAt(i - 1) && noteMatch && markers.has(noteMatch[1]!) && !scan.footnotes.some((f) => f.marker === noteMatch[1])) {
      flush();
      footnote = { marker: noteMatch[1]!, text: noteMatch[2]! };
      scan.footnotes.push(footnote);
      continue;
    }
    if (footnote && !/^\s/.test(raw) && !/\.$/.test(footnote.text)) {
      footnote.text += ' ' + line;
      continue;
    }
    footnote = null;
    const contentsEntry = CONTENTS_LINE.exec(line);
    if (contentsEntry) {
      flush();
      scan.contents.push(contentsEntry[1]!);
      continue;
    }
    const nothingYet = !scan.units.length && !paragraph.length;
    if (nothingYet && !scan.addressee && /^(Aan|To)\s/.test(line)) {
      scan.addressee = line;
      continue;
    }
    const placeDate = !scan.date ? parsePlaceDate(line) : null;
    if (placeDate) {
      flush();
      Object.assign(scan, placeDate);
      continue;
    }
    // The signature's two lines, adjacent or (one paragraph each, as in Word) a blank line apart.
    const nameLine = blankAt(i + 1) ? i + 2 : i + 1;
    const signature = nameLine < lines.length && blankAt(nameLine + 1) ? parseSignature(line, lines[nameLine]!) : null;
    if (signature && (blankAt(i - 1) || SENTENCE_END.test(paragraph.at(-1) ?? '.'))) {
      flush();
      if (!scan.signatory.name) scan.signatory = signature;
      i = nameLine;
      continue;
    }
    const numbered = options.headingsOnly ? null : numberedHeading(line);
    const known = options.headings?.has(line);
    const isolated = blankAt(i - 1) && blankAt(i + 1) && (options.headingsOnly ? known : isolatedHeading(line));
    if (numbered || isolated) {
      flush();
      scan.units.push({ kind: 'heading', text: numbered?.text ?? line, style: numbered?.style ?? (isCaps(line) ? 'caps' : 'plain') });
      continue;
    }
    // Hard-wrapped text without blank lines: a short line that ends a sentence ends its paragraph.
    const previous = paragraph.at(-1);
    if (previous && SENTENCE_END.test(previous) && previous.length < width * 0.8) flush();
    paragraph.push(raw);
  }
  flush();
  return scan;
}

/** Heading styles rank by first appearance: the first is level 1, any other level 2. */
function levelOf(style: HeadingStyle, order: HeadingStyle[]): 1 | 2 {
  if (!order.includes(style)) order.push(style);
  return order.indexOf(style) === 0 ? 1 : 2;
}

export function parseLetterText(input: string, options: ParseOptions = {}): ParsedLetter {
  const lines = input.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/\s+$/, ''));
  const markers = new Set<string>();
  for (const line of lines) for (const match of line.matchAll(GLUED_MARKER)) markers.add(match[2]!);
  const scan = scanLines(lines, markers, options);
  const footnoteMarkers = new Set(scan.footnotes.map((f) => f.marker));
  const context: JoinContext = { evidence: hyphenatedWords(lines), language: detectLanguage(input), isWord: options.isWord };

  const titles: string[] = [];
  const introduction: LetterParagraph[] = [];
  const items: LetterItem[] = [];
  const styleOrder: HeadingStyle[] = [];
  let bodySeen = false;
  // With a table of contents, its entries are the items; headings before the first are front matter.
  const listed = new Set(scan.contents);
  let firstListedSeen = false;
  for (const unit of scan.units) {
    if (unit.kind === 'heading' && listed.size) {
      firstListedSeen ||= listed.has(unit.text);
      if (!firstListedSeen) titles.push(unit.text);
      else items.push({ title: unit.text, level: listed.has(unit.text) ? 1 : 2, paragraphs: [], confidence: 1 });
      continue;
    }
    if (unit.kind === 'heading') {
      const hinted = options.headings?.get(unit.text);
      const isTitle = hinted
        ? hinted === 'title'
        : (TITLE_WORDS.test(unit.text) || containsWrittenDate(unit.text)) && (unit.style === 'caps' || !bodySeen);
      if (isTitle) titles.push(unit.text);
      else items.push({ title: unit.text, level: hinted === 1 || hinted === 2 ? hinted : levelOf(unit.style, styleOrder), paragraphs: [], confidence: 1 });
      continue;
    }
    bodySeen = true;
    const paragraph = liftFootnoteMarkers(joinLines(unit.lines, context), footnoteMarkers);
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
  const everything = [...introduction, ...items.flatMap((i) => i.paragraphs)].map((p) => p.text);
  const referenceDate = scan.date || firstFullDate(titles);
  const meeting =
    findMeeting(introduction.map((p) => p.text).join(' '), referenceDate) ??
    findMeeting([...titles, ...everything].join(' '), referenceDate) ?? { name: '', abbreviation: '', date: '', location: '' };
  return {
    addressee: scan.addressee,
    place: scan.place,
    date: scan.date,
    titles,
    meeting,
    signatory: scan.signatory,
    references: findReferences([...everything, ...scan.footnotes.map((f) => f.text)].join('\n')),
    introduction,
    items,
    footnotes: scan.footnotes,
    confidence: { meeting: { name: 1, abbreviation: 1, date: 1, location: 1 }, signatory: 1 },
  };
}
