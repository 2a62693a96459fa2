import type { RecoverableBackup } from '../../core/contract';
import { useLanguage } from '../language-context';
import { recoveryMessages } from './messages';

interface RecoveryPromptProps {
  backups: readonly RecoverableBackup[];
  busy: boolean;
  onRestore(backup: RecoverableBackup): void;
  onDiscard(backup: RecoverableBackup): void;
}

/** Offered at startup after a crash: one row per backup, each restored or discarded on its own. */
export function RecoveryPrompt({ backups, busy, onRestore, onDiscard }: RecoveryPromptProps) {
  const t = recoveryMessages(useLanguage());
  if (backups.length === 0) return null;
  return (
    <section className="recovery" role="region" aria-labelledby="recovery-title">
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
    </section>
  );
}
