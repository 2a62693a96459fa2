/**
 * What the document history needs from the reducer, added by wrapping it (as
 * with-versions does): which open document a state belongs to (each open or
 * restore is a new session, with a fresh history), which kind of edit made
 * the pack (typing in one section groups into one step, anything else is a
 * step of its own), and the action that puts an undone or redone pack in.
 */
import type { BriefingPack } from '../../core/model/pack';
import type { DocumentAction, DocumentState } from '../state/document';
import type { VersionAction } from '../versions/with-versions';

export type HistoryAction =
  | { type: 'history-step'; pack: BriefingPack; selectItemId: string | null }
  /** Colleagues' copies merged in (renderer/merge): one step of its own, which undo takes back whole. */
  | { type: 'merge-contributions'; pack: BriefingPack; changedBy?: DocumentState['changedBy'] };
/** An edit of a section that says whether it was only typing (see SectionEditor). */
export type SectionEdit = Extract<DocumentAction, { type: 'edit-section' }> & { typing?: boolean };

type AnyAction = DocumentAction | VersionAction;
type HistoryState = DocumentState & { session?: number; editGroup?: string };

export function historySession(state: DocumentState): number {
  return (state as HistoryState).session ?? 0;
}

export function editGroup(state: DocumentState): string {
  return (state as HistoryState).editGroup ?? '';
}

function groupOf(action: AnyAction | SectionEdit, revision: number): string {
  // Typing in one section is one step (Yjs's capture timeout ends it); a list, a mark or Enter is a step of its own.
  if (action.type === 'edit-section' && 'typing' in action && action.typing) return `section:${action.itemId}:${action.key}`;
  if (action.type === 'set-owner') return `owner:${action.itemId}`;
  return `${action.type}:${revision}`;
}

export function withHistorySteps(reducer: (state: DocumentState | null, action: AnyAction) => DocumentState | null) {
  return (state: DocumentState | null, action: AnyAction | SectionEdit | HistoryAction): DocumentState | null => {
    if (action.type === 'history-step') {
      if (!state) return state;
      // replace-pack remounts the editors, which read their value once.
      const replaced = reducer(state, { type: 'replace-pack', pack: action.pack })!;
      const selectItemId = action.pack.items.some((item) => item.id === action.selectItemId) ? action.selectItemId : replaced.selectedItemId;
      return { ...replaced, pack: action.pack, selectedItemId: selectItemId, deleted: null, editGroup: 'history' } as HistoryState;
    }
    if (action.type === 'merge-contributions') {
      if (!state) return state;
      const replaced = reducer(state, { type: 'replace-pack', pack: action.pack })!;
      // The merged pack's versions too: the copies' saved versions are pooled into it.
      const changedBy = action.changedBy ?? replaced.changedBy;
      return { ...replaced, pack: action.pack, deleted: null, session: historySession(state), editGroup: `merge:${replaced.revision}`, ...(changedBy ? { changedBy } : {}) } as HistoryState;
    }
    const next = reducer(state, action);
    if (!next || next === state) return next;
    if (action.type === 'opened') return { ...next, session: (state ? historySession(state) : 0) + 1 } as HistoryState;
    if (state && next.pack !== state.pack) {
      // The delete notice's Undo takes back the last step, so it goes as soon as another step follows.
      const deleted = action.type === 'delete-item' ? next.deleted : null;
      return { ...next, deleted, session: historySession(state), editGroup: groupOf(action, next.revision) } as HistoryState;
    }
    return { ...next, session: state ? historySession(state) : 0 } as HistoryState;
  };
}
