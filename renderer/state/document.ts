/**
 * The open document as the UI holds it. Edits replace the pack immutably, so
 * unchanged items keep their identity (cheap re-renders) and "dirty" is a
 * revision count compared with the revision last saved. The pack changes
 * themselves are the pure operations of core/model/pack-ops.
 */
import { recordContribution } from '../../core/model/contributions';
import type { OpenedPack } from '../../core/contract';
import { redactRange, type BlockRange } from '../../core/model/redact-range';
import type { Classification } from '../../core/model/classification';
import type { MarkingSystem } from '../../core/model/markings';
import type { AgendaItem, BriefingPack, CommentReply, ItemStatus } from '../../core/model/pack';
import * as ops from '../../core/model/pack-ops';
import { recordHandedOut, type CopyMark } from '../../core/model/recipient-copy';
import type { HandedOutCopy, Recipient } from '../../core/model/distribution';
import { checkRecipients } from '../../core/model/distribution-edit';
import type { RichText } from '../../core/model/rich-text';

/** One change to the outline, as the list announces it and the delete notice names it (undo is renderer/history's). */
export interface OutlineUndo {
  kind: 'add' | 'rename' | 'delete' | 'move' | 'indent' | 'outdent';
  /** The item it was about (for a delete: the first removed item). */
  title: string;
  /** For a delete: how many items went (the item and its sub-items). */
  count: number;
}

export type MainView = 'item' | 'overview';

export interface DocumentState {
  documentId: string;
  fileName: string | null;
  pack: BriefingPack;
  selectedItemId: string | null;
  revision: number;
  savedRevision: number;
  view: MainView;
  /** A notice offering to undo the last delete, until dismissed or something else happens to the outline. */
  deleted: OutlineUndo | null;
  /** Who changed each item last and when, as opened or last merged (OpenedPack.changedBy). */
  changedBy?: OpenedPack['changedBy'];
}

export type DocumentAction =
  /** `unsaved`: the pack exists only in memory so far (a reviewed import, a restored backup). */
  | { type: 'opened'; document: OpenedPack; unsaved?: boolean }
  | { type: 'select'; itemId: string }
  | { type: 'show'; view: MainView }
  | { type: 'edit-section'; itemId: string; key: string; value: RichText }
  | { type: 'set-status'; itemId: string; status: ItemStatus }
  | { type: 'set-owner'; itemId: string; owner: string }
  | { type: 'set-classification'; itemId: string; classification: Classification }
  | { type: 'set-pack-classification'; classification: Classification }
  | { type: 'set-marking-system'; markingSystem: MarkingSystem }
  | { type: 'set-marking-caveat'; caveat: string }
  | { type: 'set-pack-status'; status: 'draft' | 'final' }
  | { type: 'send-for-contribution'; colleague: string; itemIds: string[]; sentAt: string }
  /** The distribution list edited in its dialog, as a whole; a list the model refuses changes nothing. */
  | { type: 'set-distribution'; recipients: Recipient[] }
  /** A numbered copy was exported: it goes on the pack's record of copies handed out. */
  | { type: 'record-handed-out'; mark: CopyMark; id: string; date: string; format: HandedOutCopy['format'] }
  /** Names another template; the sections' text stays (core/template/resolve-sections places it). */
  | { type: 'set-template'; templateId: string }
  | { type: 'add-item'; id: string; title: string; afterId: string | null }
  | { type: 'rename-item'; itemId: string; title: string }
  | { type: 'delete-item'; itemId: string }
  | { type: 'move-item'; itemId: string; direction: -1 | 1 }
  | { type: 'move-item-before'; itemId: string; beforeId: string | null }
  | { type: 'indent-item'; itemId: string }
  | { type: 'outdent-item'; itemId: string }
  | { type: 'dismiss-deleted' }
  | { type: 'add-comment'; itemId: string; comment: ops.NewComment }
  | { type: 'reply-comment'; itemId: string; commentId: string; reply: CommentReply }
  | { type: 'resolve-comment'; itemId: string; commentId: string; resolved: boolean }
  /** A passage of the letter text marked for redaction under the Woo on this ground; null takes the mark off. */
  | { type: 'redact-source'; itemId: string; range: BlockRange; code: string | null }
  | { type: 'saved'; fileName: string; revision: number };

export function openedState(document: OpenedPack, unsaved = false): DocumentState {
  return {
    documentId: document.documentId,
    fileName: document.fileName,
    pack: document.pack,
    selectedItemId: document.pack.items[0]?.id ?? null,
    revision: 0,
    savedRevision: unsaved ? -1 : 0,
    view: 'item',
    deleted: null,
    ...(document.changedBy ? { changedBy: document.changedBy } : {}),
  };
}

export function isDirty(state: DocumentState): boolean {
  return state.revision !== state.savedRevision;
}

/** A new pack from an operation; the same state when the operation changed nothing. */
function withPack(state: DocumentState, pack: BriefingPack): DocumentState {
  if (pack === state.pack) return state;
  const selectedStillThere = pack.items.some((item) => item.id === state.selectedItemId);
  return {
    ...state,
    pack,
    revision: state.revision + 1,
    selectedItemId: selectedStillThere ? state.selectedItemId : (pack.items[0]?.id ?? null),
  };
}

function outlineChange(
  state: DocumentState,
  pack: BriefingPack,
  kind: OutlineUndo['kind'],
  itemId: string,
  removed: AgendaItem[] = [],
): DocumentState {
  const next = withPack(state, pack);
  if (next === state) return state;
  const item = state.pack.items.find((i) => i.id === itemId) ?? removed[0];
  const entry: OutlineUndo = { kind, title: item?.title ?? '', count: removed.length };
  return { ...next, deleted: kind === 'delete' ? entry : null };
}

export function documentReducer(state: DocumentState | null, action: DocumentAction): DocumentState | null {
  if (action.type === 'opened') return openedState(action.document, action.unsaved);
  if (!state) return state;
  const pack = state.pack;
  switch (action.type) {
    case 'select':
      return pack.items.some((item) => item.id === action.itemId) ? { ...state, selectedItemId: action.itemId, view: 'item' } : state;
    case 'show':
      return state.view === action.view ? state : { ...state, view: action.view };
    case 'edit-section': {
      const index = pack.items.findIndex((item) => item.id === action.itemId);
      const item = pack.items[index];
      if (!item) return state;
      const items = pack.items.slice();
      items[index] = { ...item, sections: { ...item.sections, [action.key]: action.value } };
      return withPack(state, { ...pack, items });
    }
    case 'set-status':
      return withPack(state, ops.setItemStatus(pack, action.itemId, action.status));
    case 'set-owner':
      return withPack(state, ops.setOwner(pack, action.itemId, action.owner));
    case 'set-classification':
      return withPack(state, ops.setItemClassification(pack, action.itemId, action.classification));
    case 'set-pack-classification':
      return withPack(state, ops.setPackClassification(pack, action.classification));
    case 'set-marking-system':
      return withPack(state, ops.setMarkingSystem(pack, action.markingSystem));
    case 'set-marking-caveat':
      return withPack(state, ops.setMarkingCaveat(pack, action.caveat));
    case 'set-pack-status':
      return withPack(state, ops.setPackStatus(pack, action.status));
    case 'send-for-contribution':
      return withPack(state, recordContribution(pack, action.colleague, action.itemIds, new Date(action.sentAt)));
    case 'set-distribution': {
      const checked = checkRecipients(pack, action.recipients);
      return checked.ok ? withPack(state, checked.pack) : state;
    }
    case 'record-handed-out':
      return withPack(state, recordHandedOut(pack, action, action));
    case 'set-template':
      return pack.templateId === action.templateId ? state : withPack(state, { ...pack, templateId: action.templateId });
    case 'add-item': {
      const level = 1;
      const next = outlineChange(state, ops.addItem(pack, ops.newItem(action.id, action.title, level), action.afterId), 'add', action.id);
      return next === state ? state : { ...next, selectedItemId: action.id, view: 'item' };
    }
    case 'rename-item':
      return outlineChange(state, ops.renameItem(pack, action.itemId, action.title), 'rename', action.itemId);
    case 'delete-item': {
      const { pack: next, removed } = ops.deleteItem(pack, action.itemId);
      if (removed.length === 0) return state;
      const index = pack.items.findIndex((item) => item.id === action.itemId);
      const changed = outlineChange(state, next, 'delete', action.itemId, removed);
      // Select the item that took its place, or the one before.
      const neighbour = next.items[Math.min(index, next.items.length - 1)];
      return { ...changed, selectedItemId: neighbour?.id ?? null };
    }
    case 'move-item':
      return outlineChange(state, ops.moveItem(pack, action.itemId, action.direction), 'move', action.itemId);
    case 'move-item-before':
      return outlineChange(state, ops.moveItemBefore(pack, action.itemId, action.beforeId), 'move', action.itemId);
    case 'indent-item':
      return outlineChange(state, ops.indentItem(pack, action.itemId), 'indent', action.itemId);
    case 'outdent-item':
      return outlineChange(state, ops.outdentItem(pack, action.itemId), 'outdent', action.itemId);
    case 'dismiss-deleted':
      return state.deleted ? { ...state, deleted: null } : state;
    case 'add-comment':
      return withPack(state, ops.addComment(pack, action.itemId, action.comment));
    case 'reply-comment':
      return withPack(state, ops.replyToComment(pack, action.itemId, action.commentId, action.reply));
    case 'resolve-comment':
      return withPack(state, ops.setCommentResolved(pack, action.itemId, action.commentId, action.resolved));
    case 'redact-source': {
      const index = pack.items.findIndex((item) => item.id === action.itemId);
      const item = pack.items[index];
      if (!item) return state;
      const items = pack.items.slice();
      items[index] = { ...item, source: redactRange(item.source, action.range, action.code) };
      return withPack(state, { ...pack, items });
    }
    case 'saved':
      return { ...state, fileName: action.fileName, savedRevision: action.revision };
  }
}
