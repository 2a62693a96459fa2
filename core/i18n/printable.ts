/**
 * Text from the input (a file name, a zip entry, a JSON key, a parser's quote
 * of the text) as it may appear in a one-line message. A hostile name could
 * otherwise break the line, colour or clear the terminal with an escape
 * sequence, turn the rest of the line around with a bidi override, or bury
 * the message under 64 KB of name.
 */

/** How many characters of a name are shown; a longer one keeps its start and its end. */
export const NAME_LIMIT = 120;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 and C1 controls, DEL, line and paragraph separators, bidi marks, overrides and isolates,
// zero-width characters and the byte-order mark: each invisible, or changes how the line shows.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /^[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]$/;
const SURROGATE = /^[\ud800-\udfff]$/;

/** One character (a code point, or half a pair on its own) as it is shown. */
function shown(char: string): string {
  if (SHORT_ESCAPES[char]) return SHORT_ESCAPES[char];
  if (INVISIBLE.test(char) || SURROGATE.test(char)) return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return char;
}

/** `text` with every invisible or line-breaking character shown as an escape (\n, \u001b), not cut. */
export function escapedLine(text: string): string {
  let out = '';
  // for…of walks code points: a whole pair stays one character, half a pair comes alone.
  for (const char of text) out += shown(char);
  return out;
}

/** `text` escaped, and cut in the middle with … when it is longer than `max` characters as shown. */
export function printable(text: string, max = NAME_LIMIT): string {
  const chars = Array.from(text, shown);
  const length = chars.reduce((sum, char) => sum + char.length, 0);
  if (length <= max) return chars.join('');
  // The end of a name is often what tells it apart (a file name after its folders): keep a third of it.
  const headBudget = Math.ceil(((max - 1) * 2) / 3);
  const tailBudget = max - 1 - headBudget;
  let head = '';
  for (const char of chars) {
    if (head.length + char.length > headBudget) break;
    head += char;
  }
  let tail = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    if (tail.length + chars[i]!.length > tailBudget) break;
    tail = chars[i]! + tail;
  }
  return `${head}…${tail}`;
}
