import { useId, useState, type FormEvent } from 'react';
import { WOO_GROUNDS } from '../../../core/model/woo-grounds';
import { useLanguage } from '../../language-context';
import { useRedactionMessages } from '../../i18n/redaction';
import { Popover, PopoverActions } from './Popover';

interface RedactPopoverProps {
  /** The ground of the passage already marked, if it is. */
  current: string | null;
  onApply(code: string): void;
  onRemove(): void;
  onClose(): void;
}

/** Asks for the Woo ground of a redaction; on a marked passage it also offers to remove the mark. */
export function RedactPopover({ current, onApply, onRemove, onClose }: RedactPopoverProps) {
  const r = useRedactionMessages();
  const language = useLanguage();
  const [code, setCode] = useState(current ?? WOO_GROUNDS[0]!.code);
  const groundId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(code);
  };
  return (
    <Popover label={r.dialog} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor={groundId}>{r.ground}</label>
        <select id={groundId} value={code} onChange={(event) => setCode(event.target.value)}>
          {WOO_GROUNDS.map((ground) => (
            <option key={ground.code} value={ground.code}>
              {`${ground.code} – ${ground.text[language]}`}
            </option>
          ))}
        </select>
        <PopoverActions removeLabel={current ? r.removeRedaction : undefined} onRemove={onRemove} onCancel={onClose} />
      </form>
    </Popover>
  );
}
