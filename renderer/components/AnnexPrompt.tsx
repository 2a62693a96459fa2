import { useId, useRef } from 'react';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useMessages } from '../language-context';
import type { AnnexQuestion } from '../state/use-file-commands';

interface AnnexPromptProps {
  question: AnnexQuestion | null;
  onAnswer(leaveOut: boolean): void;
}

/**
 * An annex PDF that cannot be appended: the export goes on without it only if
 * the person says so. Focus starts on the safe answer; Escape is "do not export".
 */
export function AnnexPrompt({ question, onAnswer }: AnnexPromptProps) {
  return question ? <AnnexDialog question={question} onAnswer={onAnswer} /> : null;
}

function AnnexDialog({ question, onAnswer }: { question: AnnexQuestion; onAnswer(leaveOut: boolean): void }) {
  const t = useMessages();
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useModalFocus(dialog, { onEscape: () => onAnswer(false), initial: cancel });
  return (
    <section ref={dialog} className="annex-prompt" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={textId}>
      <h2 id={titleId}>{t.badAnnexTitle}</h2>
      <p id={textId}>
        {t.badAnnex(question.file, question.reason)} {t.badAnnexQuestion}
      </p>
      <div className="annex-prompt-actions">
        <button type="button" className="primary" onClick={() => onAnswer(true)}>
          {t.leaveOutAnnex}
        </button>
        <button type="button" ref={cancel} onClick={() => onAnswer(false)}>
          {t.cancelExport}
        </button>
      </div>
    </section>
  );
}
