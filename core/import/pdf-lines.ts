/**
 * Turns the positioned text of PDF pages (as pdf.js gives it) into the plain
 * text the letter parser reads: lines in reading order, a blank line where
 * the vertical gap says a paragraph ends, headings (larger type) on lines of
 * their own, superscript footnote markers glued to their word, footnotes at
 * the foot of the page after the page's text, and running headers and
 * footers (the same line on most pages) left out.
 */

export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y] in PDF user space; y grows upwards. */
  transform: readonly number[];
  width: number;
  height: number;
}

export interface PdfPageText {
  items: readonly PdfTextItem[];
}

interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  end: number;
}

interface Line {
  runs: Run[];
  y: number;
  size: number;
  text: string;
}

function runOf(item: PdfTextItem): Run | null {
  if (!item.str) return null;
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || 10;
  return { text: item.str, x, y, size, end: x + item.width };
}

/** The size most characters are set in: the body text. */
function bodySize(runs: readonly Run[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + run.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function joinRuns(runs: Run[], size: number): string {
  let text = '';
  let previous: Run | null = null;
  const baseline = runs.reduce((low, run) => Math.min(low, run.y), Infinity);
  for (const run of runs.sort((a, b) => a.x - b.x)) {
    // A smaller run set above the baseline is a footnote marker: it sticks to its word.
    const superscript = run.size < size * 0.8 && run.y > baseline + size * 0.15;
    if (previous && !superscript && run.x - previous.end > size * 0.15 && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    text += run.text;
    if (!superscript) previous = run;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups runs into lines: a run joins a line when its baseline is within half a line of it (superscripts included). */
function linesOf(runs: Run[]): Line[] {
  const lines: { runs: Run[]; y: number; size: number }[] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - run.y) < Math.max(l.size, run.size) * 0.55);
    if (line) {
      line.runs.push(run);
      if (run.size > line.size) [line.size, line.y] = [run.size, run.y];
    } else {
      lines.push({ runs: [run], y: run.y, size: run.size });
    }
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => ({ ...l, text: joinRuns(l.runs, l.size) }))
    .filter((l) => l.text !== '');
}

const normalise = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

/** Lines that stand at the top or bottom of most pages: running headers, footers, page numbers. */
function runningLines(pages: readonly Line[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => normalise(l.text)));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts.entries()].filter(([, n]) => n >= Math.max(2, pages.length * 0.5)).map(([key]) => key));
}

export type HeadingRole = 1 | 2 | 'title';

export interface PdfLetterText {
  text: string;
  /** Heading lines by their text, ranked by type size: the largest of three sizes is a title. */
  headings: Map<string, HeadingRole>;
}

function rankHeadingSizes(sizes: readonly number[]): Map<number, HeadingRole> {
  const distinct = [...new Set(sizes.map((s) => Math.round(s * 2) / 2))].sort((a, b) => b - a);
  const roles: HeadingRole[] = distinct.length >= 3 ? ['title', 1, 2] : [1, 2];
  return new Map(distinct.map((size, i) => [size, roles[Math.min(i, roles.length - 1)]!]));
}

export function pdfPagesToText(pages: readonly PdfPageText[]): PdfLetterText {
  const pageLines = pages.map((page) => linesOf(page.items.map(runOf).filter((r): r is Run => r !== null)));
  const body = bodySize(pageLines.flat().flatMap((l) => l.runs));
  const running = runningLines(pageLines);
  const gaps = pageLines.flatMap((lines) => lines.slice(1).map((l, i) => lines[i]!.y - l.y)).filter((g) => g > 0);
  const lineGap = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? body * 1.3;
  // Word's own step from body to heading (10 to 11 pt) counts; rounding of sizes must not lose it.
  const isHeading = (line: Line) => line.size >= body * 1.1 - 0.05;
  const headingLines: { text: string; size: number }[] = [];

  const out: string[] = [];
  for (const lines of pageLines) {
    const footnotes: string[] = [];
    let previous: Line | null = null;
    for (const line of lines) {
      if (running.has(normalise(line.text))) continue;
      const isFootnote = line.size < body * 0.9 && /^\d{1,2}\s/.test(line.text) && line.y < lines[0]!.y - lineGap * 5;
      if (isFootnote || (footnotes.length && line.size < body * 0.9)) {
        footnotes.push(line.text);
        continue;
      }
      const gap = previous ? previous.y - line.y : 0;
      const lastHeading = headingLines.at(-1);
      if (isHeading(line) && previous && isHeading(previous) && lastHeading && Math.abs(previous.size - line.size) < 0.5 && gap < line.size * 1.6) {
        // a heading wrapped over two lines is one heading
        lastHeading.text += ' ' + line.text;
        out.splice(out.length - 2, 1, lastHeading.text);
        previous = line;
        continue;
      }
      if (isHeading(line) || (previous && isHeading(previous)) || gap > lineGap * 1.4) out.push('');
      out.push(line.text);
      if (isHeading(line)) {
        headingLines.push({ text: line.text, size: line.size });
        out.push('');
      }
      previous = line;
    }
    for (const note of footnotes) out.push('', note);
    out.push('');
  }
  const ranks = rankHeadingSizes(headingLines.map((h) => h.size));
  const headings = new Map(headingLines.map((h) => [h.text, ranks.get(Math.round(h.size * 2) / 2)!]));
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n', headings };
}
