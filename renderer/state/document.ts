/**
 * The open document as the UI holds it. Edits replace the pack immutably, so
 * unchanged items keep their identity (cheap re-renders) and "dirty" is a
 * revision count compared with the revision last saved.
 */
import type { OpenedPack } from '../../core/contract';
import type { AgendaItem, BriefingPack, ItemStatus } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';

export interface DocumentState {
  documentId: string;
  fileName: string | null;
  pack: BriefingPack;
  selectedItemId: string | null;
  revision: number;
  savedRevision: number;
}

export type DocumentAction =
  | { type: 'opened'; document: OpenedPack }
  | { type: 'select'; itemId: string }
  | { type: 'edit-section'; itemId: string; key: string; value: RichText }
  | { type: 'set-status'; itemId: string; status: ItemStatus }
  | { type: 'saved'; fileName: string; revision: number };

export function openedState(document: OpenedPack): DocumentState {
  return {
    documentId: document.documentId,
    fileName: document.fileName,
    pack: document.pack,
    selectedItemId: document.pack.items[0]?.id ?? null,
    revision: 0,
    savedRevision: 0,
  };
}

export function isDirty(state: DocumentState): boolean {
  return state.revision !== state.savedRevision;
}

function updateItem(state: DocumentState, itemId: string, change: (item: AgendaItem) => AgendaItem): DocumentState {
  let changed = false;
  const items = state.pack.items.map((item) => {
    if (item.id !== itemId) return item;
    changed = true;
    return change(item);
  });
  if (!changed) return state;
  return { ...state, pack: { ...state.pack, items }, revision: state.revision + 1 };
}

export function documentReducer(state: DocumentState | null, action: DocumentAction): DocumentState | null {
  if (action.type === 'opened') return openedState(action.document);
  if (!state) return state;
  switch (action.type) {
    case 'select':
      return state.pack.items.some((item) => item.id === action.itemId) ? { ...state, selectedItemId: action.itemId } : state;
    case 'edit-section':
      return updateItem(state, action.itemId, (item) => ({
        ...item,
        sections: { ...item.sections, [action.key]: action.value },
      }));
    case 'set-status':
      return updateItem(state, action.itemId, (item) => ({ ...item, status: action.status }));
    case 'saved':
      return { ...state, fileName: action.fileName, savedRevision: action.revision };
  }
}
