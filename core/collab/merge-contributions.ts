/**
 * Merging colleagues' copies into the pack that is open in the app: the open
 * pack, unsaved typing included, is first taken as an edit on top of its
 * state, so nothing typed since the last save is lost; then the copies are
 * merged as `briefing merge` merges them. The result names each agenda item
 * the merge changed and who changed it: the people recorded in the copies
 * whose writing the open pack did not have yet.
 */
import * as Y from 'yjs';
import { recordReturned, type Contribution } from '../model/contributions';
import type { BriefingPack } from '../model/pack';
import type { PackContents } from '../pack/container';
import { comparePacks } from '../model/versions';
import { authorOfClient } from './contributors';
import { mergePackCopies, type MergedPack, type PackCopy } from './merge-packs';
import { packFromDoc } from './pack-doc';
import { docFromState, mergeStates, stateForPack } from './pack-state';

export interface ContributedItem {
  itemId: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  /** Names recorded in the copies that changed the item; a copy without a name is named by its file. */
  by: string[];
}

/** A sending for contribution that a merged copy brought back: which of the sent items it changed, and who. */
export interface ReturnedContribution {
  /** The sending's id in the pack. */
  id: string;
  colleague: string;
  sentAt: string;
  changed: { itemId: string; title: string; by: string[] }[];
  unchanged: { itemId: string; title: string }[];
}

export interface ContributionMerge extends MergedPack {
  items: ContributedItem[];
  returned: ReturnedContribution[];
}

export interface OpenPack {
  /** The pack as it is now in the app, with its annex and version files. */
  contents: PackContents;
  /**
   * Its state as opened or last saved (for a pack that had none: the base state of the pack as
   * opened, see stateForPack), so what was typed since is an edit on top, as in every copy.
   */
  state: Uint8Array;
  /** Its file name (or title) for messages. */
  file: string;
  /** Who is working in the app, for what the open pack adds to its state. */
  author: string;
}

export function mergeContributions(open: OpenPack, copies: readonly PackCopy[], now: () => Date = () => new Date()): ContributionMerge {
  const openState = stateForPack(open.contents.pack, open.state, open.author);
  const first: PackCopy = { file: open.file, contents: { ...open.contents, state: openState } };
  const merged = mergePackCopies([first, ...copies]);
  const before = open.contents.pack;
  const by = new Map<string, Set<string>>();
  const returned = new Map<string, ReturnedContribution>();
  // Per copy: what merging it alone changes, and whose writing it brings.
  for (const copy of copies) {
    const copyState = copy.contents.state ?? stateForPack(copy.contents.pack, undefined);
    const aloneDoc = docFromState(mergeStates([openState, copyState]));
    const alone = packFromDoc(aloneDoc);
    // The copy's writers are named in the merged document as in the copy's own: one document read, not two.
    const names = newWriters(openState, copyState, aloneDoc, copy.file);
    const changed = changedIds(before, alone);
    for (const id of changed) for (const name of names) (by.get(id) ?? by.set(id, new Set()).get(id)!).add(name);
    // A copy that carries a sending and brings someone's writing is that contribution coming back.
    if (names.length) for (const sent of copy.contents.pack.contributions ?? []) returned.set(sent.id, returnOf(sent, alone, new Set(changed), names));
  }
  const comparison = comparePacks(before, merged.contents.pack);
  const named = (id: string) => [...(by.get(id) ?? [])].sort((a, b) => a.localeCompare(b));
  const items: ContributedItem[] = [
    ...comparison.changed.map((item) => ({ itemId: item.id, title: item.title, change: 'changed' as const, by: named(item.id) })),
    ...comparison.added.map((item) => ({ itemId: item.id, title: item.title, change: 'added' as const, by: named(item.id) })),
    ...comparison.removed.map((item) => ({ itemId: item.id, title: item.title, change: 'removed' as const, by: named(item.id) })),
  ];
  // The pack records each sending that came back, as an edit on the merged state (so the two stay one).
  const pack = recordReturned(merged.contents.pack, [...returned.keys()], now());
  const contents = pack === merged.contents.pack ? merged.contents : { ...merged.contents, pack, state: stateForPack(pack, merged.contents.state, open.author) };
  return { ...merged, contents, items, returned: [...returned.values()] };
}

function returnOf(sent: Contribution, after: BriefingPack, changed: ReadonlySet<string>, names: string[]): ReturnedContribution {
  const titles = new Map(after.items.map((item) => [item.id, item.title]));
  const items = sent.itemIds.filter((id) => titles.has(id)).map((itemId) => ({ itemId, title: titles.get(itemId)! }));
  return {
    id: sent.id,
    colleague: sent.colleague,
    sentAt: sent.sentAt,
    changed: items.filter((item) => changed.has(item.itemId)).map((item) => ({ ...item, by: [...names].sort((a, b) => a.localeCompare(b)) })),
    unchanged: items.filter((item) => !changed.has(item.itemId)),
  };
}

function changedIds(before: BriefingPack, after: BriefingPack): string[] {
  const comparison = comparePacks(before, after);
  return [...comparison.changed, ...comparison.added, ...comparison.removed].map((item) => item.id);
}

/** The names of the writing sessions the copy has and the open state lacks (or has less of). */
function newWriters(openState: Uint8Array, copyState: Uint8Array, doc: Y.Doc, file: string): string[] {
  const known = Y.decodeStateVector(Y.encodeStateVectorFromUpdateV2(openState));
  const theirs = Y.decodeStateVector(Y.encodeStateVectorFromUpdateV2(copyState));
  const names = new Set<string>();
  let unnamed = false;
  for (const [client, clock] of theirs) {
    if ((known.get(client) ?? 0) >= clock) continue;
    const author = authorOfClient(doc, client);
    if (author) names.add(author);
    else unnamed = true;
  }
  if (names.size === 0 && unnamed) names.add(file);
  return [...names];
}
