import type { ComponentProps } from 'react';
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
  return (
    <section className="source" aria-label={t.sourceText}>
      <h3 className="source-heading">{t.sourceText}</h3>
      {isBlankRichText(value) ? (
        <p className="muted">{t.noSourceText}</p>
      ) : commenting ? (
        <CommentedSource {...commenting} language={language} />
      ) : (
        <div className="source-body" lang={language}>
          <RichTextView value={value} />
        </div>
      )}
    </section>
  );
}
