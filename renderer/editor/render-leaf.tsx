import type { RenderLeafProps } from 'slate-react';
import { useRedactionMessages } from '../i18n/redaction';

export function renderLeaf(props: RenderLeafProps) {
  return <Leaf {...props} />;
}

function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  const r = useRedactionMessages();
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  if (leaf.strikethrough) content = <s>{content}</s>;
  if (leaf.highlight) content = <mark>{content}</mark>;
  // Redacted words stay readable for the author: hatched and outlined, the ground in the title and a badge (styles.css).
  if (leaf.redacted) {
    return (
      <span {...attributes} className="redacted" data-woo-ground={leaf.redacted} title={r.markedOn(leaf.redacted)}>
        {content}
      </span>
    );
  }
  return <span {...attributes}>{content}</span>;
}
