/**
 * Deciding whether a word broken at a line end ("verdedigings-" / "plannen")
 * is one word or a hyphenated compound ("defensie-" / "industrie").
 */

/** Vowel pairs that Dutch spelling separates with a hyphen in compounds (klinkerbotsing: zee-egel, defensie-industrie). */
const DUTCH_VOWEL_CLASH = /(?:a[aeiu]|e[eiu]|i[ei]|o[eiou]|u[iu])$/;

export interface JoinContext {
  /** Hyphenated compounds the text itself writes mid-line, lower-cased. */
  evidence: ReadonlySet<string>;
  language: 'nl' | 'en';
  /** A word list, when one is loaded: tells "international" (join) from "long-term" (keep). */
  isWord?: (word: string) => boolean;
}

/** Hyphenated compounds written mid-line somewhere in the text: evidence that a break keeps its hyphen. */
export function hyphenatedWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // From a word's start only: tried inside a long word, it would take time in the square of the word's length.
    for (const match of line.matchAll(/(?<![\p{L}\d])[\p{L}\d]+(?:-[\p{L}\d]+)+(?=\P{L}|$)/gu)) {
      if (match.index + match[0].length < line.length) words.add(match[0].toLowerCase());
    }
  }
  return words;
}

function keepsHyphen(prefix: string, next: string, context: JoinContext): boolean {
  if (prefix === '' || next === '') return true;
  if (/\p{Lu}{2,}$|\d$/u.test(prefix)) return true; // NAVO-top, EU-ministers, 2025-2030
  if (/^[\p{Lu}\d]/u.test(next)) return true; // trans-Atlantisch, Noord-Holland
  const compound = `${prefix}-${next}`.toLowerCase();
  if (context.evidence.has(compound)) return true;
  const joined = `${prefix}${next}`.toLowerCase();
  if (context.evidence.has(joined)) return false;
  if (context.language === 'nl') return DUTCH_VOWEL_CLASH.test(`${prefix.slice(-1)}${next.charAt(0)}`.toLowerCase());
  // English breaks words at syllables; a known word joined wins, two known words stay a compound.
  if (!context.isWord) return false;
  if (context.isWord(joined)) return false;
  return context.isWord(prefix) && context.isWord(next);
}

/** "lucht- en zeemacht", "pre- and post-war": the hyphen stands for a word part left out, and a space follows it. */
const ELISION = /^(?:en|of|tot|noch|and|or|to)$/i;

/** How a line joins the text before it: with a space, straight on (the hyphen kept), or with the hyphen dropped. */
type Joint = 'space' | 'keep-hyphen' | 'drop-hyphen';

/** The longest word part looked at before a line-end hyphen; no word is longer, and a longer run is not looked at again for every line. */
const MAX_WORD = 100;

function brokenWordJoint(head: string, tail: string, context: JoinContext): Joint {
  const prefix = /([\p{L}\d]+)-$/u.exec(head.slice(-(MAX_WORD + 1)))?.[1] ?? '';
  const next = /^[\p{L}\d]+/u.exec(tail)?.[0] ?? '';
  if (ELISION.test(next) && /^\S+\s/.test(tail)) return 'space';
  return keepsHyphen(prefix, next, context) ? 'keep-hyphen' : 'drop-hyphen';
}

/** Joins a word broken at a line end: "verdedigings-" + "plannen", but "NAVO-" + "top" keeps its hyphen. */
export function joinBrokenWord(head: string, tail: string, context: JoinContext): string {
  const joint = brokenWordJoint(head, tail, context);
  return joint === 'space' ? `${head} ${tail}` : joint === 'keep-hyphen' ? head + tail : head.slice(0, -1) + tail;
}

/**
 * Joins the lines of one paragraph, mending words broken at line ends. Only
 * the end of the text so far is looked at, and the lines are joined once at
 * the end, so a paragraph of many lines takes time in proportion to its length.
 */
export function joinLines(lines: readonly string[], context: JoinContext): string {
  const parts: string[] = [];
  /** The last characters of the text so far: enough to see a broken word. */
  let end = '';
  for (const raw of lines) {
    const line = raw.trim();
    const joint = !end ? null : /\p{L}-$/u.test(end.slice(-3)) ? brokenWordJoint(end, line, context) : 'space';
    if (joint === 'drop-hyphen') {
      let last = parts.length - 1;
      while (parts[last] === '') last--;
      parts[last] = parts[last]!.slice(0, -1);
      end = end.slice(0, -1);
    }
    if (joint === 'space') parts.push(' ');
    parts.push(line);
    end = (end + (joint === 'space' ? ' ' : '') + line).slice(-(MAX_WORD + 2));
  }
  return parts.join('');
}
