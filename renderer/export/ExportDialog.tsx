import { useId, useRef, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/assets';
import type { BriefingPack } from '../../core/model/pack';
import { distributionOf } from '../../core/model/recipient-copy';
import type { Template } from '../../core/template/schema';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { choiceForRecipient, commentCount, initialChoice, localDate, MINISTERS_COPY, type DialogChoice } from './dialog-choice';
import { exportMessages } from './messages';

interface ExportDialogProps {
  format: ExportFormat;
  pack: BriefingPack;
  template: Template | undefined;
  remembered: DialogChoice | undefined;
  onExport(format: ExportFormat, choice: DialogChoice): void;
  onCancel(): void;
}

/**
 * Before an export: the format, the copy it is for (a recipient's numbered
 * copy, where the pack has a distribution list) and whether the comments on
 * the agenda text go in; the minister's copy without comments in one click.
 * Or the version made public under the Woo, on a date. Focus starts on
 * Export; Escape cancels and gives focus back.
 */
export function ExportDialog({ format: initialFormat, pack, template, remembered, onExport, onCancel }: ExportDialogProps) {
  const t = exportMessages(useLanguage());
  const [format, setFormat] = useState(initialFormat);
  const [choice, setChoice] = useState(() => initialChoice(pack, remembered));
  // The Woo version leaves recipient and comments aside; its date starts at today.
  const [publishing, setPublishing] = useState(false);
  const [publicationDate, setPublicationDate] = useState(localDate);
  const [dateMissing, setDateMissing] = useState(false);
  const publicationHintId = useId();
  const dateErrorId = useId();
  const dateField = useRef<HTMLInputElement>(null);
  const exportChosen = () => {
    if (!publishing) return onExport(format, choice);
    if (!publicationDate) {
      setDateMissing(true);
      dateField.current?.focus();
      return;
    }
    onExport(format, { ...choice, publication: publicationDate });
  };
  const titleId = useId();
  const copyHintId = useId();
  const commentsHintId = useId();
  const dialog = useRef<HTMLElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  useModalFocus(dialog, { onEscape: onCancel, initial: exportButton });
  const recipients = [...distributionOf(pack).recipients].sort((a, b) => a.copyNumber - b.copyNumber);
  const comments = commentCount(pack);
  const noneInTemplate = template?.sourceComments === 'none';
  return (
    <div className="modal-backdrop">
      <section ref={dialog} className="export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t.title}</h2>
        <fieldset className="export-formats">
          <legend>{t.format}</legend>
          {EXPORT_FORMATS.map((each) => (
            <label key={each}>
              <input type="radio" name="export-format" value={each} checked={format === each} onChange={() => setFormat(each)} />
              {each.toUpperCase()}
            </label>
          ))}
        </fieldset>
        {recipients.length > 0 && (
          <div className="export-field">
            <label>
              {t.copyFor}{' '}
              <select value={choice.recipient} disabled={publishing} aria-describedby={copyHintId} onChange={(event) => setChoice(choiceForRecipient(pack, event.target.value))}>
                <option value="">{t.plainCopy}</option>
                {recipients.map((recipient) => (
                  <option key={recipient.id} value={recipient.name}>
                    {t.recipient(recipient.copyNumber, recipient.name, recipient.function)}
                  </option>
                ))}
              </select>
            </label>
            <p id={copyHintId} className="export-hint">
              {t.copyHint}
            </p>
          </div>
        )}
        <div className="export-field">
          <label>
            <input
              type="checkbox"
              checked={choice.withComments}
              aria-describedby={commentsHintId}
              onChange={(event) => setChoice({ ...choice, withComments: event.target.checked })}
            />{' '}
            {t.withComments}
          </label>
          <p id={commentsHintId} className="export-hint">
            {t.commentCount(comments)}
            {noneInTemplate && ` ${t.templateHasNone}`}
          </p>
        </div>
        <div className="export-field">
          <label>
            <input
              type="checkbox"
              checked={publishing}
              aria-describedby={publicationHintId}
              onChange={(event) => {
                setPublishing(event.target.checked);
                // Comments and owners go into a publication only when chosen for it.
                setChoice(event.target.checked ? { recipient: '', withComments: false, withOwners: false } : initialChoice(pack, undefined));
              }}
            />{' '}
            {t.publication}
          </label>
          <p id={publicationHintId} className="export-hint">
            {t.publicationHint}
          </p>
          {publishing && (
            <label className="export-date">
              {t.publicationDate}{' '}
              <input
                ref={dateField}
                type="date"
                value={publicationDate}
                aria-invalid={dateMissing}
                aria-describedby={dateMissing ? dateErrorId : undefined}
                onChange={(event) => {
                  setPublicationDate(event.target.value);
                  setDateMissing(false);
                }}
              />
            </label>
          )}
          {publishing && (
            <label className="export-owners">
              <input type="checkbox" checked={choice.withOwners ?? false} onChange={(event) => setChoice({ ...choice, withOwners: event.target.checked })} /> {t.publicationOwners}
            </label>
          )}
          {publishing && dateMissing && (
            <p id={dateErrorId} role="alert" className="export-error">
              {t.publicationNeedsDate}
            </p>
          )}
        </div>
        <div className="export-dialog-actions">
          <button type="button" ref={exportButton} className="primary" onClick={exportChosen}>
            {t.export}
          </button>
          <button type="button" onClick={() => onExport(format, MINISTERS_COPY)}>
            {t.ministersCopy}
          </button>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </section>
    </div>
  );
}
