/**
 * Greedy line wrapping of words, and turning one wrapped line into boxes.
 * Boxes of a line are relative: x from the line's left edge, y from its top.
 */
import type { Box, LinkBox, RectBox, TextBox } from './boxes';
import type { FontMetrics } from './metrics';
import { FIXED_COLORS } from './theme';
import { FIT_EPSILON, splitWideWord, type Fragment, type Run, type Word } from './words';
import { ADDED_HYPHEN } from '../word-breaks';

export { FIT_EPSILON };

export interface PlacedFragment {
  fragment: Fragment;
  x: number;
}

export interface Line {
  parts: PlacedFragment[];
  width: number;
  footnotes: number[];
  /** The line ends inside a word (at a hyphen the wrapping added, or where a too wide word was split): its word goes on, so no space follows it. */
  hyphenated?: true;
}

const HYPHENATABLE = /^\p{L}{5,}$/u;

/**
 * Splits word so its first part, with a hyphen, fits room; null when no split fits.
 * Only single-fragment words of letters are hyphenated (never links' URLs or numbers).
 */
function hyphenateToFit(word: Word, room: number, metrics: FontMetrics, hyphenate: (w: string) => string[]): [Word, Word] | null {
  if (word.fragments.length !== 1) return null;
  const fragment = word.fragments[0]!;
  const { run } = fragment;
  if (run.link || run.footnote !== null || !HYPHENATABLE.test(fragment.text)) return null;
  const syllables = hyphenate(fragment.text);
  for (let k = syllables.length - 1; k >= 1; k--) {
    const head = syllables.slice(0, k).join('');
    // At least two letters on each side of the break.
    if (head.length < 2 || fragment.text.length - head.length < 2) continue;
    const headWidth = metrics.widthOf(head, run.style, run.size);
    const hyphenWidth = metrics.widthOf(ADDED_HYPHEN, run.style, run.size);
    if (headWidth + hyphenWidth > room) continue;
    const tailText = fragment.text.slice(head.length);
    const tailWidth = metrics.widthOf(tailText, run.style, run.size);
    const hyphen: Fragment = { text: ADDED_HYPHEN, width: hyphenWidth, run, addedHyphen: true };
    return [
      { fragments: [{ text: head, width: headWidth, run }, hyphen], width: headWidth + hyphenWidth, space: null, breakAfter: true },
      { fragments: [{ text: tailText, width: tailWidth, run }], width: tailWidth, space: word.space, breakAfter: word.breakAfter },
    ];
  }
  return null;
}

export function wrapWords(
  words: readonly Word[],
  maxWidth: number,
  metrics: FontMetrics,
  hyphenate: ((word: string) => string[]) | null = null,
): Line[] {
  const lines: Line[] = [];
  let line: Line = { parts: [], width: 0, footnotes: [] };
  let pendingSpace: Fragment | null = null;
  const flush = (): void => {
    lines.push(line);
    line = { parts: [], width: 0, footnotes: [] };
    pendingSpace = null;
  };
  // Copied only when a word must be split: an array per word (flatMap) cost more than the wrapping itself.
  const queue = words.some((w) => w.width > maxWidth) ? words.flatMap((w) => (w.width > maxWidth ? splitWideWord(w, maxWidth, metrics, hyphenate) : [w])) : words;
  /** The rest of a hyphenated word, set before the next word. */
  let carried: Word | null = null;
  for (let i = 0; carried || i < queue.length; ) {
    let word: Word = carried ?? queue[i++]!;
    carried = null;
    const spaceWidth = pendingSpace?.width ?? 0;
    if (line.parts.length > 0 && line.width + spaceWidth + word.width > maxWidth + FIT_EPSILON) {
      const split = hyphenate ? hyphenateToFit(word, maxWidth - line.width - spaceWidth, metrics, hyphenate) : null;
      if (split) {
        [word, carried] = split;
        line.hyphenated = true;
      } else {
        // No space before the word: it is the rest of one split to fit.
        const midWord = pendingSpace === null;
        flush();
        if (midWord) lines.at(-1)!.hyphenated = true;
      }
    }
    if (line.parts.length > 0 && pendingSpace) {
      line.parts.push({ fragment: pendingSpace, x: line.width });
      line.width += pendingSpace.width;
    }
    for (const fragment of word.fragments) {
      line.parts.push({ fragment, x: line.width });
      line.width += fragment.width;
      if (fragment.run.footnote !== null) line.footnotes.push(fragment.run.footnote);
    }
    pendingSpace = word.space;
    if (word.breakAfter) flush();
  }
  if (line.parts.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Where the baseline sits below the top of a line, roughly centring the glyphs in it. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight + size * 0.72) / 2;
}

const sameText = (a: Run, b: Run): boolean =>
  a === b || (a.style === b.style && a.size === b.size && a.color === b.color && a.rise === b.rise);

interface Range<K> {
  key: K;
  x: number;
  width: number;
  parts: PlacedFragment[];
}

/** Consecutive parts sharing a key become one range; keeps box counts low. */
function ranges<K>(parts: readonly PlacedFragment[], keyOf: (run: Run) => K | null, same: (a: K, b: K) => boolean): Range<K>[] {
  const out: Range<K>[] = [];
  let last: Range<K> | undefined;
  for (const part of parts) {
    const key = keyOf(part.fragment.run);
    if (key === null) continue;
    if (last && same(last.key, key) && Math.abs(last.x + last.width - part.x) < FIT_EPSILON) {
      last.width += part.fragment.width;
      last.parts.push(part);
    } else out.push((last = { key, x: part.x, width: part.fragment.width, parts: [part] }));
  }
  return out;
}

/** Whether any part is highlighted, ruled, commented or linked: most lines are none of these. */
function decorated(parts: readonly PlacedFragment[]): boolean {
  for (const { fragment } of parts) {
    const run = fragment.run;
    if (run.highlight || run.redacted || run.underline || run.strike || run.comment !== null || run.link !== null) return true;
  }
  return false;
}

/** One text box per stretch of parts that look alike and touch; written without ranges, as every line has text. */
function textBoxes(parts: readonly PlacedFragment[], x0: number, baseline: number, boxes: Box[], endSpace: boolean): void {
  let box: TextBox | null = null;
  let run: Run | null = null;
  const pieces: string[] = [];
  const join = (): void => {
    if (box && pieces.length > 1) box.text = pieces.join('');
    pieces.length = 0;
  };
  for (const { fragment, x } of parts) {
    if (box && run && !fragment.addedHyphen && !box.addedHyphen && sameText(run, fragment.run) && run.link === fragment.run.link && Math.abs(box.x - x0 + box.width - x) < FIT_EPSILON) {
      pieces.push(fragment.text);
      box.width += fragment.width;
      continue;
    }
    join();
    pieces.push(fragment.text);
    run = fragment.run;
    box = { kind: 'text', text: fragment.text, style: run.style, size: run.size, x: x0 + x, y: -baseline + run.rise, width: fragment.width, color: run.color };
    if (run.link !== null) box.link = run.link;
    if (run.footnote !== null) box.footnote = run.footnote;
    if (fragment.addedHyphen) box.addedHyphen = true;
    boxes.push(box);
  }
  join();
  if (box && endSpace) box.spaceAfter = true;
}

/**
 * Boxes for one line: highlights under the text, then text, then rules, then link areas.
 * A line that a paragraph goes on after (notLast) ends in a space unless the wrapping hyphenated it.
 */
export function lineBoxes(line: Line, x0: number, baseline: number, lineHeight: number, notLast = false): Box[] {
  const boxes: Box[] = [];
  const decorations = decorated(line.parts);
  if (decorations) {
    // A highlight under the text; a redaction's black box under its white code.
    const fill = (run: Run) => (run.redacted ? FIXED_COLORS.redaction : run.highlight ? FIXED_COLORS.highlight : null);
    for (const r of ranges(line.parts, (run) => (fill(run) ? `${fill(run)} ${run.size}` : null), (a, b) => a === b)) {
      const rect: RectBox = { kind: 'rect', x: x0 + r.x, y: -lineHeight, width: r.width, height: lineHeight, color: r.key.split(' ')[0]! };
      boxes.push(rect);
    }
  }
  textBoxes(line.parts, x0, baseline, boxes, notLast && !line.hyphenated);
  if (!decorations) return boxes;
  const rule = (key: 'underline' | 'strike', raise: number) => {
    for (const r of ranges(line.parts, (run) => (run[key] && run.rise === 0 ? run : null), (a, b) => a.color === b.color && a.size === b.size)) {
      const thickness = Math.max(0.4, r.key.size * 0.06);
      boxes.push({ kind: 'rect', x: x0 + r.x, y: -baseline + r.key.size * raise, width: r.width, height: thickness, color: r.key.color });
    }
  };
  rule('underline', -0.13);
  rule('strike', 0.28);
  for (const r of ranges(line.parts, (run) => run.comment, (a, b) => a === b)) {
    boxes.push({ kind: 'note', x: x0 + r.x, y: -lineHeight, width: r.width, height: lineHeight, comment: r.key });
  }
  for (const r of ranges(line.parts, (run) => run.link, (a, b) => a === b)) {
    const link: LinkBox = { kind: 'link', x: x0 + r.x, y: -lineHeight, width: r.width, height: lineHeight, target: { kind: 'uri', url: r.key }, description: r.key };
    boxes.push(link);
  }
  return boxes;
}
