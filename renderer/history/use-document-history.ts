/**
 * The open document's one undo history (core/collab/pack-history) in the UI:
 * every pack the reducer makes is recorded, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z
 * (and Edit > Undo, which arrives as a historyUndo input) anywhere in the
 * window go to it, and an undone pack is dispatched back. The caret goes
 * where the step changed a section; focus in the agenda list stays there.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { Editor, Transforms, type BasePoint } from 'slate';
import { ReactEditor } from 'slate-react';
import { changedItems, type PackHistory } from '../../core/collab/pack-history';
import { sameNode } from '../../core/collab/rich-text-y';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import { emptyRichText, type RichText } from '../../core/model/rich-text';
import type { EditorRegistry } from '../find/registry';
import type { DocumentState } from '../state/document';
import { firstDifference } from './first-difference';
import { HISTORY_COMMAND_EVENT } from './history-command';
import { editGroup, historySession, type HistoryAction } from './history-steps';
import { SessionHistory } from './session-history';
import { isBehindLive } from '../live/with-live-updates';

export interface DocumentHistoryControls {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

/** What a live session needs of the history (renderer/live): its document, and what is on screen written into it. */
export interface LiveAccess {
  /** Builds the document for a live session (see SessionHistory.goLive); null without an open document. */
  goLive(): PackHistory | null;
  /** Writes what the editors show and the document does not have yet. */
  writeShown(): void;
}

export const DocumentHistoryContext = createContext<DocumentHistoryControls>({ undo() {}, redo() {}, canUndo: false, canRedo: false });

export function useDocumentHistory(): DocumentHistoryControls {
  return useContext(DocumentHistoryContext);
}

/** Inputs keep their own undo (a title being renamed, the find field) unless they edit the pack as you type. */
function keepsOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('[aria-modal="true"]')) return true;
  const typedInto = target.matches('textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])');
  return typedInto && !target.closest('[data-document-history]');
}

function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (event.ctrlKey === event.metaKey || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

interface Caret {
  itemId: string;
  key: string;
  /** Null: the section is empty now, the caret goes in it. */
  point: BasePoint | null;
}

/** The first section of the item the step changed, and where in it. */
function caretFor(before: AgendaItem | undefined, after: AgendaItem | undefined): Caret | null {
  if (!before || !after || before === after) return null;
  for (const key of new Set([...Object.keys(after.sections), ...Object.keys(before.sections)])) {
    const was = before.sections[key] ?? [];
    const now = after.sections[key] ?? [];
    if (sameNode(was, now)) continue;
    return { itemId: after.id, key, point: firstDifference(was, now) };
  }
  return null;
}

function placeCaret(registry: EditorRegistry, caret: Caret): boolean {
  const editor = registry.get(caret.itemId, caret.key);
  if (!editor) return false;
  const point = caret.point && Editor.hasPath(editor, caret.point.path) ? caret.point : Editor.end(editor, []);
  Transforms.select(editor, point);
  ReactEditor.focus(editor);
  try {
    const range = ReactEditor.toDOMRange(editor, editor.selection!);
    window.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  } catch {
    // Not drawn yet: slate-react puts the page's caret where the editor's is when it draws.
  }
  return true;
}

/**
 * The pack with the sections as their editors hold them now, and the step it belongs to: a
 * keystroke not yet rendered is nearly always typing, so it joins that section's typing.
 */
export function withEditorValues(pack: BriefingPack, registry: EditorRegistry): { pack: BriefingPack; group: string | null } {
  let items: AgendaItem[] | null = null;
  let group: string | null = null;
  for (const { itemId, sectionKey, editor } of registry.onScreen()) {
    const index = pack.items.findIndex((item) => item.id === itemId);
    const item = (items ?? pack.items)[index];
    const value = editor.children as RichText;
    if (!item || item.sections[sectionKey] === value || sameNode(item.sections[sectionKey] ?? emptyRichText(), value)) continue;
    items ??= pack.items.slice();
    items[index] = { ...item, sections: { ...item.sections, [sectionKey]: value } };
    group = `section:${itemId}:${sectionKey}`;
  }
  return items ? { pack: { ...pack, items }, group } : { pack, group: null };
}

export function useDocumentHistoryOwner(
  state: DocumentState | null,
  dispatch: Dispatch<HistoryAction>,
  registry: EditorRegistry,
): DocumentHistoryControls & { live: LiveAccess } {
  const owned = useRef<SessionHistory | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const [flags, setFlags] = useState({ canUndo: false, canRedo: false });
  const pendingCaret = useRef<Caret | null>(null);

  const syncFlags = useCallback(() => {
    const history = owned.current;
    const next = { canUndo: history?.canUndo ?? false, canRedo: history?.canRedo ?? false };
    setFlags((now) => (now.canUndo === next.canUndo && now.canRedo === next.canRedo ? now : next));
  }, []);

  const pack = state?.pack;
  const session = state ? historySession(state) : -1;
  useEffect(() => {
    const current = latest.current;
    // A render that began before the others' edits came in: what it typed was written already.
    if (current && isBehindLive(current)) return;
    if (current && owned.current?.session === session) owned.current.note(current.pack, editGroup(current));
    else {
      owned.current?.dispose();
      owned.current = current ? new SessionHistory(session, current.pack, syncFlags) : null;
    }
    syncFlags();
  }, [pack, session, syncFlags]);
  useEffect(() => () => owned.current?.dispose(), []);

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const current = latest.current;
      const history = owned.current;
      if (!current || !history) return;
      // What is on screen but not yet rendered into the pack (the last keystroke's update is a transition) goes in first.
      const shown = withEditorValues(current.pack, registry);
      history.note(shown.pack, shown.group ?? editGroup(current));
      const result = direction === 'undo' ? history.undo() : history.redo();
      if (!result) return;
      const { before, after: pack } = result;
      const changed = changedItems(before, pack);
      const selected = changed.length === 0 || changed.some((item) => item.id === current.selectedItemId) ? current.selectedItemId : changed[0]!.id;
      const inList = !!document.activeElement?.closest('.sidebar');
      pendingCaret.current = inList ? null : caretFor(before.items.find((i) => i.id === selected), pack.items.find((i) => i.id === selected));
      dispatch({ type: 'history-step', pack, selectItemId: selected });
      syncFlags();
    },
    [dispatch, syncFlags, registry],
  );

  useEffect(() => {
    const caret = pendingCaret.current;
    if (caret && placeCaret(registry, caret)) pendingCaret.current = null;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = historyKey(event);
      if (!direction || keepsOwnUndo(event.target)) return;
      event.preventDefault();
      step(direction);
    };
    // Edit > Undo and Redo in the menu (and some keyboards) send these instead of keys.
    const onBeforeInput = (event: InputEvent) => {
      if ((event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') || keepsOwnUndo(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      step(event.inputType === 'historyUndo' ? 'undo' : 'redo');
    };
    // Edit > Undo and Redo of the desktop app's menu: what the same keys would do where the focus is.
    const onMenu = (event: Event) => {
      const direction = (event as CustomEvent<unknown>).detail;
      if (direction !== 'undo' && direction !== 'redo') return;
      // A field that keeps its own undo (a title being renamed, a dialog's field) is undone as Ctrl+Z would undo it.
      if (keepsOwnUndo(document.activeElement)) document.execCommand(direction);
      else step(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeinput', onBeforeInput, { capture: true });
    window.addEventListener(HISTORY_COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeinput', onBeforeInput, { capture: true });
      window.removeEventListener(HISTORY_COMMAND_EVENT, onMenu);
    };
  }, [step]);

  const live = useMemo<LiveAccess>(
    () => ({
      goLive: () => owned.current?.goLive() ?? null,
      writeShown() {
        const current = latest.current;
        const history = owned.current;
        if (!current || !history) return;
        // A render from before the last live update holds the others' edits as they were: start from the history's pack.
        const shown = withEditorValues(isBehindLive(current) ? history.latest : current.pack, registry);
        history.note(shown.pack, shown.group ?? editGroup(current));
        history.flush();
      },
    }),
    [registry],
  );

  const { canUndo, canRedo } = flags;
  return useMemo(() => ({ undo: () => step('undo'), redo: () => step('redo'), canUndo, canRedo, live }), [step, canUndo, canRedo, live]);
}
