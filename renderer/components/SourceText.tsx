import type { Language } from '../../core/i18n/language';
import type { RichText } from '../../core/model/rich-text';
import { isBlankRichText } from '../../core/model/walk';
import { useMessages } from '../language-context';
import { RichTextView } from './RichTextView';

/** The item's text from the agenda letter: read-only, set apart from the annotation. */
export function SourceText({ value, language }: { value: RichText; language: Language }) {
  const t = useMessages();
  return (
    <section className="source" aria-label={t.sourceText}>
      <h3 className="source-heading">{t.sourceText}</h3>
      {isBlankRichText(value) ? (
        <p className="muted">{t.noSourceText}</p>
      ) : (
        <div className="source-body" lang={language}>
          <RichTextView value={value} />
        </div>
      )}
    </section>
  );
}
