import { useRef, useState } from 'react';
import type { RecoverableBackup } from '../../core/contract';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { recoveryMessages } from './messages';

interface RecoveryPromptProps {
  backups: readonly RecoverableBackup[];
  busy: boolean;
  onRestore(backup: RecoverableBackup): void;
  onDiscard(backup: RecoverableBackup): void;
}

/**
 * Offered at startup after a crash: one row per backup, each restored or
 * discarded on its own. A modal dialog (focus in it until it closes);
 * Escape or "Decide later" puts the question off, and the backups stay for
 * the next start: nothing is thrown away without being asked.
 */
export function RecoveryPrompt(props: RecoveryPromptProps) {
  const [later, setLater] = useState(false);
  if (props.backups.length === 0 || later) return null;
  return <RecoveryDialog {...props} onLater={() => setLater(true)} />;
}

function RecoveryDialog({ backups, busy, onRestore, onDiscard, onLater }: RecoveryPromptProps & { onLater(): void }) {
  const t = recoveryMessages(useLanguage());
  const dialog = useRef<HTMLElement>(null);
  useModalFocus(dialog, { onEscape: onLater, canClose: () => !busy });
  return (
    <section ref={dialog} className="recovery" role="dialog" aria-modal="true" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t.title}</h2>
      <p>{t.intro}</p>
      <ul>
        {backups.map((backup) => {
          const name = backup.title || backup.fileName || t.untitled;
          return (
            <li key={backup.backupId}>
              <span className="recovery-name">
                <strong>{name}</strong>
                {backup.fileName && backup.fileName !== name && <> · {backup.fileName}</>} · {t.savedAt(backup.savedAt)}
              </span>
              <button type="button" className="primary" disabled={busy} aria-label={t.restoreOne(name)} onClick={() => onRestore(backup)}>
                {t.restore}
              </button>
              <button type="button" disabled={busy} aria-label={t.discardOne(name)} onClick={() => onDiscard(backup)}>
                {t.discard}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={busy} onClick={onLater}>
        {t.later}
      </button>
    </section>
  );
}
