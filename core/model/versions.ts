/**
 * Versions of a pack: creating the metadata of a snapshot, and comparing two
 * packs per agenda item (added, removed, renamed, which sections changed and
 * by how many words). Pure: no clock, no randomness; callers pass them in.
 */
import type { AgendaItem, BriefingPack, VersionMeta } from './pack';
import { MAX_VERSIONS } from './pack';
import type { RichText } from './rich-text';
import { plainLines } from './walk';
import { ownSection } from './own-section';

export const MAX_VERSION_NAME = 200;

/** Adds a version to a list, keeping the most recent MAX_VERSIONS; the name is trimmed and capped. */
export function addVersion(list: readonly VersionMeta[] | undefined, id: string, name: string, createdAt: Date): VersionMeta[] {
  const meta: VersionMeta = { id, name: name.trim().slice(0, MAX_VERSION_NAME), createdAt: createdAt.toISOString() };
  return [...(list ?? []), meta].slice(-MAX_VERSIONS);
}

/** A version id that is not used in the list yet: v1, v2, … */
export function nextVersionId(list: readonly VersionMeta[] | undefined): string {
  const used = new Set((list ?? []).map((v) => v.id));
  let n = (list?.length ?? 0) + 1;
  while (used.has(`v${n}`)) n++;
  return `v${n}`;
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export interface WordDiff {
  added: number;
  removed: number;
  /** The words in reading order, runs merged; spaces between words are implied. */
  parts: DiffPart[];
}

export interface SectionChange {
  key: string;
  diff: WordDiff;
}

export interface ItemChange {
  id: string;
  title: string;
  /** The title in the older pack, when it was renamed. */
  previousTitle: string | null;
  statusChanged: boolean;
  sections: SectionChange[];
}

export interface PackComparison {
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  changed: ItemChange[];
  /** Nothing differs in the items. */
  identical: boolean;
}

const WORD_SPLIT = /\s+/u;

export function words(value: RichText | undefined): string[] {
  if (!value) return [];
  return plainLines(value)
    .join(' ')
    .split(WORD_SPLIT)
    .filter((word) => word.length > 0);
}

function push(parts: DiffPart[], kind: DiffPart['kind'], word: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += ` ${word}`;
  else parts.push({ kind, text: word });
}

/**
 * Word-level difference (longest common subsequence). The common start and end
 * are taken off first, so a small edit in a long section stays cheap.
 */
export function diffWords(before: readonly string[], after: readonly string[]): WordDiff {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const b = before.slice(start, endB);
  const a = after.slice(start, endA);
  const parts: DiffPart[] = [];
  for (const word of before.slice(0, start)) push(parts, 'same', word);
  let added = 0;
  let removed = 0;
  const cells = (b.length + 1) * (a.length + 1);
  if (cells > 4_000_000) {
    // Too large to align word by word: report it as replaced.
    for (const word of b) push(parts, 'removed', word);
    for (const word of a) push(parts, 'added', word);
    removed = b.length;
    added = a.length;
  } else {
    // lcs[i][j] = length of the LCS of b[i..] and a[j..]
    const width = a.length + 1;
    const lcs = new Uint32Array(cells);
    for (let i = b.length - 1; i >= 0; i--) {
      for (let j = a.length - 1; j >= 0; j--) {
        lcs[i * width + j] = b[i] === a[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < b.length || j < a.length) {
      if (i < b.length && j < a.length && b[i] === a[j]) {
        push(parts, 'same', b[i]!);
        i++;
        j++;
      } else if (j < a.length && (i >= b.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
        push(parts, 'added', a[j]!);
        added++;
        j++;
      } else {
        push(parts, 'removed', b[i]!);
        removed++;
        i++;
      }
    }
  }
  for (const word of before.slice(endB)) push(parts, 'same', word);
  return { added, removed, parts };
}

function compareItems(before: AgendaItem, after: AgendaItem): ItemChange | null {
  const keys = [...new Set([...Object.keys(before.sections), ...Object.keys(after.sections)])];
  const sections: SectionChange[] = [];
  for (const key of keys) {
    const diff = diffWords(words(ownSection(before.sections, key)), words(ownSection(after.sections, key)));
    if (diff.added > 0 || diff.removed > 0) sections.push({ key, diff });
  }
  const renamed = before.title !== after.title;
  const statusChanged = before.status !== after.status;
  if (!renamed && !statusChanged && sections.length === 0) return null;
  return { id: after.id, title: after.title, previousTitle: renamed ? before.title : null, statusChanged, sections };
}

/** What changed from `before` (older) to `after` (newer), per agenda item, matched by item id. */
export function comparePacks(before: BriefingPack, after: BriefingPack): PackComparison {
  const beforeById = new Map(before.items.map((item) => [item.id, item]));
  const afterIds = new Set(after.items.map((item) => item.id));
  const added: PackComparison['added'] = [];
  const changed: ItemChange[] = [];
  for (const item of after.items) {
    const old = beforeById.get(item.id);
    if (!old) {
      added.push({ id: item.id, title: item.title });
      continue;
    }
    const change = compareItems(old, item);
    if (change) changed.push(change);
  }
  const removed = before.items.filter((item) => !afterIds.has(item.id)).map((item) => ({ id: item.id, title: item.title }));
  return { added, removed, changed, identical: added.length === 0 && removed.length === 0 && changed.length === 0 };
}
