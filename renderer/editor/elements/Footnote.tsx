import { useSlateSelector, type RenderElementProps } from 'slate-react';
import { useEditorUi } from '../../components/editor/editor-ui';
import { useEditorMessages } from '../../i18n/editor';
import { footnoteNumber } from '../footnotes';

/**
 * A void inline drawn as its superscript number; the number counts on from
 * the footnotes earlier in the item. Clicking it (or Enter on it) opens the
 * note for editing.
 */
export function Footnote({ attributes, children, element }: RenderElementProps) {
  const ui = useEditorUi();
  const m = useEditorMessages();
  // Re-render only when this footnote's position among the section's footnotes changes.
  const index = useSlateSelector((e) => (element.type === 'footnote' ? footnoteNumber(e.children, element) : 0));
  if (element.type !== 'footnote') return null;
  const number = ui.footnoteOffset + index;
  return (
    <span {...attributes} contentEditable={false} className="footnote-ref">
      <sup>
        <button
          type="button"
          className="footnote-button"
          aria-label={m.footnoteLabel(number, element.note)}
          title={element.note}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => ui.editFootnote(element)}
        >
          {number}
        </button>
      </sup>
      {children}
    </span>
  );
}
