/**
 * Inline content to wrapped lines. Most paragraphs are one plain text leaf;
 * those are wrapped by scanning the text, with each line one slice of it,
 * instead of building an object per word (which cost a 200-item pack a
 * hundred thousand objects). Everything else (mixed styles, links,
 * footnotes, decorations, hyphenation, words wider than the line) takes the
 * general path through words; both give the same lines.
 */
import type { FormattedText, InlineNode } from '../../model/rich-text';
import { FIT_EPSILON, wrapWords, type Line } from './lines';
import { inlineWords, runOf, type InlineContext, type Run, type RunStyle } from './words';

const SPACE = 0x20;
/** Text the plain path cannot take as it is: runs of spaces, a leading space, line breaks. */
const IRREGULAR_SPACING = /^ | {2}|\n/;

function isPlainRun(run: Run): boolean {
  return !run.underline && !run.strike && !run.highlight && !run.redacted && run.link === null && run.comment === null && run.footnote === null;
}

/** Lines of one plain leaf, or null when the general path must take it. */
function wrapPlainLeaf(leaf: FormattedText, base: RunStyle, maxWidth: number, ctx: InlineContext): Line[] | null {
  const run = runOf(base, leaf, null, base.color);
  if (!isPlainRun(run) || leaf.text === '') return null;
  const text = ctx.glyphs.clean(leaf.text, run.style);
  if (text === '' || IRREGULAR_SPACING.test(text)) return null;
  const { metrics } = ctx;
  const space = metrics.widthOf(' ', run.style, run.size);
  const lines: Line[] = [];
  let lineStart = 0;
  let lineEnd = 0;
  let lineWidth = 0;
  const flush = (): void => {
    lines.push({ parts: [{ fragment: { text: text.slice(lineStart, lineEnd), width: lineWidth, run }, x: 0 }], width: lineWidth, footnotes: [] });
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    const width = metrics.widthOfRange(text, start, end, run.style, run.size);
    if (width > maxWidth) return null;
    if (lineEnd > lineStart && lineWidth + space + width > maxWidth + FIT_EPSILON) {
      flush();
      lineStart = start;
      lineWidth = 0;
    }
    // Summed in the order the general path sums its fragments, so widths agree to the last bit.
    lineWidth = lineEnd > lineStart ? lineWidth + space + width : width;
    lineEnd = end;
    start = end + 1;
    while (text.charCodeAt(start) === SPACE) start++;
  }
  flush();
  return lines;
}

export function wrapInline(nodes: readonly InlineNode[], base: RunStyle, maxWidth: number, ctx: InlineContext): Line[] {
  const only = nodes.length === 1 ? nodes[0]! : null;
  const plain = only && !('type' in only) && !ctx.hyphenate ? wrapPlainLeaf(only, base, maxWidth, ctx) : null;
  return plain ?? wrapWords(inlineWords(nodes, base, ctx), maxWidth, ctx.metrics, ctx.hyphenate);
}
