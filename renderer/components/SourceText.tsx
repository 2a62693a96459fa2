import { useId, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import type { Language } from '../../core/i18n/language';
import type { RichText } from '../../core/model/rich-text';
import { isBlankRichText } from '../../core/model/walk';
import { useMessages } from '../language-context';
import { RichTextView } from './RichTextView';
import { CommentedSource } from './comments/CommentedSource';

/** The item's text from the agenda letter: read-only, set apart from the annotation. */
export function SourceText({
  value,
  language,
  commenting,
}: {
  value: RichText;
  language: Language;
  /** Given, passages can be commented on (see components/comments). */
  commenting?: Omit<ComponentProps<typeof CommentedSource>, 'language'> | undefined;
}) {
  const t = useMessages();
  const frameId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  // Collapsed, the text shows its first lines in the page (never a box scrolling inside it); the button appears only when there is more.
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const body = frame.current?.querySelector('.source-body');
    if (!expanded) setOverflows(body !== null && body !== undefined && body.scrollHeight > body.clientHeight + 1);
  }, [expanded, value]);
  const blank = isBlankRichText(value);
  return (
    <section className="source" aria-label={t.sourceText}>
      <h3 className="source-heading">{t.sourceText}</h3>
      <div id={frameId} ref={frame} className={expanded ? 'source-frame expanded' : 'source-frame'}>
      {blank ? (
        <p className="muted">{t.noSourceText}</p>
      ) : commenting ? (
        <CommentedSource {...commenting} language={language} />
      ) : (
        <div className="source-body" lang={language} tabIndex={0}>
          <RichTextView value={value} />
        </div>
      )}
      </div>
      {!blank && (expanded || overflows) && (
        <button type="button" className="small-button source-toggle" aria-expanded={expanded} aria-controls={frameId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t.collapseSource : t.expandSource}
        </button>
      )}
    </section>
  );
}
