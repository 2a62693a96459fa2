/** The table of contents: one linked entry per agenda item, page numbers right-aligned after dot leaders. */
import type { Box } from './boxes';
import { baselineOffset } from './lines';
import { textLines, within, type FlowContext, type FlowLine } from './flow';

export interface TocEntry {
  title: string;
  level: 1 | 2;
  page: number;
  /** y of the item's first line on that page, the link destination. */
  y: number;
}

/** Room kept for page numbers, in body sizes, so entries wrap the same whatever the numbers are. */
const NUMBER_COLUMN = 4;
const LEADER = '.';

function rightEdgeOfText(boxes: readonly Box[]): number {
  return boxes.reduce((edge, b) => (b.kind === 'text' ? Math.max(edge, b.x + b.width) : edge), 0);
}

/** An entry is a TOCI holding a Link: its title and page number, and the clickable area over them. */
function entryLines(entry: TocEntry, ctx: FlowContext, first: boolean): FlowLine[] {
  return within(ctx, 'TOCI', () => linkedEntryLines(entry, ctx, first));
}

function linkedEntryLines(entry: TocEntry, ctx: FlowContext, first: boolean): FlowLine[] {
  const { theme, metrics, width } = ctx;
  const indent = entry.level === 2 ? theme.listIndent : 0;
  const column = theme.body * NUMBER_COLUMN;
  const base = { bold: entry.level === 1, italic: false, size: theme.body, color: theme.colors.text };
  const lines = textLines([{ text: entry.title }], base, ctx, {
    indent,
    width: width - indent - column,
    spaceBefore: first ? theme.lineHeight : entry.level === 1 ? theme.lineHeight * 0.35 : 0,
    role: 'Link',
  });
  const last = lines.at(-1)!;
  const baseline = -baselineOffset(theme.body, last.height);
  const number = String(entry.page);
  const numberWidth = metrics.widthOf(number, 'regular', theme.body);
  // The page number is content of the entry; the dot leader is decoration (an artifact).
  const tag = last.boxes.find((b) => b.kind === 'text')?.tag;
  // An invisible space ends the title, so the entry reads "Inleiding 3", not "Inleiding3".
  const titleEnd = last.boxes.findLast((b) => b.kind === 'text');
  if (titleEnd?.kind === 'text') titleEnd.spaceAfter = true;
  last.boxes.push({ kind: 'text', text: number, style: 'regular', size: theme.body, x: width - numberWidth, y: baseline, width: numberWidth, color: theme.colors.text, tag });
  const gap = theme.body * 0.5;
  const dotWidth = metrics.widthOf(LEADER, 'regular', theme.body);
  const leaderStart = rightEdgeOfText(last.boxes.slice(0, -1)) + gap;
  const dots = Math.floor((width - numberWidth - gap - leaderStart) / dotWidth);
  if (dots > 0) {
    const text = LEADER.repeat(dots);
    const leaderWidth = dots * dotWidth;
    last.boxes.push({ kind: 'text', text, style: 'regular', size: theme.body, x: width - numberWidth - gap - leaderWidth, y: baseline, width: leaderWidth, color: theme.colors.muted });
  }
  for (const line of lines) {
    line.boxes.push({ kind: 'link', x: indent, y: -line.height, width: width - indent, height: line.height, target: { kind: 'page', page: entry.page, y: entry.y }, description: entry.title, tag });
  }
  return lines;
}

export function tocLines(title: string, entries: readonly TocEntry[], ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const heading = textLines([{ text: title }], { bold: true, italic: false, size: theme.heading1, color: theme.colors.heading }, ctx, {
    keepWithNext: true,
    role: 'H1',
  });
  return [...heading, ...entries.flatMap((e, i) => entryLines(e, ctx, i === 0))];
}
