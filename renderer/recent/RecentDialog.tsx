import { useRef } from 'react';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { recentMessages } from './messages';
import type { RecentPack } from './recent-files';

/** The recent packs to reopen, newest first; a modal dialog that Escape or Close dismisses. */
export function RecentDialog({ packs, onOpen, onClose }: { packs: readonly RecentPack[]; onOpen(fileName: string): void; onClose(): void }) {
  const t = recentMessages(useLanguage());
  const dialog = useRef<HTMLElement>(null);
  useModalFocus(dialog, { onEscape: onClose });
  return (
    <section ref={dialog} className="recovery" role="dialog" aria-modal="true" aria-labelledby="recent-title">
      <h2 id="recent-title">{t.title}</h2>
      <p>{packs.length ? t.intro : t.none}</p>
      {packs.length > 0 && (
        <ul>
          {packs.map((pack) => (
            <li key={pack.fileName}>
              <span className="recovery-name">
                <strong>{pack.fileName}</strong> · {t.keptAt(pack.savedAt)}
              </span>
              <button type="button" className="primary" aria-label={t.openOne(pack.fileName)} onClick={() => onOpen(pack.fileName)}>
                {t.open}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
