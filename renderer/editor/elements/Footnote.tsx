import { useSlate, type RenderElementProps } from 'slate-react';
import { footnoteNumber } from '../footnotes';

/** A void inline: the number is drawn, the note text shows on hover. */
export function Footnote({ attributes, children, element }: RenderElementProps) {
  const editor = useSlate(); // re-render when footnotes before this one change
  if (element.type !== 'footnote') return null;
  const number = footnoteNumber(editor.children, element);
  return (
    <span {...attributes} contentEditable={false} className="footnote-ref">
      <sup title={element.note}>{number}</sup>
      {children}
    </span>
  );
}
