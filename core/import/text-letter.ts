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
import { isFurniture, recurringLines, runningLines, withoutRunningHeader } from './furniture';
import { endsSentence, isCaps, readHeading, recurringLabels, SENTENCE_END, splitNumbering, startsLikeSentence, type HeadingStyle } from './headings';
import { headingRoles, isMeetingName, type HeadingUnit, type LetterUnit } from './heading-roles';
import { findMeeting, sameBody, type Meeting, type MeetingConfidence } from './meeting';
import { firstFullDate, findReferences, isClosing, isPersonName, isRoleLine, parseDateLine, parsePlaceDate, parseSignature, statementFacts } from './metadata';

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
  meeting: MeetingConfidence;
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

type Unit = LetterUnit;

const FOOTNOTE_LINE = /^(\d{1,2})\s+(\S.*)$/;
// Only from a word's first lower-case letter: tried at every letter of a long word, it would take time in the square of its length.
const GLUED_MARKER = /(?<!\p{Ll})(\p{Ll}{2,}[.,;:]?)(\d{1,2})(?=[\s.,;:)]|$)/gu;
const CONTENTS_LINE = /^(\S.*?)\s*(?:\.\s*){4,}\s*\d{1,4}$/;
const ADDRESSEE = /^(?:Aan de|Aan het|To the)\s/;

/** The length of a full line of this text (the longest but a few), to tell a line that ends early. */
function typicalWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.97)] ?? 80;
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
  /** How far each entry of the contents is indented, in characters. */
  contentsIndent: number[];
  footnotes: LetterFootnote[];
  addressee: string;
  place: string;
  date: string;
  signatory: { name: string; role: string };
  signatoryConfidence: number;
  /** Where a signature ended the cover letter: what follows starts a new front matter (an annex's title). */
  signatureAt: number[];
  /** The bare date line the letter's date was taken from, while a dateline with a place may still replace it. */
  dateLine: { at: number; text: string } | null;
  /** Lines known to be titles whatever they look like. */
  titleLines: Set<string>;
}

/** Furniture and running headers leave the text; the facts some of them carry are kept first. */
function withoutFurniture(lines: readonly string[], scan: Scan): string[] {
  const cleaned = lines.map((raw) => (raw.trim() ? raw.replace(/\s+$/, '').replace(/\S.*$/, (text) => withoutRunningHeader(text)) : raw));
  const running = runningLines(cleaned.map((l) => l.trim()));
  const kept: string[] = [];
  let proseSeen = false;
  let afterFurniture = false;
  for (const [index, raw] of cleaned.entries()) {
    const line = raw.trim();
    // A line that was only a running header is gone; one that had text before it keeps that text.
    if (!line && lines[index]!.trim()) continue;
    // Hansard's speaker line may wrap: "The Secretary of State for ..." / "(Mr David Lammy): I attended ...".
    const next = cleaned[index + 1]?.trim();
    const own = line ? statementFacts(line) : null;
    const facts = own ?? (line && next ? statementFacts(`${line} ${next}`) : null);
    if (facts?.date && !scan.date) scan.date = facts.date;
    if (facts?.signatory && !scan.signatory.name) [scan.signatory, scan.signatoryConfidence] = [facts.signatory, 0.9];
    // Above the letter's first sentence, a short line that goes on a letterhead's block ("Koninkrijksrelaties", "Den Haag") is part of it.
    const continuesBlock =
      afterFurniture && !proseSeen && line.length <= 40 && !/[.,;:]$/.test(line) && line.split(/\s+/).length <= 4 && !parsePlaceDate(line) && !parseDateLine(line) && !isMeetingName(line);
    // A dateline recurs with other numbers too ("Brussels, 19 May 2023" above, "Brussels, 23 May 2023" in the meeting box): not a running header.
    const runningHeader = running.has(line) && !parsePlaceDate(line);
    // A paper's two-column furniture wraps in its own column: "36 800 V   Vaststelling van de ..." / "      Buitenlandse Zaken (V) ...".
    const wrapsInColumn = afterFurniture && !proseSeen && /^\s{8,}\S/.test(raw) && !/^\s{8,}\S/.test(cleaned[index - 1] ?? '');
    if (line && (runningHeader || isFurniture(line) || isClosing(line) || continuesBlock || wrapsInColumn || own?.wholeLine)) {
      afterFurniture = true;
      continue;
    }
    afterFurniture = false;
    proseSeen ||= endsSentence(line) && line.split(/\s+/).length >= 8;
    kept.push(raw);
  }
  return kept;
}

/**
 * The signature at line `i`: a role of up to three lines ending in a comma
 * ("de Minister van Sociale Zaken" / "en Werkgelegenheid,"), a blank line or
 * two, and a name; or a name with the role below it. What follows the name
 * is not more of a sentence.
 */
function readSignature(lines: readonly string[], i: number): { signatory: { name: string; role: string }; last: number } | null {
  const at = (k: number) => lines[k]?.trim() ?? '';
  const ends = (k: number) => k >= lines.length || !/^\p{Ll}/u.test(at(k));
  // The role over up to three lines, then the name after at most two blank lines.
  let role = at(i);
  for (let k = i; k < i + 3 && role; k++) {
    if (k > i) role += ' ' + at(k);
    let name = k + 1;
    while (name < k + 3 && !at(name)) name++;
    const roleFirst = /[.;:]$/.test(at(k)) ? null : parseSignature(role, at(name));
    if (roleFirst && ends(name + 1)) return { signatory: roleFirst, last: name };
    if (!at(k + 1)) break;
  }
  const nameFirst = at(i + 1) ? parseSignature(at(i), at(i + 1)) : null;
  if (nameFirst && ends(i + 2)) return { signatory: nameFirst, last: i + 1 };
  // Both on one line: "De Minister van Defensie, R.P. Brekelmans", "R.P. Brekelmans, Minister van Defensie".
  const oneLine = /^(.+?),\s+(.+)$/.exec(at(i));
  const together = oneLine && !at(i + 1) ? (parseSignature(`${oneLine[1]},`, oneLine[2]!) ?? parseSignature(oneLine[1]!, oneLine[2]!)) : null;
  return together ? { signatory: together, last: i } : null;
}

/**
 * A transcript's speaker on a line of their own ("NATO Secretary General Mark
 * Rutte:") where the same speaker also starts a line of speech ("... Rutte: I
 * am confident ..."): a label, not a heading.
 */
function speakerLabels(lines: readonly string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  const labels = trimmed.filter((line) => /^\S.{1,80}:$/.test(line));
  return labels.filter((label) => trimmed.some((line) => line.length > label.length && line.startsWith(`${label} `)));
}

/** "António Costa, President of the European Council" under a quote: who said it, not a heading. */
function isAttribution(line: string): boolean {
  const parts = /^([^,]{3,60}),\s+(.{3,100})$/.exec(line);
  return !!parts && isPersonName(parts[1]!) && isRoleLine(parts[2]!);
}

/** One pass over the lines: metadata lines, footnotes and headings are taken out; the rest become paragraphs. */
function scanLines(input: readonly string[], markers: ReadonlySet<string>, options: ParseOptions = {}): Scan {
  const scan: Scan = {
    units: [],
    contents: [],
    contentsIndent: [],
    footnotes: [],
    addressee: '',
    place: '',
    date: '',
    signatory: { name: '', role: '' },
    signatoryConfidence: 0,
    signatureAt: [],
    dateLine: null,
    titleLines: new Set(),
  };
  const lines = withoutFurniture(input, scan);
  const width = typicalWidth(lines);
  const recurring = recurringLines(lines.map((l) => l.trim()));
  for (const label of speakerLabels(lines)) recurring.add(label);
  let paragraph: string[] = [];
  let footnote: LetterFootnote | null = null;
  let afterHeading = false;
  let textSeen = false;
  const flush = () => {
    if (paragraph.length) scan.units.push({ kind: 'paragraph', lines: paragraph });
    textSeen ||= paragraph.length > 0;
    paragraph = [];
  };
  const blankAt = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  const textAround = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim()) return lines[j]!.trim();
    return null;
  };
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
      scan.contentsIndent.push(raw.length - raw.trimStart().length);
      continue;
    }
    const noTextYet = !paragraph.length && !textSeen;
    if (noTextYet && !scan.addressee && ADDRESSEE.test(line) && line.length <= 120) {
      flush();
      scan.addressee = line;
      // The address block's other lines: a name going on ("der Staten-Generaal") joins it; street and town are furniture.
      for (let next = lines[i + 1]?.trim() ?? ''; next && next.length <= 60 && !endsSentence(next); next = lines[i + 1]?.trim() ?? '') {
        if (/^\p{Ll}/u.test(next)) scan.addressee += ` ${next}`;
        else if (!isFurniture(next)) break;
        i++;
      }
      continue;
    }
    // A bare date line at the top gives the letter's date until a dateline with a place does: then the
    // first was the meeting's day under its name ("Foreign Affairs Council (Defence)" / "Tuesday, 23 May 2023")
    // and goes back into the title block.
    const datedAlone = scan.dateLine !== null && noTextYet ? parsePlaceDate(line) : null;
    const placeDate = datedAlone ?? (!scan.date ? (parsePlaceDate(line) ?? (noTextYet ? parseDateLine(line) : null)) : null);
    if (placeDate) {
      flush();
      if (datedAlone && scan.dateLine) {
        scan.units.splice(scan.dateLine.at, 0, { kind: 'heading', text: scan.dateLine.text, title: scan.dateLine.text, style: 'plain', depth: 1, confidence: 0.5 });
        scan.titleLines.add(scan.dateLine.text);
      }
      scan.dateLine = !scan.date && !placeDate.place ? { at: scan.units.length, text: line } : null;
      Object.assign(scan, placeDate);
      continue;
    }
    // A signature ends a letter: before any text, a name and a role are the addressee's.
    const signature = noTextYet ? null : readSignature(lines, i);
    if (signature && (blankAt(i - 1) || SENTENCE_END.test(paragraph.at(-1)?.trim() ?? '.'))) {
      flush();
      if (!scan.signatory.name) [scan.signatory, scan.signatoryConfidence] = [signature.signatory, 0.9];
      scan.signatureAt.push(scan.units.length);
      // A second signatory (minister and state secretary) is read the same way on the next line.
      i = signature.last;
      continue;
    }
    // "- Begrotingsbeleid. De Eurogroep heeft ...": a dash, a topic's name run in before its text.
    const runIn = paragraph.length === 0 || endsSentence(paragraph.at(-1)!.trim()) ? runInHeading(line) : null;
    if (runIn) {
      flush();
      scan.units.push({ kind: 'heading', text: line, title: runIn.title, style: 'bullet', depth: 2, confidence: 0.6 });
      paragraph.push(runIn.text);
      afterHeading = false;
      continue;
    }
    const hinted = options.headings?.has(line) ?? false;
    const reading = (recurring.has(line) && !hinted) || isAttribution(line) ? null : readHeading({
      line,
      previous: paragraph.length ? paragraph.at(-1)!.trim() : textAround(i, -1),
      next: textAround(i, 1),
      blankBefore: blankAt(i - 1),
      blankAfter: blankAt(i + 1),
      afterHeading,
      width,
      hinted,
      // Above the text, a Word letter's title lines are often bold paragraphs, not headings: read those by layout.
      headingsOnly: (options.headingsOnly ?? false) && !noTextYet,
    });
    if (reading) {
      flush();
      const { numbering } = reading;
      const style: HeadingStyle = numbering?.style ?? (isCaps(line) ? 'caps' : 'plain');
      scan.units.push({ kind: 'heading', text: line, title: (numbering?.title ?? line).replace(/\s*:$/, ''), style, depth: numbering?.depth ?? 1, confidence: reading.confidence });
      afterHeading = true;
      continue;
    }
    afterHeading = false;
    // Hard-wrapped text without blank lines: a short line that ends a sentence ends its paragraph.
    const previous = paragraph.at(-1)?.trim();
    if (previous && endsSentence(previous) && previous.length < width * 0.8) flush();
    paragraph.push(raw);
  }
  flush();
  withoutLabels(scan.units);
  return scan;
}

/** A dash, a short name and a full stop, then the topic's text on the same line. */
const RUN_IN = /^[–•▪‒-]\s+(\p{Lu}[^.!?:;()]{2,60})\.\s+(\p{Lu}.{20,})$/u;

/** A topic run in after a dash: its name (a few words, not a sentence of its own) and the text that follows it. */
function runInHeading(line: string): { title: string; text: string } | null {
  const match = RUN_IN.exec(line);
  if (!match) return null;
  const title = match[1]!.trim();
  // A name, not a sentence: few words, no verb, not opening as sentences do.
  if (title.split(/\s+/).length > 6 || startsLikeSentence(title) || !readHeading({ line: title, previous: null, next: match[2]!, blankBefore: true, blankAfter: false, afterHeading: false, width: 80, hinted: false, headingsOnly: false })) return null;
  return { title, text: match[2]! };
}

/** Recurring labels ("Session 2:", "Agendapunt:") leave the headings' titles; a numbered one numbers them. */
function withoutLabels(units: Unit[]): void {
  const headings = units.filter((unit): unit is HeadingUnit => unit.kind === 'heading' && unit.style !== 'decimal');
  const labelled = recurringLabels(headings.map((heading) => heading.text));
  for (const heading of headings) {
    const found = labelled.get(heading.text);
    if (!found) continue;
    heading.title = found.title.replace(/\s*:$/, '');
    if (found.numbered && heading.style === 'plain') heading.style = 'number';
  }
}

/**
 * Levels from the letter's structure: a part heading is followed straight by
 * another heading (its first topic); the topics under a part are level 2. A
 * style used for parts makes every heading in it a part; "2.1" is always a sub-item.
 */
/**
 * A part heading (no text of its own, topics below) that only repeats the
 * letter's own meeting ("Foreign Affairs Council" over its agenda) is a title,
 * not an item. Where the letter has parts for several meetings ("Eurogroep",
 * "Ecofinraad"), each is a part and stays. The index of the lone one, or -1.
 */
function loneMeetingPart(items: readonly LetterItem[], headings: readonly HeadingUnit[], followedByHeading: ReadonlySet<HeadingUnit>, meeting: string): number {
  const parts = headings.flatMap((heading, i) => (followedByHeading.has(heading) && !items[i]!.paragraphs.length ? [i] : []));
  const [only] = parts;
  return meeting && parts.length === 1 && isMeetingName(headings[only!]!.title) && sameBody(headings[only!]!.title, meeting) ? only! : -1;
}

const NUMBERED_STYLES: ReadonlySet<HeadingStyle> = new Set(['number', 'roman', 'letter', 'lower', 'paren', 'part']);

/** `afterTitle`: headings with a title between them and the heading before (a new part such as a verslag), where a part's topics end. */
function assignLevels(headings: readonly HeadingUnit[], followedByHeading: ReadonlySet<HeadingUnit>, afterTitle: ReadonlySet<HeadingUnit>): (1 | 2)[] {
  const partStyles = new Set([...followedByHeading].filter((h) => h.style !== 'plain').map((h) => h.style));
  const isPart = (h: HeadingUnit) => followedByHeading.has(h) || partStyles.has(h.style);
  const anyPart = headings.some(isPart);
  // Two numbering schemes: the one the letter starts with numbers its items, the other ("a)" under "1.") their sub-items.
  const topScheme = headings.find((h) => NUMBERED_STYLES.has(h.style))?.style;
  let inPart = false;
  let topSeen = false;
  return headings.map((heading) => {
    if (afterTitle.has(heading)) inPart = false;
    if (heading.style === 'decimal' || heading.style === 'bullet') return 2;
    topSeen ||= heading.style === topScheme;
    if (topSeen && NUMBERED_STYLES.has(heading.style) && heading.style !== topScheme) return 2;
    if (isPart(heading) && !(inPart && heading.style === 'plain' && !followedByHeading.has(heading))) {
      inPart = true;
      return 1;
    }
    return anyPart && inPart ? 2 : 1;
  });
}

/**
 * The levels a table of contents gives its entries: an entry numbered "1.1"
 * or indented further than the outermost is a sub-item. A heading the
 * contents does not list is a sub-item too (it lists what matters most).
 */
function levelsInContents({ contents, contentsIndent }: Scan): Map<string, 1 | 2> {
  const outermost = Math.min(...contentsIndent);
  const levels = new Map<string, 1 | 2>();
  contents.forEach((entry, i) => {
    const numbering = splitNumbering(entry);
    const level = (numbering?.depth ?? 1) > 1 || contentsIndent[i]! > outermost ? 2 : 1;
    levels.set(entry, level);
    if (numbering && !levels.has(numbering.title)) levels.set(numbering.title, level);
  });
  return levels;
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
  const listed = new Set(scan.contents);
  const hints = new Map<string, 1 | 2 | 'title'>([...(options.headings ?? []), ...[...scan.titleLines].map((line) => [line, 'title'] as const)]);
  const roles = headingRoles(scan.units, { signatureAt: new Set(scan.signatureAt), hints, contents: listed });
  let inIntroduction = false;
  const itemHeadings: HeadingUnit[] = [];
  const followedByHeading = new Set<HeadingUnit>();
  const afterTitle = new Set<HeadingUnit>();
  let titleSince = false;
  scan.units.forEach((unit, index) => {
    if (unit.kind === 'heading') {
      const role = roles.get(unit);
      if (role === 'title') titles.push(unit.text);
      titleSince ||= role === 'title';
      inIntroduction = role === 'introduction';
      // The closing section's heading and text stay in the letter's text, with the last item.
      if (role === 'closing' && items.length) items.at(-1)!.paragraphs.push({ text: unit.text, footnotes: [] });
      if (role !== 'item') return;
      const previous = itemHeadings.at(-1);
      if (previous && scan.units[index - 1] === previous) followedByHeading.add(previous);
      if (titleSince && previous) afterTitle.add(unit);
      titleSince = false;
      itemHeadings.push(unit);
      const hint = options.headings?.get(unit.text);
      const level = hint === 1 || hint === 2 ? hint : 1;
      items.push({ title: unit.title, level, paragraphs: [], confidence: hint ? Math.max(unit.confidence, 0.95) : unit.confidence });
      return;
    }
    const paragraph = liftFootnoteMarkers(joinLines(unit.lines, context), footnoteMarkers);
    const target = items.length && !inIntroduction ? items[items.length - 1]!.paragraphs : introduction;
    const previous = target[target.length - 1];
    // A paragraph cut by a page break (and a footnote) continues in lower case.
    if (previous && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(paragraph.text)) {
      const shift = previous.text.length + 1;
      previous.text += ' ' + paragraph.text;
      previous.footnotes.push(...paragraph.footnotes.map((f) => ({ ...f, offset: f.offset + shift })));
    } else {
      target.push(paragraph);
    }
  });
  const everything = [...introduction, ...items.flatMap((i) => i.paragraphs)].map((p) => p.text);
  const referenceDate = scan.date || firstFullDate(titles);
  const opening = introduction.slice(0, 2).map((p) => p.text).join('\n');
  const { meeting, confidence } = findMeeting(
    [
      { text: opening, opening: true },
      // A title block's lines belong together: "Agriculture and Fisheries Council (AGRIFISH)" / "Monday 26 May 2025".
      { text: titles.join(' – '), opening: false, title: true },
      { text: everything.join('\n'), opening: false },
    ],
    referenceDate,
  );
  const lonePart = loneMeetingPart(items, itemHeadings, followedByHeading, meeting.name);
  if (lonePart >= 0) {
    titles.push(itemHeadings[lonePart]!.text);
    followedByHeading.delete(itemHeadings[lonePart]!);
    items.splice(lonePart, 1);
    itemHeadings.splice(lonePart, 1);
  }
  // The document's own contents says best what is a top-level item; then its typography; then its structure.
  const contentsLevels = levelsInContents(scan);
  const levels = listed.size ? items.map((item, i) => contentsLevels.get(itemHeadings[i]!.text) ?? contentsLevels.get(item.title) ?? 2) : assignLevels(itemHeadings, followedByHeading, afterTitle);
  items.forEach((item, i) => {
    const hinted = options.headings?.get(itemHeadings[i]!.text);
    if (listed.size || (hinted !== 1 && hinted !== 2)) item.level = levels[i]!;
  });
  if (items[0]) items[0].level = 1;
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
    confidence: { meeting: confidence, signatory: scan.signatory.name ? scan.signatoryConfidence : 0.2 },
  };
}
