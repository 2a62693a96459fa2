/**
 * The others' edits in a live session reach the document state as one action
 * that replaces the pack without remounting the editors (they were brought up
 * to date in place, see sync-editors.ts). A keystroke's edit made before it
 * and still on its way (a React transition) carries a section value from
 * before: what it typed was already written to the document (the history
 * writes what the editors show before taking the others' updates), so it is
 * dropped instead of putting the old value back over theirs.
 */
import type { BriefingPack } from '../../core/model/pack';
import type { DocumentState } from '../state/document';

export type LiveAction = { type: 'live-update'; pack: BriefingPack };

/** Counts live updates; each section value handed up is stamped with the count when it was made. */
let updates = 0;
const madeAt = new WeakMap<object, number>();

/** Called as an editor hands up its value (before React takes the edit in). */
export function stampEdit(value: object): void {
  madeAt.set(value, updates);
}

/** Called as the others' edits are taken in, before their live-update is dispatched: what is handed up from now on is newer. */
export function markLiveUpdate(): void {
  updates++;
}

/**
 * A state made from a pack older than the last live update (a keystroke's render that
 * React finished after the others' edits came in): the history must not take its pack,
 * which would put the others' edits back as they were.
 */
export function isBehindLive(state: DocumentState): boolean {
  return ((state as LiveState).liveEpoch ?? 0) < updates;
}

type LiveState = DocumentState & { liveEpoch?: number };

function isStale(value: unknown): boolean {
  const stamp = typeof value === 'object' && value !== null ? madeAt.get(value) : undefined;
  return stamp !== undefined && stamp < updates;
}

export function withLiveUpdates<A extends { type: string }>(reducer: (state: DocumentState | null, action: A) => DocumentState | null) {
  return (state: DocumentState | null, action: A | LiveAction): DocumentState | null => {
    if (action.type === 'live-update') {
      const { pack } = action as LiveAction;
      if (!state || pack === state.pack) return state;
      const selectedItemId = pack.items.some((item) => item.id === state.selectedItemId) ? state.selectedItemId : (pack.items[0]?.id ?? null);
      // The history already holds this pack: 'live' tells it nothing new was done here.
      return { ...state, pack, selectedItemId, revision: state.revision + 1, editGroup: 'live', liveEpoch: updates } as DocumentState;
    }
    if (action.type === 'edit-section' && isStale((action as { type: string; value?: unknown }).value)) return state;
    const next = reducer(state, action as A);
    if (!next || next === state) return next;
    // A newly opened pack starts level with the live updates; anything else keeps its state's.
    const liveEpoch = action.type === 'opened' || !state ? updates : ((state as LiveState).liveEpoch ?? 0);
    return { ...next, liveEpoch } as DocumentState;
  };
}
