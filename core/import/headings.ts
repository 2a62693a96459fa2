/**
 * Is this line an agenda heading? One score over features a reader would
 * name: a heading is short, stands apart (blank lines, or in hard-wrapped text
 * after a finished sentence and before a new one), has no final punctuation,
 * reads as a name rather than a sentence, and is often numbered, in capitals
 * or set larger. Each feature adds or takes away a little; the sum decides,
 * and how far it clears the bar is the heading's confidence.
 */

export type HeadingStyle = 'caps' | 'roman' | 'letter' | 'lower' | 'number' | 'decimal' | 'paren' | 'part' | 'bullet' | 'plain';

export interface Numbering {
  style: HeadingStyle;
  /** 1 for "2.", 2 for "2.1". */
  depth: number;
  /** The heading without its number: "1. PESCO" -> "PESCO". */
  title: string;
}

// Roman before letter, so "I." opens part I rather than part A's ninth sibling.
const NUMBERED = /^(?:((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\))|([IVX]{1,5})\.|([A-Z])\.|([a-z])\.|\(([a-z]|\d{1,2}|[ivx]{1,4})\)|([a-z])\))\s+(\S.{0,158})$/u;

/**
 * A number with its word before it: "Agendapunt 3:", "Item 2 –", "Deel II – Eurotop", "Part A:". The word
 * says what is numbered; the number is dropped from the title like any other. Parts number parts.
 */
const WORD_NUMBERED = /^(?:(Agendapunt|Agenda item|Item|Punt|Onderwerp|Topic)|(Deel|Part|Onderdeel|Section|Sectie))\s+(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-Z])\s*(?:[:)]|\.(?!\d)|\s[–-])\s*(\S.{0,158})$/iu;

/** A dash or bullet in front of a name: "– Luchtruimbewaking". */
const BULLETED = /^[–•▪‒-]\s+([\p{Lu}"'‘“].{0,118})$/u;
export const isBulleted = (line: string | null): boolean => !!line && BULLETED.test(line);

export function splitNumbering(line: string): Numbering | null {
  const bullet = BULLETED.exec(line);
  if (bullet) return { style: 'bullet', depth: 2, title: bullet[1]! };
  const worded = WORD_NUMBERED.exec(line);
  if (worded && /^[\p{Lu}\d"'‘“(]/u.test(worded[4]!)) return { style: worded[2] ? 'part' : 'number', depth: 1, title: worded[4]! };
  const match = NUMBERED.exec(line);
  const title = match?.[7];
  if (!match || !title || !/^[\p{Lu}\d"'‘“(]/u.test(title)) return null;
  const [, decimal, roman, letter, lower] = match;
  if (decimal) {
    const depth = decimal.split('.').filter(Boolean).length;
    return { style: depth > 1 ? 'decimal' : 'number', depth, title };
  }
  return { style: roman ? 'roman' : letter ? 'letter' : lower ? 'lower' : 'paren', depth: 1, title };
}

/** "Session 2: ...", "Agendapunt: ...", "Werksessie III – ...": a word or two, perhaps a number, then a colon or a dash. */
const LABELLED = /^(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)(?:\s+(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}))?\s*(?::|\s[–-])\s+([\p{Lu}\d"'‘“(].{0,158})$/u;

/**
 * Labels over a letter's headings: what the headings are, not their names.
 * A word before a colon is a label when it recurs numbered ("Session 1:",
 * "Session 2:"), or unnumbered in front of most headings ("Agendapunt:" over
 * five of six); "Oekraïne: steun" and "Oekraïne: wederopbouw" under other
 * headings are names. Returns each labelled heading's title without it.
 */
export function recurringLabels(headings: readonly string[]): Map<string, { title: string; numbered: boolean }> {
  const read = headings.map((line) => ({ line, match: LABELLED.exec(line) }));
  const byLabel = new Map<string, { line: string; title: string; number: string | undefined }[]>();
  for (const { line, match } of read) {
    if (!match) continue;
    const label = match[1]!.toLocaleLowerCase();
    byLabel.set(label, [...(byLabel.get(label) ?? []), { line, title: match[3]!, number: match[2] }]);
  }
  const titles = new Map<string, { title: string; numbered: boolean }>();
  for (const entries of byLabel.values()) {
    const numbers = new Set(entries.flatMap((entry) => (entry.number ? [entry.number] : [])));
    const numbered = numbers.size >= 2 && numbers.size === entries.length;
    const unnumbered = numbers.size === 0 && entries.length >= 3 && entries.length * 2 > headings.length;
    if (numbered || unnumbered) for (const entry of entries) titles.set(entry.line, { title: entry.title, numbered });
  }
  return titles;
}

export function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

export interface LineContext {
  line: string;
  /** The previous and next lines with text, or null at the start and end. */
  previous: string | null;
  next: string | null;
  blankBefore: boolean;
  blankAfter: boolean;
  /** The previous line was taken as a heading or title. */
  afterHeading: boolean;
  /** The length of a full line of this text. */
  width: number;
  /** The source's typography says this line is a heading (Word style, PDF type size). */
  hinted: boolean;
  /** The source marks its headings (Word heading styles): lines it does not mark are text. */
  headingsOnly: boolean;
}

export interface HeadingReading {
  score: number;
  confidence: number;
  numbering: Numbering | null;
}

/** The score a line needs to be a heading. */
export const HEADING_THRESHOLD = 2.5;

/** A finished sentence, also with a footnote marker after its full stop ("... ontvangen.1"). */
export const SENTENCE_END = /[.!?:;»”")]\d{0,2}$/;
/** Abbreviations that end a line without ending its sentence: "Kamerstuk 36 471, nr." / "96)". */
const ABBREVIATION_END = /(?:^|\s)(?:nr|nrs|blz|jl|a\.s|o\.a|bijv|resp|ca|vgl|art|e\.g|i\.e|cf|no|vs|Mr|Mrs|Dr|St)\.$/i;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line) && !ABBREVIATION_END.test(line);
}

/** Words that start a sentence, not a name: articles, pronouns, prepositions, conjunctions. */
const SENTENCE_START =
  /^(?:De|Het|Een|Ik|Wij|We|Hij|Zij|Dit|Deze|Dat|Die|Daarnaast|Ook|Tevens|Verder|Zo|Er|Op|In|Na|Met|Voor|Door|Bij|Tijdens|Naar|Onder|Over|Sinds|Namens|Om|Als|Omdat|Hoewel|The|A|An|I|He|She|They|This|These|That|Those|It|On|At|As|There|After|Before|During|Following|Since|Under|With|For|While|Although)\s/;
/** Whether a line opens as a sentence does ("Het kabinet ...", "The Council ..."). */
export const startsLikeSentence = (line: string): boolean => SENTENCE_START.test(line);
const FINITE_VERB = /\s(?:zal|zullen|wordt|worden|is|zijn|heeft|hebben|kan|kunnen|moet|will|would|is|are|was|were|has|have|can|should)\s/i;

/** The score of one line as a heading, or null when it cannot be one. */
export function readHeading(context: LineContext): HeadingReading | null {
  const { line, next, width } = context;
  if (context.headingsOnly && !context.hinted) return null;
  // A title set apart by blank lines may run long; in running text a heading is shorter.
  if (line.length > (context.blankBefore && context.blankAfter ? 160 : 110) || /[,;]$/.test(line)) return null;
  // A colon ends a heading only where a short name stands over a sentence ("Steun aan Oekraïne:"); else it opens a list.
  // A single word before a colon is a label ("Contacts:", "Inzet:"), not a name.
  const colonWords = line.split(/\s+/).length;
  const colonHeading = /:$/.test(line) && colonWords >= 2 && colonWords <= 8 && !FINITE_VERB.test(` ${line} `) && !!next && /^\p{Lu}/u.test(next);
  if (!context.hinted && (/\.$/.test(line) || (/:$/.test(line) && !colonHeading))) return null;
  const numbering = splitNumbering(line);
  // A heading starts with a capital, a number or a quote; "ePrivacy", "eIDAS" are names.
  if (!numbering && !/^(?:[\p{Lu}\d"'‘“(]|\p{Ll}\p{Lu})/u.test(line)) return null;
  if (/^\(.*\)$/.test(line)) return null; // "(As delivered)": a remark, not a heading
  if (!numbering && /^\d/.test(line)) return null; // "1 Kamerstuk ...", "96) en de ...": a footnote's text, a wrapped reference
  const words = line.split(/\s+/).length;
  const isolated = context.blankBefore && context.blankAfter;
  let score = 0;
  if (context.hinted) score += 4;
  if (isolated) score += 3;
  else if (context.blankBefore || context.afterHeading || context.previous === null) score += 1.5;
  else score += context.previous && endsSentence(context.previous) ? 0.5 : -6;
  // Prose does not start a sentence without ending the one before: a line before "De ..."/"The ..." ends a unit.
  const nextStartsSentence = !context.blankAfter && !!next && SENTENCE_START.test(next);
  if (!context.blankAfter && next) score += /^\p{Ll}/u.test(next) ? -5 : nextStartsSentence ? 2.5 : 0.5;
  // A full line whose sentence goes on in lower case after a page break was cut by the page, not set apart.
  else if (next && /^\p{Ll}/u.test(next) && line.length > width * 0.6) score -= 5;
  if (isolated) score += words <= 12 ? 1 : words <= 20 ? 0 : -2;
  else {
    // In hard-wrapped text a line ends early only on purpose: when the next word would have fitted, the break is deliberate.
    const nextWord = next?.split(/\s/, 1)[0] ?? '';
    if (line.length + 1 + nextWord.length <= width) score += 1.5;
    else if (!nextStartsSentence) score -= 3;
    // A long line is a heading only where the next one plainly starts a sentence.
    score += words <= 8 ? 1 : words <= 12 || (nextStartsSentence && words <= 16) ? 0 : -2;
  }
  if (/[.!?]\s+\p{Lu}/u.test(line)) score -= 2;
  // A question set apart is a heading a discussion paper uses ("Hoe houdt de EU haar steun op peil?"); in the flow it is prose.
  // ... but not a question with a speaker's label ("Question [Reuters]: ...?"), which is a transcript's.
  const isolatedQuestion = isolated && /\?$/.test(line) && !line.includes(':');
  if (/\?$/.test(line) && !isolatedQuestion) score -= 1;
  if (colonHeading) score -= 0.5;
  // A bullet heads a topic only alone, over prose: bullets in a row are a list.
  if (numbering?.style === 'bullet' && (isBulleted(context.previous) || isBulleted(next) || context.blankAfter)) return null;
  if (numbering && numbering.style !== 'bullet') score += 2.5;
  if (isCaps(line)) score += 1.5;
  // A sentence has a verb; "De toekomst van het Verdrag" starts like one but names a topic.
  if (words >= 5 && !isolatedQuestion && FINITE_VERB.test(` ${line} `)) score -= SENTENCE_START.test(line) ? 3 : 2;
  // A long line that starts as a sentence does ("De Raad houdt een beleidsdebat over ...") is one, whatever its verb.
  else if (words >= 9 && !numbering && SENTENCE_START.test(line) && !nextStartsSentence) score -= 2;
  if (score < HEADING_THRESHOLD) return null;
  return { score, confidence: confidenceOf(score), numbering };
}

/** 0.5 at the bar, rising towards 1 as the score clears it. */
export function confidenceOf(score: number): number {
  return Math.round(1000 / (1 + Math.exp(-(score - HEADING_THRESHOLD) * 1.2))) / 1000;
}
