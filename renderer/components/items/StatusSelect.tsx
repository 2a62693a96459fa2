import { useId } from 'react';
import { ITEM_STATUSES, type ItemStatus } from '../../../core/model/pack';
import { useMessages } from '../../language-context';

export function StatusSelect({ status, onChange }: { status: ItemStatus; onChange(status: ItemStatus): void }) {
  const t = useMessages();
  const id = useId();
  return (
    <div className="status-field">
      <label htmlFor={id}>{t.status}</label>
      <select id={id} value={status} onChange={(event) => onChange(event.target.value as ItemStatus)}>
        {ITEM_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t.statuses[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
