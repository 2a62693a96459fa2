import { useId, type Ref } from 'react';
import type { RecipientField } from '../../core/model/distribution-edit';
import type { BriefingPack } from '../../core/model/pack';
import { useLanguage } from '../language-context';
import { itemChoices, type DraftRecipient } from './draft';
import { distributionMessages } from './messages';

interface RecipientFieldsProps {
  pack: BriefingPack;
  recipient: DraftRecipient;
  position: number;
  /** The one-line reason the model refused the list for, on this field of this recipient. */
  problem: { field: RecipientField | null; text: string } | null;
  nameRef?: Ref<HTMLInputElement>;
  problemRef?: Ref<HTMLInputElement>;
  onChange(recipient: DraftRecipient): void;
  onRemove(): void;
}

/** One recipient: name, function, copy number, with comments, and the items left out of their copy. */
export function RecipientFields({ pack, recipient, position, problem, nameRef, problemRef, onChange, onRemove }: RecipientFieldsProps) {
  const t = distributionMessages(useLanguage());
  const ids = useId();
  const problemId = `${ids}-problem`;
  const invalid = (field: RecipientField) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {});
  const refFor = (field: RecipientField) => (problem?.field === field ? problemRef : field === 'name' ? nameRef : undefined);
  const reason = (field: RecipientField | null) =>
    problem && problem.field === field ? (
      <p id={problemId} role="alert" className="export-error">
        {problem.text}
      </p>
    ) : null;
  const toggle = (itemId: string, out: boolean) =>
    onChange({ ...recipient, leaveOut: out ? [...recipient.leaveOut, itemId] : recipient.leaveOut.filter((id) => id !== itemId) });

  return (
    <fieldset className="distribution-recipient">
      <legend>{t.recipient(position)}</legend>
      <div className="distribution-fields">
        <label>
          {t.name}
          <input
            ref={refFor('name')}
            type="text"
            value={recipient.name}
            maxLength={200}
            autoComplete="off"
            {...invalid('name')}
            onChange={(event) => onChange({ ...recipient, name: event.target.value })}
          />
        </label>
        <label>
          {t.function}
          <input
            ref={refFor('function')}
            type="text"
            value={recipient.function}
            maxLength={200}
            autoComplete="off"
            {...invalid('function')}
            onChange={(event) => onChange({ ...recipient, function: event.target.value })}
          />
        </label>
        <label className="distribution-number">
          {t.copyNumber}
          <input
            ref={refFor('copyNumber')}
            type="text"
            inputMode="numeric"
            value={recipient.copyNumber}
            maxLength={4}
            autoComplete="off"
            {...invalid('copyNumber')}
            onChange={(event) => onChange({ ...recipient, copyNumber: event.target.value })}
          />
        </label>
      </div>
      {reason('name') ?? reason('function') ?? reason('copyNumber')}
      <label className="distribution-comments">
        <input type="checkbox" checked={recipient.withComments} onChange={(event) => onChange({ ...recipient, withComments: event.target.checked })} /> {t.withComments}
      </label>
      <fieldset className="distribution-items">
        <legend>{t.leaveOut}</legend>
        <ul>
          {itemChoices(pack, recipient.leaveOut).map(({ item, leftOut, withParent }) => (
            <li key={item.id} className={item.level === 2 ? 'sub-item' : undefined}>
              <label>
                <input type="checkbox" checked={leftOut} disabled={withParent} onChange={(event) => toggle(item.id, event.target.checked)} /> {item.title}
                {withParent && <span className="export-hint"> {t.withParent}</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {reason('leaveOut') ?? reason(null)}
      <button type="button" className="distribution-remove" onClick={onRemove}>
        {t.remove}
      </button>
    </fieldset>
  );
}
