import { CLASSIFICATIONS, type Classification } from '../../../core/model/classification';
import { useWorkflowMessages } from '../../i18n/workflow';

/** A choice of classification level, named in the interface language; the caller labels it. */
export function ClassificationSelect({ id, value, onChange }: { id: string; value: Classification; onChange(level: Classification): void }) {
  const w = useWorkflowMessages();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as Classification)}>
      {CLASSIFICATIONS.map((level) => (
        <option key={level} value={level}>
          {w.classifications[level]}
        </option>
      ))}
    </select>
  );
}
