/**
 * Cuts a flow into pages: keeps headings with what follows, breaks before
 * agenda items, and puts each footnote at the foot of the page that refers to
 * it (a note too long for that page continues on the next one).
 */
import type { Box } from './boxes';
import type { Anchor, FlowLine } from './flow';
import type { PageGeometry } from './geometry';
import { FIXED_COLORS } from './theme';

export interface PlacedAnchor {
  anchor: Anchor;
  /** 0-based index into the pages of this flow. */
  pageIndex: number;
  /** y of the top of the anchored line. */
  y: number;
}

export interface PaginatedFlow {
  pages: Box[][];
  anchors: PlacedAnchor[];
}

export interface PaginateOptions {
  /** Extra space above the first line of the first page (the cover). */
  firstPageOffset?: number;
  /** Space between the body text and the footnote rule, and the rule's share of it. */
  footnoteGap?: number;
}

/** A chain of headings longer than this is not kept together: it would just move as a block forever. */
const MAX_KEEP_CHAIN = 6;
const NOTE_RULE = { widthShare: 1 / 3, thickness: 0.5 } as const;

/**
 * Moves a line's boxes onto the page and adds them to it. A flow's lines are
 * placed once, so their boxes are moved in place: copying every box of a
 * 280-page pack was the layout's biggest allocation. Table header rows are
 * placed again on each page the table continues on, so they are copied.
 */
function placeBoxes(boxes: readonly Box[], dx: number, dy: number, copy: boolean, page: Box[]): void {
  for (const box of boxes) {
    const placed = copy ? { ...box } : box;
    placed.x += dx;
    placed.y += dy;
    page.push(placed);
  }
}

/** A repeated header row: new boxes, untagged, as the repeat is a pagination artifact. */
const untagged = (box: Box): Box => (box.kind === 'text' ? { ...box, tag: undefined } : { ...box });

const sumHeights = (lines: readonly FlowLine[]): number => lines.reduce((sum, l) => sum + l.height, 0);

class Paginator {
  readonly pages: Box[][] = [];
  readonly anchors: PlacedAnchor[] = [];
  private boxes: Box[] = [];
  private cursor: number;
  private hasBody = false;
  private foot: FlowLine[] = [];
  private footHeight = 0;
  private readonly carry: FlowLine[] = [];

  constructor(
    private readonly geometry: PageGeometry,
    private readonly footnoteGap: number,
    firstPageOffset: number,
    /** Lines placed more than once (table header rows): their boxes are copied, not moved. */
    private readonly reused: ReadonlySet<FlowLine>,
  ) {
    this.cursor = geometry.top - firstPageOffset;
  }

  /** Lowest y body text may reach with this much footnote height on the page. */
  private floor(footHeight: number): number {
    return this.geometry.bottom + (footHeight > 0 ? footHeight + this.footnoteGap : 0);
  }

  private fits(bodyHeight: number, extraNotes: number): boolean {
    return this.cursor - bodyHeight >= this.floor(this.footHeight + extraNotes) - 0.001;
  }

  private keepChain(lines: readonly FlowLine[], start: number): { body: number; notes: number } {
    let body = lines[start]!.spaceBefore;
    let notes = 0;
    for (let i = start; i < lines.length && i < start + MAX_KEEP_CHAIN; i++) {
      const line = lines[i]!;
      body += line.height + (i > start ? line.spaceBefore : 0);
      notes += sumHeights(line.notes);
      if (!line.keepWithNext) break;
    }
    return { body, notes };
  }

  place(lines: readonly FlowLine[], index: number): void {
    const line = lines[index]!;
    const pagesBefore = this.pages.length;
    if (line.pageBreakBefore && this.hasBody) this.newPage();
    if (line.keepWithNext && this.hasBody) {
      const chain = this.keepChain(lines, index);
      const bodyRoom = this.geometry.top - this.geometry.bottom;
      if (chain.body < bodyRoom / 2 && !this.fits(chain.body, chain.notes)) this.newPage();
    }
    const notes = sumHeights(line.notes);
    if (this.hasBody && !this.fits(line.spaceBefore + line.height, this.carry.length ? 0 : notes)) this.newPage();
    // A table continued on a new page repeats its header rows first.
    if (this.pages.length !== pagesBefore && line.repeat && !line.repeat.includes(line)) {
      // Only the first header is tagged.
      for (const header of line.repeat) this.put({ ...header, anchor: null, notes: [], boxes: header.boxes.map(untagged) });
    }
    this.put(line);
  }

  private put(line: FlowLine): void {
    const top = this.cursor - (this.hasBody ? line.spaceBefore : 0);
    placeBoxes(line.boxes, this.geometry.left, top, this.reused.has(line), this.boxes);
    if (line.anchor) this.anchors.push({ anchor: line.anchor, pageIndex: this.pages.length, y: top });
    this.cursor = top - line.height;
    if (line.height > 0) this.hasBody = true;
    for (const note of line.notes) {
      if (this.carry.length === 0 && this.cursor >= this.floor(this.footHeight + note.height) - 0.001) this.addFoot(note);
      else this.carry.push(note);
    }
  }

  /** No footnote waits for a later page. */
  get isClean(): boolean {
    return this.carry.length === 0;
  }

  private addFoot(note: FlowLine): void {
    this.foot.push(note);
    this.footHeight += note.height;
  }

  private finishPage(): void {
    const { geometry } = this;
    if (this.foot.length > 0) {
      const ruleY = geometry.bottom + this.footHeight + this.footnoteGap / 2;
      this.boxes.push({
        kind: 'rect',
        x: geometry.left,
        y: ruleY,
        width: geometry.contentWidth * NOTE_RULE.widthShare,
        height: NOTE_RULE.thickness,
        color: FIXED_COLORS.rule,
      });
      let top = geometry.bottom + this.footHeight;
      for (const note of this.foot) {
        placeBoxes(note.boxes, geometry.left, top, false, this.boxes);
        top -= note.height;
      }
    }
    this.pages.push(this.boxes);
  }

  newPage(): void {
    this.finishPage();
    this.boxes = [];
    this.cursor = this.geometry.top;
    this.hasBody = false;
    this.foot = [];
    this.footHeight = 0;
    // Continued notes come first; leave room for at least a few lines of body text.
    const room = (this.geometry.top - this.geometry.bottom) * 0.6;
    while (this.carry.length > 0 && this.footHeight + this.carry[0]!.height + this.footnoteGap <= room) {
      this.addFoot(this.carry.shift()!);
    }
  }

  finish(): Box[][] {
    this.finishPage();
    while (this.carry.length > 0) {
      this.boxes = [];
      this.foot = [];
      this.footHeight = 0;
      const room = this.geometry.top - this.geometry.bottom - this.footnoteGap;
      while (this.carry.length > 0 && (this.foot.length === 0 || this.footHeight + this.carry[0]!.height <= room)) {
        this.addFoot(this.carry.shift()!);
      }
      this.finishPage();
    }
    return this.pages;
  }
}

/** An empty flow has no pages (an empty pack has no item pages), not one blank page. */
export function paginate(lines: readonly FlowLine[], geometry: PageGeometry, options: PaginateOptions = {}): PaginatedFlow {
  return paginateParts([lines], geometry, options);
}

/**
 * Paginates a flow given in parts (an item's lines at a time), as if it were
 * one list: each line is placed once the lines it may be kept with have
 * arrived. A part's lines can then be dropped as soon as they are placed,
 * instead of the whole pack's lines living until the last page is cut.
 */
export function paginateParts(parts: Iterable<readonly FlowLine[]>, geometry: PageGeometry, options: PaginateOptions = {}): PaginatedFlow {
  const reused = new Set<FlowLine>();
  const paginator = new Paginator(geometry, options.footnoteGap ?? 12, options.firstPageOffset ?? 0, reused);
  let pending: FlowLine[] = [];
  let placed = 0;
  for (const part of parts) {
    for (const line of part) for (const header of line.repeat ?? []) reused.add(header);
    pending = pending.concat(part);
    // A line is kept with at most MAX_KEEP_CHAIN - 1 lines after it.
    const ready = pending.length - MAX_KEEP_CHAIN;
    for (let i = 0; i < ready; i++) paginator.place(pending, i);
    if (ready > 0) {
      placed += ready;
      pending = pending.slice(ready);
    }
  }
  for (let i = 0; i < pending.length; i++) paginator.place(pending, i);
  if (placed + pending.length === 0) return { pages: [], anchors: [] };
  return { pages: paginator.finish(), anchors: paginator.anchors };
}

/** A flow cut from groups of lines, and how many of the groups it took. */
export interface PaginatedUnit extends PaginatedFlow {
  groups: number;
}

/**
 * Paginates groups that each start with a page break (an agenda item and its
 * sub-items) until the flow stands clean at the end of one: every line placed
 * and no footnote continued onto the next page. What follows then starts on a
 * fresh page exactly as it would in one long flow, so each such unit can be
 * cut on its own and its pages reused while its lines do not change.
 */
export function paginateUnit(nextGroup: () => readonly FlowLine[] | null, geometry: PageGeometry, options: PaginateOptions = {}): PaginatedUnit {
  const reused = new Set<FlowLine>();
  const paginator = new Paginator(geometry, options.footnoteGap ?? 12, options.firstPageOffset ?? 0, reused);
  let pending: FlowLine[] = [];
  let placed = 0;
  let groups = 0;
  for (let group = nextGroup(); group !== null; group = nextGroup()) {
    groups++;
    for (const line of group) for (const header of line.repeat ?? []) reused.add(header);
    pending = pending.concat(group);
    // A line may be kept with the next group's first lines only while the group ends keeping with next.
    const ready = pending.at(-1)?.keepWithNext ? pending.length - MAX_KEEP_CHAIN : pending.length;
    for (let i = 0; i < ready; i++) paginator.place(pending, i);
    if (ready > 0) {
      placed += ready;
      pending = pending.slice(ready);
    }
    if (pending.length === 0 && paginator.isClean) break;
  }
  for (let i = 0; i < pending.length; i++) paginator.place(pending, i);
  if (placed + pending.length === 0) return { pages: [], anchors: [], groups };
  return { pages: paginator.finish(), anchors: paginator.anchors, groups };
}
