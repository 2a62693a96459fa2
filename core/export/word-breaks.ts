/**
 * Where a word too wide for its line may break, best first: after / - ? & .
 * (a URL's parts, a compound's hyphen), then at the hyphenation points of a
 * run of letters, with a hyphen drawn. Only when neither fits is a word cut
 * between two characters (by the wrapper, not here).
 *
 * Shared by the PDF's wrapping and both exporters' table columns, so a
 * column is never narrower than the widest piece its words break into.
 */

/** How a line may end after a piece: not at all, as it is, or with a hyphen added. */
export type PieceBreak = 'none' | 'plain' | 'hyphen';

export interface WordPiece {
  text: string;
  breakAfter: PieceBreak;
}

export type Hyphenate = (word: string) => string[];

/** A chunk ends after one or more break characters, or at the end of the word. */
const CHUNKS = /[^/\-?&.]*[/\-?&.]+|[^/\-?&.]+/g;
const LETTERS_THEN_BREAKS = /^(\p{L}{5,})([/\-?&.]*)$/u;
/** Addresses are broken only at their own punctuation: a hyphen added inside one would change it. */
const ADDRESS = /[/@:]|^www\./i;
/** At least this many letters on either side of a hyphen. */
const MIN_SIDE = 2;

/** Syllables with at least MIN_SIDE letters at either end of the word. */
function syllables(letters: string, hyphenate: Hyphenate): string[] {
  const parts = hyphenate(letters).filter(Boolean);
  while (parts.length > 1 && parts[0]!.length < MIN_SIDE) parts.splice(0, 2, parts[0]! + parts[1]!);
  while (parts.length > 1 && parts.at(-1)!.length < MIN_SIDE) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
  return parts.join('') === letters ? parts : [letters];
}

/** Whether a word is an address (a URL, an e-mail address): it breaks at its punctuation as a matter of course. */
export function isAddress(word: string): boolean {
  return ADDRESS.test(word);
}

/** The word's pieces in order; the last one's breakAfter is 'none' unless it ends in a break character. */
export function wordPieces(word: string, hyphenate: Hyphenate | null): WordPiece[] {
  const chunks = word.match(CHUNKS) ?? [word];
  const hyphenating = hyphenate !== null && !isAddress(word);
  const pieces: WordPiece[] = [];
  for (const chunk of chunks) {
    const endsInBreak = /[/\-?&.]$/.test(chunk);
    const letters = hyphenating ? LETTERS_THEN_BREAKS.exec(chunk) : null;
    if (letters) {
      const parts = syllables(letters[1]!, hyphenate!);
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        pieces.push({ text: last ? part + letters[2]! : part, breakAfter: last ? (endsInBreak ? 'plain' : 'none') : 'hyphen' });
      });
    } else pieces.push({ text: chunk, breakAfter: endsInBreak ? 'plain' : 'none' });
  }
  return pieces;
}

export const ADDED_HYPHEN = '-';
