import { useId, useState, type FormEvent } from 'react';
import { normaliseLinkUrl } from '../../editor/commands';
import { useEditorMessages } from '../../i18n/editor';
import { Popover, PopoverActions } from './Popover';

interface LinkPopoverProps {
  initialUrl: string;
  /** With nothing selected, the link needs a text of its own. */
  askText: boolean;
  canRemove: boolean;
  onApply(url: string, text: string): void;
  onRemove(): void;
  onClose(): void;
}

export function LinkPopover({ initialUrl, askText, canRemove, onApply, onRemove, onClose }: LinkPopoverProps) {
  const m = useEditorMessages();
  const [url, setUrl] = useState(initialUrl);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const urlId = useId();
  const textId = useId();
  const helpId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!normaliseLinkUrl(url)) {
      setInvalid(true);
      return;
    }
    onApply(url, text);
  };

  return (
    <Popover label={m.linkDialog} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label htmlFor={urlId}>{m.linkAddress}</label>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : helpId}
          onChange={(event) => {
            setUrl(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid ? (
          <p id={errorId} role="alert" className="popover-error">
            {m.linkInvalid}
          </p>
        ) : (
          <p id={helpId} className="popover-help">
            {m.linkHelp}
          </p>
        )}
        {askText && (
          <>
            <label htmlFor={textId}>{m.linkText}</label>
            <input id={textId} type="text" value={text} onChange={(event) => setText(event.target.value)} />
          </>
        )}
        <PopoverActions removeLabel={canRemove ? m.removeLink : undefined} onRemove={onRemove} onCancel={onClose} />
      </form>
    </Popover>
  );
}
