import { useId, useRef } from 'react';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useUnsavedMessages } from '../i18n/unsaved';
import type { ReplaceChoice } from '../state/replace-guard';

interface ReplacePromptProps {
  /** The open pack's file or meeting name; null when it has neither. */
  name: string | null;
  onAnswer(choice: ReplaceChoice): void;
}

/**
 * Save / Don't save / Cancel before another pack replaces one with unsaved
 * changes. Focus starts on Save, the answer that loses nothing; Escape cancels.
 */
export function ReplacePrompt({ name, onAnswer }: ReplacePromptProps) {
  const t = useUnsavedMessages();
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLElement>(null);
  const save = useRef<HTMLButtonElement>(null);
  useModalFocus(dialog, { onEscape: () => onAnswer('cancel'), initial: save });
  return (
    <div className="modal-backdrop">
      <section ref={dialog} className="replace-prompt" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={textId}>
        <h2 id={titleId}>{t.title}</h2>
        <p id={textId}>
          {t.question(name ?? t.untitled)} {t.detail}
        </p>
        <div className="replace-prompt-actions">
          <button type="button" ref={save} className="primary" onClick={() => onAnswer('save')}>
            {t.save}
          </button>
          <button type="button" onClick={() => onAnswer('discard')}>
            {t.dontSave}
          </button>
          <button type="button" onClick={() => onAnswer('cancel')}>
            {t.cancel}
          </button>
        </div>
      </section>
    </div>
  );
}
