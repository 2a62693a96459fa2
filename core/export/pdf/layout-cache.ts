/**
 * Incremental layout: the body's pages cut into units that each start on a
 * new page (an agenda item with its sub-items, where the template breaks the
 * page before items), kept between layouts and reused while their content is
 * unchanged. After an edit in one item only that item's unit is laid out
 * again; the pages after it are renumbered by the caller, which decorates
 * every page and rebuilds the contents as in a full layout.
 *
 * Pure and in memory: the caller holds a LayoutCache per open pack (or none,
 * for a one-off export) and passes it in LayoutOptions.cache.
 */
import type { Box, LaidOutComment, StructElem } from './boxes';
import type { FootnoteRegister, FlowLine } from './flow';
import type { PageGeometry } from './geometry';
import type { GlyphGuard, GlyphLog } from './glyphs';
import { paginateUnit, type PaginatedFlow, type PaginateOptions, type PlacedAnchor } from './paginate';

/** A part of the body (the introduction, an agenda item, the annex list), laid out only when asked. */
export interface BodyPart {
  /** Everything the part's lines depend on besides the layout's context and its offsets. */
  key(): string;
  /** Its first line starts a new page. */
  breaksBefore: boolean;
  lines(): FlowLine[];
}

/** Where laying the body out leaves traces besides its pages; a reused unit leaves the same ones. */
export interface LayoutEffects {
  root: StructElem;
  footnotes: FootnoteRegister;
  comments: LaidOutComment[];
  glyphs: GlyphGuard;
}

interface CachedUnit {
  /** The keys of the groups after the first that the unit took (a footnote ran on into them). */
  laterGroups: string[];
  pages: Box[][];
  anchors: PlacedAnchor[];
  structure: StructElem[];
  notes: string[];
  comments: LaidOutComment[];
  glyphs: GlyphLog;
}

export class LayoutCache {
  private context: readonly unknown[] = [];
  private units = new Map<string, CachedUnit>();
  /** Units laid out or reused by the last layout (for tests and benchmarks). */
  lastRun = { reused: 0, laidOut: 0 };
  /**
   * Each value's JSON, by identity: a pack is an immutable value (an edit makes
   * a new item, as the editor's model does), and writing 200 items' JSON for
   * every layout took a third of the time from an edit to its pages.
   */
  private readonly json = new WeakMap<object, string>();

  /** The value's content as a key: its JSON, written once per object. */
  contentKey(value: object): string {
    let key = this.json.get(value);
    if (key === undefined) this.json.set(value, (key = JSON.stringify(value)));
    return key;
  }

  /** Starts a layout: a different template, font, hyphenation or mode makes every unit stale. */
  begin(context: readonly unknown[]): Map<string, CachedUnit> {
    const same = context.length === this.context.length && context.every((value, i) => value === this.context[i]);
    if (!same) this.units = new Map();
    this.context = context;
    this.lastRun = { reused: 0, laidOut: 0 };
    return this.units;
  }

  /** Keeps only what the last layout used, so the cache holds one pack's layout, not its history. */
  end(used: Map<string, CachedUnit>): void {
    this.units = used;
  }
}

/** Groups of parts, each starting with a page break (the first one wherever it starts). */
function groupsOf(parts: readonly BodyPart[]): BodyPart[][] {
  const groups: BodyPart[][] = [];
  for (const part of parts) {
    if (part.breaksBefore || groups.length === 0) groups.push([part]);
    else groups.at(-1)!.push(part);
  }
  return groups;
}

const groupKey = (group: readonly BodyPart[]): string => group.map((part) => part.key()).join('\u0000');

/** Lays out and paginates the body, reusing every unit whose groups and offsets are unchanged. */
export function layoutBodyCached(
  parts: readonly BodyPart[],
  cache: LayoutCache,
  context: readonly unknown[],
  effects: LayoutEffects,
  geometry: PageGeometry,
  options: PaginateOptions,
): PaginatedFlow {
  const known = cache.begin(context);
  const used = new Map<string, CachedUnit>();
  const groups = groupsOf(parts);
  const keys = groups.map(groupKey);
  const pages: Box[][] = [];
  const anchors: PlacedAnchor[] = [];
  let next = 0;
  while (next < groups.length) {
    // Footnote numbers and comment indices run through the pack: part of what a unit's boxes show.
    const key = `${effects.footnotes.count}|${effects.comments.length}|${keys[next]!}`;
    let unit = known.get(key);
    const fits = unit && !used.has(key) && unit.laterGroups.every((later, i) => keys[next + 1 + i] === later);
    if (unit && fits) {
      replay(unit, effects);
      cache.lastRun.reused++;
    } else {
      unit = layOutUnit(groups, next, keys, effects, geometry, options);
      cache.lastRun.laidOut++;
    }
    used.set(key, unit);
    for (const a of unit.anchors) anchors.push({ ...a, pageIndex: a.pageIndex + pages.length });
    for (const page of unit.pages) pages.push(page);
    next += 1 + unit.laterGroups.length;
  }
  cache.end(used);
  return { pages, anchors };
}

function layOutUnit(
  groups: readonly BodyPart[][],
  first: number,
  keys: readonly string[],
  effects: LayoutEffects,
  geometry: PageGeometry,
  options: PaginateOptions,
): CachedUnit {
  const structureFrom = effects.root.kids.length;
  const notesFrom = effects.footnotes.count;
  const commentsFrom = effects.comments.length;
  effects.glyphs.startLog();
  let next = first;
  const flow = paginateUnit(() => (next < groups.length ? groups[next++]!.flatMap((part) => part.lines()) : null), geometry, options);
  return {
    laterGroups: keys.slice(first + 1, first + flow.groups),
    pages: flow.pages,
    anchors: flow.anchors,
    structure: effects.root.kids.slice(structureFrom),
    notes: effects.footnotes.since(notesFrom),
    comments: effects.comments.slice(commentsFrom),
    glyphs: effects.glyphs.stopLog(),
  };
}

function replay(unit: CachedUnit, effects: LayoutEffects): void {
  effects.root.kids.push(...unit.structure);
  for (const note of unit.notes) effects.footnotes.add(note);
  effects.comments.push(...unit.comments);
  effects.glyphs.replay(unit.glyphs);
}
