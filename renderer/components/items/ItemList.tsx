import { useCallback, useEffect, useId, useMemo, useRef, useState, type Dispatch, type DragEvent, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../core/model/pack';
import { blockRange, createId, usedIds } from '../../../core/model/pack-ops';
import { sentItems } from '../../../core/model/contributions';
import { useWorkflowMessages } from '../../i18n/workflow';
import { useMessages } from '../../language-context';
import type { DocumentAction, DocumentState } from '../../state/document';
import { PackPanel } from './PackPanel';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { useRovingToolbar } from '../../hooks/use-roving-toolbar';
import { useDocumentHistory } from '../../history/use-document-history';
import { ItemRow } from './ItemRow';

interface ItemListProps {
  state: DocumentState;
  dispatch: Dispatch<DocumentAction>;
}

type DropHint = { itemId: string; where: 'before' | 'after' } | null;

/**
 * The agenda as an editable outline: select, add, rename (F2 or double-click),
 * delete with undo, move (Alt+arrows or drag and drop), indent and outdent
 * (Alt+Shift+Right and Left, as Word's outline, or the buttons). Undo and Redo (the buttons, Ctrl+Z and
 * Ctrl+Y) are the document's one history, shared with the editors.
 */
export function ItemList({ state, dispatch }: ItemListProps) {
  const t = useMessages();
  const w = useWorkflowMessages();
  const helpId = useId();
  const history = useDocumentHistory();
  const { pack, selectedItemId } = state;
  const items = pack.items;
  const sent = useMemo(() => sentItems(pack), [pack]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<DropHint>(null);
  const [announcement, setAnnouncement] = useState('');
  const dragged = useRef<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const onActionsKeyDown = useRovingToolbar(actionsRef);

  useEffect(() => {
    const pending = focusAfterRender.current;
    if (!pending || renaming) return;
    // "__selected__": whichever row is selected once the change has rendered.
    const id = pending === '__selected__' ? selectedItemId : pending;
    focusAfterRender.current = null;
    if (!id) return;
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-item-id="${CSS.escape(id)}"]`)?.focus();
  });

  const selected = items.find((item) => item.id === selectedItemId) ?? null;
  const selectedIndex = selected ? items.indexOf(selected) : -1;

  const act = useCallback(
    (action: DocumentAction, focusId: string | null, message = '') => {
      if (focusId) focusAfterRender.current = focusId;
      dispatch(action);
      setAnnouncement(message);
    },
    [dispatch],
  );

  const add = () => {
    const id = createId('item', usedIds(pack));
    act({ type: 'add-item', id, title: w.newItemTitle, afterId: selectedItemId }, null, w.changed('add', w.newItemTitle));
    setRenaming(id);
  };
  const remove = (item: AgendaItem) => act({ type: 'delete-item', itemId: item.id }, '__selected__');
  const move = (item: AgendaItem, direction: -1 | 1) => {
    act({ type: 'move-item', itemId: item.id, direction }, item.id);
  };
  const undo = () => {
    if (!history.canUndo) return;
    focusAfterRender.current = '__selected__';
    history.undo();
    setAnnouncement(w.undone);
  };
  const redo = () => {
    if (!history.canRedo) return;
    focusAfterRender.current = '__selected__';
    history.redo();
    setAnnouncement(t.redo);
  };

  // After a move, say where the item is now.
  const lastMoved = useRef<string | null>(null);
  useEffect(() => {
    const id = lastMoved.current;
    if (!id) return;
    lastMoved.current = null;
    const index = items.findIndex((item) => item.id === id);
    if (index >= 0) setAnnouncement(w.moved(items[index]!.title, index + 1, items.length));
  }, [items, w]);

  const onRowKeyDown = (event: KeyboardEvent<HTMLButtonElement>, item: AgendaItem) => {
    const index = items.indexOf(item);
    if (event.key === 'F2') {
      event.preventDefault();
      setRenaming(item.id);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      lastMoved.current = item.id;
      move(item, event.key === 'ArrowUp' ? -1 : 1);
    } else if (!event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown' || event.key === 'Home' || event.key === 'End')) {
      event.preventDefault();
      const next =
        event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : index + (event.key === 'ArrowUp' ? -1 : 1);
      const target = items[next];
      if (target) act({ type: 'select', itemId: target.id }, target.id);
    } else if (event.altKey && event.shiftKey && !event.ctrlKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      // Word's outline keys; Tab is left alone, so it moves focus on as in every desktop list.
      event.preventDefault();
      if (event.key === 'ArrowRight' && item.level === 1 && index > 0) {
        act({ type: 'indent-item', itemId: item.id }, item.id, w.changed('indent', item.title));
      } else if (event.key === 'ArrowLeft' && item.level === 2) {
        act({ type: 'outdent-item', itemId: item.id }, item.id, w.changed('outdent', item.title));
      }
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove(item);
    }
  };

  const onRename = (itemId: string, title: string | null) => {
    setRenaming(null);
    focusAfterRender.current = itemId;
    if (title !== null && title.trim()) act({ type: 'rename-item', itemId, title }, itemId);
    else setAnnouncement('');
  };

  const onDragStart = (event: DragEvent<HTMLLIElement>, itemId: string) => {
    dragged.current = itemId;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', itemId);
  };
  const dropWhere = (event: DragEvent<HTMLLIElement>): 'before' | 'after' => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };
  const onDragOver = (event: DragEvent<HTMLLIElement>, itemId: string) => {
    if (!dragged.current || dragged.current === itemId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const where = dropWhere(event);
    if (dropHint?.itemId !== itemId || dropHint.where !== where) setDropHint({ itemId, where });
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, itemId: string) => {
    event.preventDefault();
    const moving = dragged.current;
    dragged.current = null;
    setDropHint(null);
    if (!moving || moving === itemId) return;
    const where = dropWhere(event);
    let beforeId: string | null = itemId;
    if (where === 'after') {
      const index = items.findIndex((item) => item.id === itemId);
      // After a row with sub-items: after its whole group, so the group stays together.
      const [, end] = blockRange(items, index);
      beforeId = items[end]?.id ?? null;
      if (beforeId === moving) return;
    }
    lastMoved.current = moving;
    act({ type: 'move-item-before', itemId: moving, beforeId }, moving);
  };
  const onDragEnd = () => {
    dragged.current = null;
    setDropHint(null);
  };

  // Stable handlers: with 200 rows, re-created ones would re-render every row on every keystroke.
  const rowHandlers = {
    onSelect: useStableCallback((itemId: string) => dispatch({ type: 'select', itemId })),
    onKeyDown: useStableCallback(onRowKeyDown),
    onRename: useStableCallback(onRename),
    onDragStart: useStableCallback(onDragStart),
    onDragOver: useStableCallback(onDragOver),
    onDrop: useStableCallback(onDrop),
    onDragEnd: useStableCallback(onDragEnd),
  };

  let number = 0;
  const tabbableId = selected?.id ?? items[0]?.id;
  return (
    <aside className="sidebar" aria-label={w.packPanel}>
      <PackPanel pack={pack} view={state.view} dispatch={dispatch} />
      <div ref={actionsRef} role="toolbar" aria-label={w.itemActions} className="item-actions" aria-controls={`${helpId}-list`} onKeyDown={onActionsKeyDown}>
        <button type="button" onClick={add}>
          + {w.addItem}
        </button>
        <span className="item-actions-row">
          <IconButton label={w.rename} glyph="✎" disabled={!selected} onPress={() => selected && setRenaming(selected.id)} shortcut="F2" />
          <IconButton label={w.moveUp} glyph="↑" disabled={!selected || selectedIndex === 0} onPress={() => selected && move(selected, -1)} shortcut="Alt+ArrowUp" />
          <IconButton label={w.moveDown} glyph="↓" disabled={!selected || selectedIndex === items.length - 1} onPress={() => selected && move(selected, 1)} shortcut="Alt+ArrowDown" />
          <IconButton label={w.indent} glyph="→" disabled={!selected || selected.level === 2 || selectedIndex === 0} onPress={() => selected && act({ type: 'indent-item', itemId: selected.id }, selected.id)} shortcut="Alt+Shift+ArrowRight" />
          <IconButton label={w.outdent} glyph="←" disabled={!selected || selected.level === 1} onPress={() => selected && act({ type: 'outdent-item', itemId: selected.id }, selected.id)} shortcut="Alt+Shift+ArrowLeft" />
          <IconButton label={w.deleteItem} glyph="✕" disabled={!selected} onPress={() => selected && remove(selected)} shortcut="Delete" />
          <IconButton label={w.undo} glyph="↶" disabled={!history.canUndo} onPress={undo} shortcut="Control+Z" />
          <IconButton label={t.redo} glyph="↷" disabled={!history.canRedo} onPress={redo} shortcut="Control+Y Control+Shift+Z" />
        </span>
      </div>
      <nav aria-label={t.agendaItems}>
        <h2 className="sidebar-heading">{t.agendaItems}</h2>
        <ol className="agenda-list" id={`${helpId}-list`} ref={listRef} aria-describedby={helpId}>
          {items.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              sentTo={sent.get(item.id)}
              number={item.level === 1 || number === 0 ? ++number : null}
              selected={item.id === selectedItemId && state.view === 'item'}
              tabbable={item.id === tabbableId}
              renaming={renaming === item.id}
              dropHint={dropHint?.itemId === item.id ? dropHint.where : null}
              onSelect={rowHandlers.onSelect}
              onKeyDown={rowHandlers.onKeyDown}
              onStartRename={setRenaming}
              onRename={rowHandlers.onRename}
              onDragStart={rowHandlers.onDragStart}
              onDragOver={rowHandlers.onDragOver}
              onDrop={rowHandlers.onDrop}
              onDragEnd={rowHandlers.onDragEnd}
            />
          ))}
        </ol>
      </nav>
      <p id={helpId} className="list-help">
        {w.listHelp}
      </p>
      <div role="status" className={state.deleted ? 'undo-notice' : 'notice-empty'}>
        {state.deleted ? (
          <>
            <span>{w.deleted(state.deleted.title, state.deleted.count)}</span>
            <button type="button" onClick={undo}>
              {w.undo}
            </button>
            <button type="button" className="dismiss" aria-label={t.dismiss} onClick={() => dispatch({ type: 'dismiss-deleted' })}>
              ×
            </button>
          </>
        ) : null}
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </aside>
  );
}

function IconButton({ label, glyph, disabled, onPress, shortcut }: { label: string; glyph: string; disabled: boolean; onPress(): void; shortcut: string }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} aria-keyshortcuts={shortcut} disabled={disabled} onClick={onPress}>
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
