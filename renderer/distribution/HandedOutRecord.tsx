import { useId } from 'react';
import { formatLongDate } from '../../core/i18n/language';
import type { HandedOutCopy } from '../../core/model/distribution';
import { useLanguage } from '../language-context';
import { distributionMessages } from './messages';

interface HandedOutRecordProps {
  copies: readonly HandedOutCopy[];
  busy: boolean;
  /** What the last CSV export said: the file written, or why it failed. */
  said: { kind: 'saved' | 'error'; text: string } | null;
  onExportCsv(): void;
}

/** The record of copies handed out, as the pack keeps it (in the order they were made), and its CSV export. */
export function HandedOutRecord({ copies, busy, said, onExportCsv }: HandedOutRecordProps) {
  const language = useLanguage();
  const t = distributionMessages(language);
  const headingId = useId();
  const c = t.columns;
  return (
    <section className="distribution-record" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.handedOut}</h3>
      {copies.length === 0 ? (
        <p className="export-hint">{t.noneHandedOut}</p>
      ) : (
        <div className="distribution-record-table">
          <table aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{c.copy}</th>
                <th scope="col">{c.recipient}</th>
                <th scope="col">{c.function}</th>
                <th scope="col">{c.version}</th>
                <th scope="col">{c.date}</th>
                <th scope="col">{c.format}</th>
              </tr>
            </thead>
            <tbody>
              {copies.map((copy) => (
                <tr key={copy.id}>
                  <td>{copy.copyNumber}</td>
                  <td>{copy.recipient}</td>
                  <td>{copy.function}</td>
                  <td>{copy.version}</td>
                  <td>{formatLongDate(copy.date, language)}</td>
                  <td>{copy.format.toUpperCase()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" disabled={busy || copies.length === 0} onClick={onExportCsv}>
        {t.exportCsv}
      </button>
      {said && (
        <p role={said.kind === 'error' ? 'alert' : 'status'} className={said.kind === 'error' ? 'export-error' : 'export-hint'}>
          {said.text}
        </p>
      )}
    </section>
  );
}
