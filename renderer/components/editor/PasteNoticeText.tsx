import { describeApiError } from '../../i18n';
import { useEditorMessages } from '../../i18n/editor';
import { useLanguage } from '../../language-context';
import type { PasteNotice } from '../../editor/with-paste';

/** What a paste or an inserted picture could not keep, in words: one line per refused picture. */
export function PasteNoticeText({ notice }: { notice: PasteNotice | null }) {
  const m = useEditorMessages();
  const language = useLanguage();
  if (notice === null) return null;
  if (typeof notice === 'object') {
    return (
      <>
        {notice.pictures.map((error, i) => (
          <span key={i} className="paste-notice-line">
            {describeApiError(error, language)}
          </span>
        ))}
      </>
    );
  }
  const text = {
    'unsafe-fragment': m.pasteUnsafe,
    'invalid-html': m.pasteInvalid,
    'too-complex': m.pasteTooComplex,
    'too-large': m.pasteTooLarge,
    refused: m.pasteRefused,
    flattened: m.pasteFlattened,
    failed: m.pasteFailed,
  }[notice];
  return <>{text}</>;
}
