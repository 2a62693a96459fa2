import { useId } from 'react';
import type { AgendaItem } from '../../core/model/pack';
import { useImportMessages } from '../i18n/import';
import { CheckMark } from './CheckMark';

interface ReviewItemProps {
  item: AgendaItem;
  index: number;
  count: number;
  selected: boolean;
  /** Set when the importer was unsure of this item: whether the person has checked it since. */
  check?: { checked: boolean; onChecked(checked: boolean): void };
  onSelect(): void;
  onRename(title: string): void;
  onLevel(level: 1 | 2): void;
  onMove(offset: -1 | 1): void;
  onMerge(): void;
  onDrop(): void;
}

export function ReviewItem(props: ReviewItemProps) {
  const t = useImportMessages();
  const { item, index, check } = props;
  const checkId = useId();
  const toCheck = check !== undefined && !check.checked;
  return (
    <li
      className={`review-item level-${item.level}${props.selected ? ' selected' : ''}${toCheck ? ' to-check' : ''}`}
      aria-current={props.selected || undefined}
    >
      <span className="review-number" aria-hidden="true">{index + 1}</span>
      <input
        type="text"
        value={item.title}
        aria-label={t.itemTitle(index + 1)}
        aria-describedby={toCheck ? checkId : undefined}
        onFocus={props.onSelect}
        onChange={(event) => props.onRename(event.target.value)}
      />
      <label className="review-level">
        <input
          type="checkbox"
          checked={item.level === 2}
          disabled={index === 0}
          onChange={(event) => props.onLevel(event.target.checked ? 2 : 1)}
        />
        {t.subItem}
      </label>
      <span className="review-actions">
        <button type="button" onClick={() => props.onMove(-1)} disabled={index === 0} aria-label={`${t.moveUp}: ${item.title}`}>↑</button>
        <button type="button" onClick={() => props.onMove(1)} disabled={index === props.count - 1} aria-label={`${t.moveDown}: ${item.title}`}>↓</button>
        <button type="button" onClick={props.onMerge} disabled={index === props.count - 1} aria-label={`${t.mergeWithNext}: ${item.title}`}>
          {t.mergeWithNext}
        </button>
        <button type="button" onClick={props.onDrop} aria-label={`${t.drop}: ${item.title}`}>
          {t.drop}
        </button>
      </span>
      {check && <CheckMark id={checkId} what={item.title} checked={check.checked} onChecked={check.onChecked} />}
    </li>
  );
}
