import { useId, useLayoutEffect, useRef } from 'react';
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
  const t = useMessages();
  const titleId = useId();
  const textId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // Before the first paint, so a key pressed as soon as the prompt shows already goes to it.
  useLayoutEffect(() => {
    if (question) cancel.current?.focus();
  }, [question]);
  if (!question) return null;
  return (
    <section
      className="annex-prompt"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onAnswer(false);
      }}
    >
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
