import { useRef } from 'react';
import type { ContributionReport } from '../../core/contract';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { mergeMessages } from './messages';

/** What a merge changed: each agenda item and who changed it; a modal dialog that Escape or Close dismisses. */
export function MergeReport({ report, onClose }: { report: ContributionReport; onClose(): void }) {
  const t = mergeMessages(useLanguage());
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
      <p>{t.undoHint}</p>
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
