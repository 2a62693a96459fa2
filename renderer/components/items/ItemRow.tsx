import { memo, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../core/model/pack';
import { itemWords } from '../../../core/model/pack-ops';
import { useWorkflowMessages } from '../../i18n/workflow';
import { useLanguage, useMessages } from '../../language-context';
import { contributionMessages } from '../../contribution/messages';

interface ItemRowProps {
  item: AgendaItem;
  /** The colleague the item was sent to for contribution, if it was. */
  sentTo?: string | undefined;
  number: number | null;
  selected: boolean;
  /** The one row Tab reaches (roving focus); arrows move between rows. */
  tabbable: boolean;
  renaming: boolean;
  dropHint: 'before' | 'after' | null;
  onSelect(itemId: string): void;
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>, item: AgendaItem): void;
  onStartRename(itemId: string): void;
  onRename(itemId: string, title: string | null): void;
  onDragStart(event: DragEvent<HTMLLIElement>, itemId: string): void;
  onDragOver(event: DragEvent<HTMLLIElement>, itemId: string): void;
  onDrop(event: DragEvent<HTMLLIElement>, itemId: string): void;
  onDragEnd(): void;
}

/** One row: number, title, status and the words written so far; a title field while renaming. */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { item, number, selected, renaming } = props;
  const t = useMessages();
  const w = useWorkflowMessages();
  const language = useLanguage();
  const words = useMemo(() => itemWords(item), [item]);
  const className = [item.level === 2 ? 'sub-item' : '', props.dropHint ? `drop-${props.dropHint}` : ''].filter(Boolean).join(' ');
  return (
    <li
      className={className || undefined}
      draggable={!renaming}
      data-item-id={item.id}
      onDragStart={(event) => props.onDragStart(event, item.id)}
      onDragOver={(event) => props.onDragOver(event, item.id)}
      onDrop={(event) => props.onDrop(event, item.id)}
      onDragEnd={props.onDragEnd}
    >
      {renaming ? (
        <RenameField title={item.title} label={w.titleField} onDone={(title) => props.onRename(item.id, title)} />
      ) : (
        <button
          type="button"
          className="agenda-entry"
          data-item-id={item.id}
          aria-current={selected ? 'true' : undefined}
          tabIndex={props.tabbable ? 0 : -1}
          onClick={() => props.onSelect(item.id)}
          onDoubleClick={() => props.onStartRename(item.id)}
          onKeyDown={(event) => props.onKeyDown(event, item)}
        >
          {number !== null && <span className="agenda-number">{number}</span>}
          <span className="agenda-text">
            <span className="agenda-title">{item.title}</span>
            {item.level === 2 && <span className="visually-hidden"> ({w.subItem})</span>}
            <span className="agenda-meta">
              <span className={`status-dot status-${item.status}`} aria-hidden="true" />
              {t.statuses[item.status]} · {t.words(words)}
            </span>
            {props.sentTo && <span className="contribution-mark">{contributionMessages(language).mark(props.sentTo)}</span>}
          </span>
        </button>
      )}
    </li>
  );
});

/** The title in a text field: Enter keeps it, Escape cancels, leaving the field keeps it. */
function RenameField({ title, label, onDone }: { title: string; label: string; onDone(title: string | null): void }) {
  const [value, setValue] = useState(title);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result);
  };
  return (
    <input
      ref={ref}
      className="rename-field"
      aria-label={label}
      value={value}
      maxLength={500}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}
