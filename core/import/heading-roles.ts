/**
 * What each heading line is in the letter as a whole: an agenda item, a title
 * (of the letter, its annex, or the meeting), the introduction's own heading,
 * or part of a block such as an address or a meeting-information box. A line
 * can look like a heading on its own and still not head anything: an agenda
 * item has text, or topics with text below it.
 */
import { MONTH_PATTERN } from './dates';
import type { HeadingStyle } from './headings';
import { namesMeeting } from './meeting';
import { containsWrittenDate } from './metadata';

export type LetterUnit =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; text: string; title: string; style: HeadingStyle; depth: number; confidence: number };

export type HeadingUnit = Extract<LetterUnit, { kind: 'heading' }>;
/** 'closing': the letter's closing section ("Tot slot"), whose text stays with the last item. */
export type HeadingRole = 'item' | 'title' | 'introduction' | 'closing';

const TITLE_WORDS = /\b(?:agenda|statement|geannoteerde|annotated|background|achtergrondnotitie|verslag)\b/i;
/** Words that name the document itself wherever they stand, not only at the top. */
const DOCUMENT_WORDS = /\b(?:geannoteerde agenda|annotated agenda|written (?:ministerial )?statement|background (?:note|brief))\b|^(?:main |other )?agenda (?:items|highlights|points)$|^(?:overige )?agendapunten$/i;
/** A letterhead's subject line: "Betreft Geannoteerde agenda ...", "Subject: ...". "Onderwerp 3" is a heading, not a label. */
const SUBJECT_LINE = /^(?:Betreft:?|Onderwerp:|Subject:|Re:)\s/i;
const INTRODUCTION_HEADING = /^(?:inleiding|introductie|introduction)$/i;
/** "Background" before the first topic introduces them, as "Inleiding" does; further on it is a topic's own. */
const BACKGROUND_HEADING = /^(?:background|achtergrond)$/i;
/** The words a letter closes with, as "Inleiding" opens it: a section about the letter, not a topic of the meeting. */
const CLOSING_HEADING = /^(?:tot slot|ten slotte|tot besluit|afsluitend|afsluiting|slotopmerkingen?|vervolg|vervolgstappen|conclusion|concluding remarks|closing remarks|next steps)$/i;
/** "Foreign Affairs Council - 24 February 2025", "Raad Buitenlandse Zaken, 24 februari": a name, a separator, a date. */
const NAME_THEN_DATE = new RegExp(`\\p{L}['’)]?\\s*[,:–-]\\s*(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTH_PATTERN})(?:\\s+\\d{4})?|(?:${MONTH_PATTERN})\\s+\\d{4})$`, 'iu');
/** A dateline of the meeting, not of the letter: "Brussels, 14-15 December 2023", "Nuuk, Groenland, 11 en 12 mei 2027". */
const PLACE_THEN_DATES = new RegExp(`^\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?(?:,\\s+\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)?,\\s+\\d{1,2}(?:\\s*(?:[-–]|en|and)\\s*\\d{1,2})?\\s+(?:${MONTH_PATTERN})\\s+\\d{4}$`, 'iu');
/** Parts go one level deep: more headings in a row than a part and its first topic make a block, not items. */
const LONGEST_HEADING_RUN = 2;

export interface RoleOptions {
  /** Unit indexes where a signature ended a letter: what follows opens a new part (an annex). */
  signatureAt: ReadonlySet<number>;
  /** Roles the source's typography gave (Word styles, PDF type sizes). */
  hints?: ReadonlyMap<string, 1 | 2 | 'title'>;
  /** Titles listed in a table of contents: with one, its entries are the items. */
  contents: ReadonlySet<string>;
}

function titleByWording(heading: HeadingUnit, opensPart: boolean, frontMatter: boolean): boolean {
  if (SUBJECT_LINE.test(heading.text) || DOCUMENT_WORDS.test(heading.text)) return true;
  if (heading.style !== 'plain' && heading.style !== 'caps') return false;
  const dated = containsWrittenDate(heading.text);
  const worded = TITLE_WORDS.test(heading.text);
  if (heading.style === 'caps' && (worded || dated)) return true;
  if (NAME_THEN_DATE.test(heading.text) && namesMeeting(heading.text)) return true;
  if (PLACE_THEN_DATES.test(heading.text)) return true;
  if (frontMatter && (worded || isMeetingName(heading.text))) return true;
  return opensPart && (dated || namesMeeting(heading.text));
}

/** The whole line is a meeting's name: capitalised words around a head noun, nothing else ("Economic and Financial Affairs Council"). */
export function isMeetingName(text: string): boolean {
  // A composition in brackets belongs to the name: "Foreign Affairs Council (Defence)".
  return namesMeeting(text) && /^(?:\p{Lu}[\p{L}'’-]*|van|de|der|en|and|of|the|for|voor)(?:\s+(?:\p{Lu}[\p{L}'’-]*|van|de|der|en|and|of|the|for|voor))*(?:\s+\(\p{Lu}[\p{L}-]*\))?$/u.test(text);
}

export function headingRoles(units: readonly LetterUnit[], options: RoleOptions): Map<HeadingUnit, HeadingRole> {
  const roles = new Map<HeadingUnit, HeadingRole>();
  let firstListedSeen = false;
  let textInPart = false;
  let unitsInPart = 0;
  units.forEach((unit, index) => {
    if (options.signatureAt.has(index)) [textInPart, unitsInPart] = [false, 0];
    unitsInPart++;
    if (unit.kind === 'paragraph') {
      textInPart = true;
      return;
    }
    const hint = options.hints?.get(unit.text);
    const listed = options.contents.has(unit.text) || options.contents.has(unit.title);
    firstListedSeen ||= listed;
    if (INTRODUCTION_HEADING.test(unit.title) || (BACKGROUND_HEADING.test(unit.title) && ![...roles.values()].includes('item'))) roles.set(unit, 'introduction');
    // With a table of contents, what it lists are items; before its first entry is front matter.
    else if (options.contents.size && (listed || !firstListedSeen)) roles.set(unit, listed ? 'item' : 'title');
    else if (hint === 'title' || titleByWording(unit, unitsInPart === 1, !textInPart)) roles.set(unit, 'title');
    else roles.set(unit, 'item');
  });
  if (!options.contents.size) {
    joinTitleBlock(units, roles, options);
    demoteBlocks(units, roles, options);
  }
  closeLetters(units, roles, options);
  return roles;
}

/** The last item of a letter (or of an annex, up to its signature) headed by closing words closes it; another item must remain. */
function closeLetters(units: readonly LetterUnit[], roles: Map<HeadingUnit, HeadingRole>, options: RoleOptions): void {
  let items: HeadingUnit[] = [];
  const close = () => {
    const last = items.at(-1);
    if (last && items.length > 1 && CLOSING_HEADING.test(last.title.trim())) roles.set(last, 'closing');
    items = [];
  };
  units.forEach((unit, index) => {
    if (options.signatureAt.has(index)) close();
    if (unit.kind === 'heading' && roles.get(unit) === 'item') items.push(unit);
  });
  close();
}

/**
 * Above the letter's first text, a heading straight over a title belongs to
 * the title block: Hansard's department line in capitals over the statement's
 * title ("EXITING THE EUROPEAN UNION" / "General Affairs Council"). It heads
 * no text of its own, so it cannot be an item.
 */
function joinTitleBlock(units: readonly LetterUnit[], roles: Map<HeadingUnit, HeadingRole>, options: RoleOptions): void {
  const firstText = units.findIndex((unit) => unit.kind === 'paragraph');
  for (let i = (firstText < 0 ? units.length : firstText) - 2; i >= 0; i--) {
    const [unit, below] = [units[i]!, units[i + 1]!];
    if (unit.kind !== 'heading' || below.kind !== 'heading' || roles.get(below) !== 'title') continue;
    // Set larger or not, a meeting's name over its dateline is the title block ("Ministeriële bijeenkomst ..." / "Nuuk, 11 mei 2027").
    if (roles.get(unit) === 'item' && (!options.hints?.has(unit.text) || (namesMeeting(unit.text) && PLACE_THEN_DATES.test(below.text)))) roles.set(unit, 'title');
  }
}

/** Runs of item headings with no text between them: too long a run is a block; a run with no text after it heads nothing. */
function demoteBlocks(units: readonly LetterUnit[], roles: Map<HeadingUnit, HeadingRole>, options: RoleOptions): void {
  let run: HeadingUnit[] = [];
  let textSeen = false;
  const close = (textFollows: boolean) => {
    const trusted = run.filter((h) => options.hints?.has(h.text));
    // Above the letter's first text, plain lines in a row are an address or a title block (an annex's numbered parts are not).
    const addressBlock = !textSeen && run.length > 1 && run.every((h) => h.style === 'plain');
    const block = run.length > LONGEST_HEADING_RUN || !textFollows || addressBlock;
    const demoted = block ? run : run.slice(0, -1).filter((h) => TITLE_WORDS.test(h.text));
    // A part label that names the agenda itself ("Main agenda items") heads the list, not an item.
    for (const heading of demoted) if (!trusted.includes(heading)) roles.set(heading, 'title');
    run = [];
  };
  units.forEach((unit, index) => {
    if (options.signatureAt.has(index)) close(false);
    if (unit.kind === 'paragraph') {
      close(true);
      textSeen = true;
    } else if (roles.get(unit) === 'item') run.push(unit);
  });
  close(false);
}
