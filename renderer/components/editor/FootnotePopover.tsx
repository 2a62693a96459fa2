import { useId, useState, type FormEvent } from 'react';
import { useEditorMessages } from '../../i18n/editor';
import { Popover, PopoverActions } from './Popover';

interface FootnotePopoverProps {
  number: number;
  initialNote: string;
  onSave(note: string): void;
  onRemove(): void;
  onClose(): void;
}

export function FootnotePopover({ number, initialNote, onSave, onRemove, onClose }: FootnotePopoverProps) {
  const m = useEditorMessages();
  const [note, setNote] = useState(initialNote);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(note);
  };
  return (
    <Popover label={m.footnoteDialog(number)} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor={id}>{m.footnoteText}</label>
        <textarea
          id={id}
          rows={3}
          value={note}
          maxLength={20_000}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            // Enter saves, as in a single-line field; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              onSave(note);
            }
          }}
        />
        <PopoverActions removeLabel={m.removeFootnote} onRemove={onRemove} onCancel={onClose} />
      </form>
    </Popover>
  );
}
