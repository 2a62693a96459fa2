import { useRef, useState } from 'react';
import { describeError } from '../../core/i18n/errors';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { parseLiveServer } from './live-settings';
import { liveMessages } from './messages';

interface LiveDialogProps {
  server: string | null;
  name: string;
  /** The new server (null: live off) and name; the caller stores them and loads the app again. */
  onApply(server: string | null, name: string): void;
  onClose(): void;
}

/** The live co-editing setting: the team's server and the name the others see. */
export function LiveDialog({ server, name, onApply, onClose }: LiveDialogProps) {
  const language = useLanguage();
  const t = liveMessages(language);
  const dialog = useRef<HTMLFormElement>(null);
  useModalFocus(dialog, { onEscape: onClose });
  const [address, setAddress] = useState(server ?? '');
  const [user, setUser] = useState(name);
  const [problem, setProblem] = useState('');
  return (
    <form
      ref={dialog}
      className="recovery live-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="live-title"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          onApply(parseLiveServer(address), user);
        } catch (error) {
          setProblem(describeError(error, language));
        }
      }}
    >
      <h2 id="live-title">{t.title}</h2>
      <p>{t.intro}</p>
      <label>
        {t.server}
        <input value={address} onChange={(event) => setAddress(event.target.value)} aria-invalid={problem !== ''} aria-describedby="live-problem" />
      </label>
      <label>
        {t.name}
        <input value={user} onChange={(event) => setUser(event.target.value)} />
      </label>
      <p id="live-problem" className="field-error" role={problem ? 'alert' : undefined}>
        {problem}
      </p>
      <p>{t.reloads}</p>
      <div className="dialog-buttons">
        <button type="submit" className="primary">
          {t.connect}
        </button>
        {server && (
          <button type="button" onClick={() => onApply(null, user)}>
            {t.disconnect}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
