import { memo, useMemo } from 'react';
import type { AgendaItem } from '../../core/model/pack';
import { richTextWords } from '../../core/model/walk';
import { useMessages } from '../language-context';

interface AgendaListItemProps {
  item: AgendaItem;
  number: number | null;
  selected: boolean;
  onSelect(itemId: string): void;
}

/** One row: number, title, status and the words written so far. Memoised: typing re-renders one row. */
export const AgendaListItem = memo(function AgendaListItem({ item, number, selected, onSelect }: AgendaListItemProps) {
  const t = useMessages();
  const words = useMemo(
    () => Object.values(item.sections).reduce((sum, value) => sum + richTextWords(value), 0),
    [item.sections],
  );
  return (
    <li className={item.level === 2 ? 'sub-item' : undefined}>
      <button
        type="button"
        className="agenda-entry"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(item.id)}
      >
        {number !== null && <span className="agenda-number">{number}</span>}
        <span className="agenda-text">
          <span className="agenda-title">{item.title}</span>
          <span className="agenda-meta">
            <span className={`status-dot status-${item.status}`} aria-hidden="true" />
            {t.statuses[item.status]} · {t.words(words)}
          </span>
        </span>
      </button>
    </li>
  );
});
