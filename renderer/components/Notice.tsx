import type { Language } from '../../core/i18n/language';
import type { CopyMark } from '../../core/model/recipient-copy';
import { describeApiError } from '../i18n';
import { useLanguage, useMessages } from '../language-context';
import type { Outcome } from '../state/use-file-commands';
import { exportMessages } from '../export/messages';

/**
 * The result of the last command: an error (role alert, inserted when it
 * happens) or a quiet confirmation in a status region that is always present,
 * so screen readers announce it, with anything the export had to change.
 */
/** A numbered copy: which, and that the app does not record it (the command line does). */
function copyLines(copy: CopyMark | undefined, language: Language): string[] {
  if (!copy) return [];
  const t = exportMessages(language);
  return [t.copyMade(copy.number, copy.of, copy.recipient), t.recorded];
}

export function Notice({ outcome, onDismiss }: { outcome: Outcome | null; onDismiss(): void }) {
  const t = useMessages();
  const language = useLanguage();
  const confirmation =
    outcome?.kind === 'saved'
      ? t.saved(outcome.fileName)
      : outcome?.kind === 'opened'
        ? t.openedWithWarnings(outcome.fileName)
        : outcome?.kind === 'exported'
        ? [t.exported(outcome.fileName), ...(outcome.leftOut.length > 0 ? [t.annexesLeftOut(outcome.leftOut)] : []), ...copyLines(outcome.copy, language)].join('. ')
        : '';
  const warnings = outcome?.kind === 'exported' || outcome?.kind === 'opened' ? outcome.warnings : [];
  return (
    <div className="notices">
      <div role="status" className={confirmation ? `notice ok${warnings.length > 0 ? ' warned' : ''}` : 'notice-empty'}>
        {confirmation && (
          <>
            <span>
              {confirmation}
              {warnings.length > 0 && (
                <ul className="notice-warnings">
                  {warnings.map((warning, i) => (
                    <li key={i}>{describeApiError(warning, language)}</li>
                  ))}
                </ul>
              )}
            </span>
            <button type="button" className="dismiss" onClick={onDismiss} aria-label={t.dismiss}>
              ×
            </button>
          </>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <div role="alert" className="notice error">
          <span>
            <strong>{t.errorTitle}.</strong> {describeApiError(outcome.error, language)}
          </span>
          <button type="button" className="dismiss" onClick={onDismiss} aria-label={t.dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
