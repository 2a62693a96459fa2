/**
 * Pure operations on a briefing pack: the agenda outline (add, rename,
 * delete, move, indent), the workflow fields (owner, status, classification,
 * pack status) and comments on an item's source text. Each returns a new
 * pack and leaves untouched items as they were, so a UI can compare by
 * identity. None reads a clock or a random source: ids and times come in.
 */
import { CLASSIFICATIONS, highestClassification, type Classification } from './classification';
import type { MarkingSystem } from './markings';
import type { AgendaItem, BriefingPack, CommentReply, ItemStatus, SourceComment } from './pack';
import type { BlockElement, RichText } from './rich-text';
import { anchorRuns, inlineText, isBlankRichText, richTextWords } from './walk';
import { ownSection } from './own-section';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A new id: `<prefix>-<8 base-36 characters>` from the given random source,
 * drawn again while it is taken. Valid for the model's id pattern.
 */
export function createId(prefix: string, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  const safePrefix = prefix.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || 'id';
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 8; i++) suffix += Math.floor(random() * 36).toString(36);
    const id = `${safePrefix}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id used in the pack: items, comments and replies (ids need only be unique per kind, this is stricter). */
export function usedIds(pack: BriefingPack): Set<string> {
  const ids = new Set<string>();
  for (const item of pack.items) {
    ids.add(item.id);
    for (const comment of item.comments) {
      ids.add(comment.id);
      for (const reply of comment.replies) ids.add(reply.id);
    }
  }
  return ids;
}

const MAX_TITLE = 500;

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

function withItems(pack: BriefingPack, items: AgendaItem[]): BriefingPack {
  return { ...pack, items: normalizeLevels(items) };
}

/** The first item cannot be a sub-item: there is nothing to sit under. */
function normalizeLevels(items: AgendaItem[]): AgendaItem[] {
  const first = items[0];
  if (first && first.level !== 1) return [{ ...first, level: 1 }, ...items.slice(1)];
  return items;
}

function indexOfItem(pack: BriefingPack, itemId: string): number {
  return pack.items.findIndex((item) => item.id === itemId);
}

/** The item at `index` and its sub-items: [start, end). A sub-item's block is itself. */
export function blockRange(items: readonly AgendaItem[], index: number): [number, number] {
  const item = items[index];
  if (!item) return [index, index];
  let end = index + 1;
  if (item.level === 1) while (end < items.length && items[end]!.level === 2) end++;
  return [index, end];
}

function updateItem(pack: BriefingPack, itemId: string, change: (item: AgendaItem) => AgendaItem): BriefingPack {
  const index = indexOfItem(pack, itemId);
  if (index < 0) return pack;
  const item = pack.items[index]!;
  const next = change(item);
  if (next === item) return pack;
  const items = pack.items.slice();
  items[index] = next;
  return { ...pack, items };
}

export function newItem(id: string, title: string, level: 1 | 2 = 1): AgendaItem {
  if (!ID_PATTERN.test(id)) throw new Error(`invalid item id ${id}`);
  return { id, title: cleanTitle(title), level, source: [], sections: {}, owner: '', status: 'draft', classification: 'unclassified', comments: [] };
}

/**
 * Adds an item after `afterId` and its sub-items (a sub-item when afterId is one,
 * so it joins the same group), or at the end.
 */
export function addItem(pack: BriefingPack, item: AgendaItem, afterId?: string | null): BriefingPack {
  if (pack.items.some((existing) => existing.id === item.id)) throw new Error(`duplicate item id ${item.id}`);
  const after = afterId ? indexOfItem(pack, afterId) : -1;
  if (after < 0) return withItems(pack, [...pack.items, item]);
  const anchor = pack.items[after]!;
  const [, end] = blockRange(pack.items, after);
  const placed: AgendaItem = anchor.level === 2 && item.level === 1 ? { ...item, level: 2 } : item;
  return withItems(pack, [...pack.items.slice(0, end), placed, ...pack.items.slice(end)]);
}

export function renameItem(pack: BriefingPack, itemId: string, title: string): BriefingPack {
  const clean = cleanTitle(title);
  if (!clean) return pack;
  return updateItem(pack, itemId, (item) => (item.title === clean ? item : { ...item, title: clean }));
}

/** Removes an item with its sub-items; returns what was removed, for undo. */
export function deleteItem(pack: BriefingPack, itemId: string): { pack: BriefingPack; removed: AgendaItem[] } {
  const index = indexOfItem(pack, itemId);
  if (index < 0) return { pack, removed: [] };
  const [start, end] = blockRange(pack.items, index);
  return {
    pack: withItems(pack, [...pack.items.slice(0, start), ...pack.items.slice(end)]),
    removed: pack.items.slice(start, end),
  };
}

/**
 * Moves an item one place up or down among its siblings, taking its
 * sub-items along. A sub-item at the edge of its group moves into the
 * neighbouring group; an item never moves past the start or end.
 */
export function moveItem(pack: BriefingPack, itemId: string, direction: -1 | 1): BriefingPack {
  const items = pack.items;
  const index = indexOfItem(pack, itemId);
  if (index < 0) return pack;
  const [start, end] = blockRange(items, index);
  const block = items.slice(start, end);
  const rest = [...items.slice(0, start), ...items.slice(end)];
  const level = items[index]!.level;
  let insertAt: number;
  if (level === 2) {
    if (direction < 0) {
      // Past the previous item; a sub-item cannot become the first item.
      if (start <= 1) return pack;
      insertAt = start - 1;
    } else {
      if (end >= items.length) return pack;
      insertAt = start + 1;
    }
  } else if (direction < 0) {
    // Before the previous level-1 item.
    let prev = start - 1;
    while (prev >= 0 && items[prev]!.level === 2) prev--;
    if (prev < 0) return pack;
    insertAt = prev;
  } else {
    if (end >= items.length) return pack;
    const [, nextEnd] = blockRange(items, end);
    insertAt = nextEnd - block.length;
  }
  return withItems(pack, [...rest.slice(0, insertAt), ...block, ...rest.slice(insertAt)]);
}

/**
 * Moves an item with its sub-items so that it sits before the item `beforeId`
 * (or at the end when beforeId is null): what a drop in a list does.
 */
export function moveItemBefore(pack: BriefingPack, itemId: string, beforeId: string | null): BriefingPack {
  const index = indexOfItem(pack, itemId);
  if (index < 0 || itemId === beforeId) return pack;
  const [start, end] = blockRange(pack.items, index);
  const block = pack.items.slice(start, end);
  if (beforeId && block.some((item) => item.id === beforeId)) return pack; // into itself
  const rest = [...pack.items.slice(0, start), ...pack.items.slice(end)];
  const target = beforeId === null ? rest.length : rest.findIndex((item) => item.id === beforeId);
  if (target < 0) return pack;
  const items = [...rest.slice(0, target), ...block, ...rest.slice(target)];
  if (items.every((item, i) => item === pack.items[i])) return pack;
  return withItems(pack, items);
}

/** Makes an item a sub-item of the item before it; its own sub-items join that group. */
export function indentItem(pack: BriefingPack, itemId: string): BriefingPack {
  const index = indexOfItem(pack, itemId);
  if (index <= 0) return pack;
  return updateItem(pack, itemId, (item) => (item.level === 2 ? item : { ...item, level: 2 }));
}

/** Makes a sub-item an item of its own; the sub-items after it in its group now sit under it. */
export function outdentItem(pack: BriefingPack, itemId: string): BriefingPack {
  return updateItem(pack, itemId, (item) => (item.level === 1 ? item : { ...item, level: 1 }));
}

/**
 * Undo for outline changes: the order, levels and titles of `before`, with
 * the current content of items that still exist (so annotation written
 * since is kept) and items that were removed brought back as they were.
 */
export function restoreOutline(pack: BriefingPack, before: readonly AgendaItem[]): BriefingPack {
  const current = new Map(pack.items.map((item) => [item.id, item]));
  const restored = before.map((old) => {
    const now = current.get(old.id);
    if (!now) return old;
    return now.level === old.level && now.title === old.title ? now : { ...now, level: old.level, title: old.title };
  });
  const kept = new Set(before.map((item) => item.id));
  // Items added since `before` that are not part of it stay, at the end.
  const added = pack.items.filter((item) => !kept.has(item.id));
  return withItems(pack, [...restored, ...added]);
}

export function setOwner(pack: BriefingPack, itemId: string, owner: string): BriefingPack {
  const clean = owner.slice(0, 200);
  return updateItem(pack, itemId, (item) => (item.owner === clean ? item : { ...item, owner: clean }));
}

export function setItemStatus(pack: BriefingPack, itemId: string, status: ItemStatus): BriefingPack {
  return updateItem(pack, itemId, (item) => (item.status === status ? item : { ...item, status }));
}

export function setItemClassification(pack: BriefingPack, itemId: string, classification: Classification): BriefingPack {
  return updateItem(pack, itemId, (item) => (item.classification === classification ? item : { ...item, classification }));
}

export function setPackClassification(pack: BriefingPack, classification: Classification): BriefingPack {
  return pack.classification === classification ? pack : { ...pack, classification };
}

export function setMarkingSystem(pack: BriefingPack, markingSystem: MarkingSystem): BriefingPack {
  return pack.markingSystem === markingSystem ? pack : { ...pack, markingSystem };
}

/** The caveat line as typed, on one line; blank removes it. */
export function setMarkingCaveat(pack: BriefingPack, caveat: string): BriefingPack {
  const line = caveat.replace(/[\r\n]+/g, ' ').slice(0, 200);
  if ((pack.markingCaveat ?? '') === line) return pack;
  const { markingCaveat: _removed, ...rest } = pack;
  return line ? { ...rest, markingCaveat: line } : rest;
}

/** The level the pack is marked at: the highest of the pack's own and all its items'. */
export function packMarkingLevel(pack: BriefingPack): Classification {
  return highestClassification([pack.classification, ...pack.items.map((item) => item.classification)]);
}

/** The items that raise the pack's marking above its own classification. */
export function itemsRaisingClassification(pack: BriefingPack): AgendaItem[] {
  const own = CLASSIFICATIONS.indexOf(pack.classification);
  return pack.items.filter((item) => CLASSIFICATIONS.indexOf(item.classification) > own);
}

export type FinalCheck = { ok: true } | { ok: false; drafts: AgendaItem[] };

/** A pack can be final only when no item is still a draft. */
export function canBeFinal(pack: BriefingPack): FinalCheck {
  const drafts = pack.items.filter((item) => item.status === 'draft');
  return drafts.length === 0 ? { ok: true } : { ok: false, drafts };
}

/** Sets the pack status; refuses (returns the pack unchanged) to make a pack with draft items final. */
export function setPackStatus(pack: BriefingPack, status: 'draft' | 'final'): BriefingPack {
  if (pack.status === status) return pack;
  if (status === 'final' && !canBeFinal(pack).ok) return pack;
  return { ...pack, status };
}

// ---------------------------------------------------------------- comments

export type CommentAnchor = SourceComment['anchor'];

/** The comments still open: the exporters print only these (Word also keeps the resolved ones, as resolved). */
export function openComments(comments: readonly SourceComment[] | undefined): SourceComment[] {
  return (comments ?? []).filter((comment) => !comment.resolved);
}

/** A block's plain text for anchors: list items and rows on lines of their own, table cells joined by a tab. */
export function anchorText(block: BlockElement): string {
  if (block.type === 'table') return block.children.map((row) => row.children.map((cell) => inlineText(cell.children)).join('\t')).join('\n');
  return anchorRuns(block).map(inlineText).join('\n');
}

/** The passage an anchor points at now, or null when it no longer fits the source. */
export function anchoredPassage(source: RichText, anchor: CommentAnchor): string | null {
  const block = source[anchor.block];
  if (!block || anchor.start >= anchor.end) return null;
  const text = anchorText(block);
  if (anchor.end > text.length) return null;
  const passage = text.slice(anchor.start, anchor.end);
  return passage === anchor.quote ? passage : null;
}

/** An anchor for characters [start, end) of a source block, with its quote; null when empty or out of range. */
export function makeAnchor(source: RichText, block: number, start: number, end: number): CommentAnchor | null {
  const element = source[block];
  if (!element) return null;
  const text = anchorText(element);
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  // Trim white space at either end, so a sloppy selection anchors to the words.
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s >= e) return null;
  return { block, start: s, end: e, quote: text.slice(s, e).slice(0, 5_000) };
}

/**
 * The passage of words within block, for commenting without a mouse: the first
 * place the words occur, matched regardless of case and of runs of white space.
 * Null when they do not occur there.
 */
export function findPassage(source: RichText, block: number, words: string): CommentAnchor | null {
  const element = source[block];
  const wanted = words.trim().replace(/\s+/g, ' ');
  if (!element || wanted === '') return null;
  const text = anchorText(element);
  // Compare character by character, folding case one character at a time so offsets stay those of the text.
  const fold = (c: string): string => (c.toLocaleLowerCase().length === 1 ? c.toLocaleLowerCase() : c);
  const isSpace = (c: string): boolean => /\s/.test(c);
  for (let start = 0; start < text.length; start++) {
    let t = start;
    let w = 0;
    while (w < wanted.length && t < text.length) {
      if (wanted[w] === ' ' && isSpace(text[t]!)) {
        while (t < text.length && isSpace(text[t]!)) t++;
        w++;
      } else if (fold(text[t]!) === fold(wanted[w]!)) {
        t++;
        w++;
      } else break;
    }
    if (w === wanted.length) return makeAnchor(source, block, start, t);
  }
  return null;
}

function updateComment(pack: BriefingPack, itemId: string, commentId: string, change: (comment: SourceComment) => SourceComment): BriefingPack {
  return updateItem(pack, itemId, (item) => {
    const index = item.comments.findIndex((comment) => comment.id === commentId);
    if (index < 0) return item;
    const before = item.comments[index]!;
    const after = change(before);
    if (after === before) return item;
    const comments = item.comments.slice();
    comments[index] = after;
    return { ...item, comments };
  });
}

export interface NewComment {
  id: string;
  anchor: CommentAnchor;
  author: string;
  createdAt: string;
  text: string;
}

/** Adds a comment; refuses (pack unchanged) an empty text or an anchor that does not fit the source. */
export function addComment(pack: BriefingPack, itemId: string, comment: NewComment): BriefingPack {
  const text = comment.text.trim();
  if (!text) return pack;
  return updateItem(pack, itemId, (item) => {
    if (anchoredPassage(item.source, comment.anchor) === null) return item;
    if (item.comments.some((existing) => existing.id === comment.id)) return item;
    const added: SourceComment = { ...comment, author: comment.author.trim().slice(0, 200), text, resolved: false, replies: [] };
    return { ...item, comments: [...item.comments, added] };
  });
}

export function replyToComment(pack: BriefingPack, itemId: string, commentId: string, reply: CommentReply): BriefingPack {
  const text = reply.text.trim();
  if (!text) return pack;
  return updateComment(pack, itemId, commentId, (comment) =>
    comment.replies.some((existing) => existing.id === reply.id)
      ? comment
      : { ...comment, replies: [...comment.replies, { ...reply, author: reply.author.trim().slice(0, 200), text }] },
  );
}

export function setCommentResolved(pack: BriefingPack, itemId: string, commentId: string, resolved: boolean): BriefingPack {
  return updateComment(pack, itemId, commentId, (comment) => (comment.resolved === resolved ? comment : { ...comment, resolved }));
}

export function deleteComment(pack: BriefingPack, itemId: string, commentId: string): BriefingPack {
  return updateItem(pack, itemId, (item) =>
    item.comments.some((comment) => comment.id === commentId)
      ? { ...item, comments: item.comments.filter((comment) => comment.id !== commentId) }
      : item,
  );
}

/** Comments in reading order: by block, then by where the passage starts. */
export function commentsInOrder(comments: readonly SourceComment[]): SourceComment[] {
  return comments.slice().sort((a, b) => a.anchor.block - b.anchor.block || a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
}

// ---------------------------------------------------------------- overview

export interface ItemOverview {
  item: AgendaItem;
  /** 1-based number among level-1 items; sub-items carry their parent's number. */
  number: number;
  words: number;
  /** Template section keys with nothing written. */
  missing: string[];
  openComments: number;
}

export interface PackOverview {
  items: ItemOverview[];
  totalWords: number;
  byStatus: Record<ItemStatus, AgendaItem[]>;
  /** Owner name ('' for none) to items, owners in first-seen order. */
  byOwner: Map<string, AgendaItem[]>;
  marking: Classification;
  final: FinalCheck;
}

export function itemWords(item: AgendaItem): number {
  return Object.values(item.sections).reduce((sum, value) => sum + richTextWords(value), 0);
}

export function packOverview(pack: BriefingPack, sectionKeys: readonly string[]): PackOverview {
  let number = 0;
  const items = pack.items.map((item): ItemOverview => {
    if (item.level === 1 || number === 0) number++;
    const missing = sectionKeys.filter((key) => {
      const value = ownSection(item.sections, key);
      return !value || isBlankRichText(value);
    });
    return { item, number, words: itemWords(item), missing, openComments: openComments(item.comments).length };
  });
  const byStatus: Record<ItemStatus, AgendaItem[]> = { draft: [], 'in-review': [], approved: [] };
  const byOwner = new Map<string, AgendaItem[]>();
  for (const item of pack.items) {
    byStatus[item.status].push(item);
    const owner = item.owner.trim();
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
  }
  return {
    items,
    totalWords: items.reduce((sum, entry) => sum + entry.words, 0),
    byStatus,
    byOwner,
    marking: packMarkingLevel(pack),
    final: canBeFinal(pack),
  };
}
