import type { Dispatch } from 'react';
import type { AgendaItem } from '../../../core/model/pack';
import type { CommentAnchor } from '../../../core/model/pack-ops';
import { groundOfRange } from '../../../core/model/redact-range';
import { useRedactionMessages } from '../../i18n/redaction';
import type { DocumentAction } from '../../state/document';
import { RedactPopover } from '../editor/RedactPopover';

interface SourceRedactionProps {
  item: AgendaItem;
  /** The passage of the letter text selected now, as comments take it. */
  selection: CommentAnchor | null;
  /** The passage being redacted (the popover is open), from the button or Ctrl+Alt+R. */
  passage: CommentAnchor | null;
  onPassage(passage: CommentAnchor | null): void;
  dispatch: Dispatch<DocumentAction>;
}

/** Redact (Woo)… on the selected words of the letter text: asks for the ground, or takes the mark off a marked passage. */
export function SourceRedaction({ item, selection, passage, onPassage: setPassage, dispatch }: SourceRedactionProps) {
  const r = useRedactionMessages();
  const range = (at: CommentAnchor) => ({ block: at.block, start: at.start, end: at.end });
  return (
    <>
      <button
        type="button"
        className="small-button"
        disabled={!selection}
        aria-keyshortcuts="Control+Alt+R"
        title={selection ? undefined : r.selectToRedact}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setPassage(selection)}
      >
        {r.redact}
      </button>
      {passage && (
        <RedactPopover
          current={groundOfRange(item.source, passage)}
          onApply={(code) => {
            dispatch({ type: 'redact-source', itemId: item.id, range: range(passage), code });
            setPassage(null);
          }}
          onRemove={() => {
            dispatch({ type: 'redact-source', itemId: item.id, range: range(passage), code: null });
            setPassage(null);
          }}
          onClose={() => setPassage(null)}
        />
      )}
    </>
  );
}
