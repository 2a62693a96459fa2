import type { AgendaItem } from '../../core/model/pack';
import { useMessages } from '../language-context';
import { AgendaListItem } from './AgendaListItem';

interface AgendaListProps {
  items: readonly AgendaItem[];
  selectedId: string | null;
  onSelect(itemId: string): void;
}

export function AgendaList({ items, selectedId, onSelect }: AgendaListProps) {
  const t = useMessages();
  let number = 0;
  return (
    <nav className="sidebar" aria-label={t.agendaItems}>
      <h2 className="sidebar-heading">{t.agendaItems}</h2>
      <ol className="agenda-list">
        {items.map((item) => (
          <AgendaListItem
            key={item.id}
            item={item}
            number={item.level === 1 ? ++number : null}
            selected={item.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </nav>
  );
}
