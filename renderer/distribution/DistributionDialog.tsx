import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Recipient } from '../../core/model/distribution';
import { checkRecipients, type RecipientProblem } from '../../core/model/distribution-edit';
import type { BriefingPack } from '../../core/model/pack';
import { distributionOf } from '../../core/model/recipient-copy';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { draftOf, recipientsOf, withNewRecipient, type DraftRecipient } from './draft';
import { HandedOutRecord } from './HandedOutRecord';
import { distributionMessages } from './messages';
import { RecipientFields } from './RecipientFields';

interface DistributionDialogProps {
  pack: BriefingPack;
  csv: { busy: boolean; said: { kind: 'saved' | 'error'; text: string } | null; export(): void };
  /** The list as changed; called only with a list the model accepts. */
  onApply(recipients: Recipient[]): void;
  onCancel(): void;
}

/**
 * Verzendlijst…: the recipients in copy-number order, each with the items left
 * out of their copy, edited here and applied with OK as one step of the
 * pack's history; a list the model refuses stays open with the reason at the
 * field. Below it, the record of copies handed out and its CSV export.
 */
export function DistributionDialog({ pack, csv, onApply, onCancel }: DistributionDialogProps) {
  const t = distributionMessages(useLanguage());
  const titleId = useId();
  const hintId = useId();
  const dialog = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const problemField = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<DraftRecipient[]>(() => draftOf(pack));
  const [problem, setProblem] = useState<RecipientProblem | null>(null);
  // Where focus goes after the list changes: a new recipient's name, or Add after a removal.
  const [focusNext, setFocusNext] = useState<'last-name' | 'add' | 'problem' | null>(null);
  const lastName = useRef<HTMLInputElement>(null);
  // Focus starts on the first recipient's name (the first field), or on Add when the list is empty.
  useModalFocus(dialog, { onEscape: onCancel, ...(draft.length === 0 && { initial: addButton }) });

  useLayoutEffect(() => {
    if (focusNext === 'last-name') lastName.current?.focus();
    if (focusNext === 'add') addButton.current?.focus();
    if (focusNext === 'problem') problemField.current?.focus();
    if (focusNext) setFocusNext(null);
  }, [focusNext]);

  const change = (next: DraftRecipient[]) => {
    setDraft(next);
    setProblem(null);
  };
  const apply = () => {
    const recipients = recipientsOf(draft);
    const checked = checkRecipients(pack, recipients);
    if (!checked.ok) {
      setProblem(checked.problem);
      setFocusNext('problem');
      return;
    }
    onApply(recipients);
  };

  return (
    <div className="modal-backdrop">
      <section ref={dialog} className="export-dialog distribution-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={hintId}>
        <h2 id={titleId}>{t.title}</h2>
        <div className="distribution-body">
          <section className="distribution-list" aria-label={t.recipients}>
            <p id={hintId} className="export-hint">
              {t.listHint}
            </p>
            {draft.length === 0 && <p>{t.noRecipients}</p>}
            {draft.map((recipient, index) => {
              const here = problem && problem.index === index ? problem : null;
              return (
                <RecipientFields
                  key={recipient.id}
                  pack={pack}
                  recipient={recipient}
                  position={index + 1}
                  problem={here && { field: here.field, text: t.problem(here, recipient.name, recipient.copyNumber) }}
                  nameRef={index === draft.length - 1 ? lastName : undefined}
                  problemRef={problemField}
                  onChange={(changed) => change(draft.map((each) => (each.id === recipient.id ? changed : each)))}
                  onRemove={() => {
                    change(draft.filter((each) => each.id !== recipient.id));
                    setFocusNext('add');
                  }}
                />
              );
            })}
            <button
              type="button"
              ref={addButton}
              onClick={() => {
                change(withNewRecipient(draft));
                setFocusNext('last-name');
              }}
            >
              <span aria-hidden="true">+ </span>
              {t.add}
            </button>
          </section>
          <HandedOutRecord copies={distributionOf(pack).handedOut} busy={csv.busy} said={csv.said} onExportCsv={csv.export} />
        </div>
        <div className="export-dialog-actions">
          <button type="button" className="primary" onClick={apply}>
            {t.ok}
          </button>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </section>
    </div>
  );
}
