import { useId, useState, type FormEvent } from 'react';
import { linkHostForDisplay, type LinkRefusal } from '../../../core/model/link-href';
import { checkLinkInput } from '../../editor/commands';
import { useEditorMessages, type EditorMessages } from '../../i18n/editor';
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

function refusalText(m: EditorMessages, refused: LinkRefusal): string {
  return refused === 'credentials' ? m.linkCredentials : refused === 'attachment' ? m.linkAttachment : m.linkInvalid;
}

export function LinkPopover({ initialUrl, askText, canRemove, onApply, onRemove, onClose }: LinkPopoverProps) {
  const m = useEditorMessages();
  const [url, setUrl] = useState(initialUrl);
  const [text, setText] = useState('');
  const [refused, setRefused] = useState<LinkRefusal | null>(null);
  const urlId = useId();
  const textId = useId();
  const helpId = useId();
  const errorId = useId();
  const hostId = useId();
  const checked = checkLinkInput(url);
  // Where the link goes, with the xn-- form of a name outside ASCII, so a look-alike shows itself.
  const host = 'url' in checked ? linkHostForDisplay(checked.url) : null;
  const invalid = refused !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('refused' in checked) {
      setRefused(checked.refused);
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
          aria-describedby={`${invalid ? errorId : helpId}${host ? ` ${hostId}` : ''}`}
          onChange={(event) => {
            setUrl(event.target.value);
            setRefused(null);
          }}
        />
        {host && (
          <p id={hostId} className="popover-help">
            {m.linkHost(host)}
          </p>
        )}
        {refused ? (
          <p id={errorId} role="alert" className="popover-error">
            {refusalText(m, refused)}
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
