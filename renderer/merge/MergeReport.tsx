import { useRef } from 'react';
import type { ContributionReport } from '../../core/contract';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { mergeMessages } from './messages';
import { contributionMessages } from '../contribution/messages';

/** What a merge changed: each agenda item and who changed it; a modal dialog that Escape or Close dismisses. */
export function MergeReport({ report, onClose }: { report: ContributionReport; onClose(): void }) {
  const language = useLanguage();
  const t = mergeMessages(language);
  const c = contributionMessages(language);
  const dialog = useRef<HTMLElement>(null);
  useModalFocus(dialog, { onEscape: onClose });
  return (
    <section ref={dialog} className="recovery merge-report" role="dialog" aria-modal="true" aria-labelledby="merge-title">
      <h2 id="merge-title">{t.title}</h2>
      <p>{t.merged(report.files)}</p>
      {report.items.length === 0 ? (
        <p>{t.nothing}</p>
      ) : (
        <ul aria-label={t.title}>
          {report.items.map((item) => (
            <li key={item.itemId}>
              <span className="recovery-name">
                <strong>{item.title}</strong> · {t.change[item.change]} {t.by(item.by)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {report.returned.map((back) => (
        <section key={`${back.colleague}-${back.sentAt}`} className="merge-returned">
          <p>{c.returned(back.colleague)}</p>
          <ul aria-label={c.returned(back.colleague)}>
            {back.changed.map((item) => (
              <li key={item.itemId}>{c.changedBy(item.title, item.by)}</li>
            ))}
            {back.unchanged.length > 0 && <li>{c.unchanged(back.unchanged.map((item) => item.title))}</li>}
          </ul>
        </section>
      ))}
      <p>{t.undoHint}</p>
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
