import { Node, Path, Text, type BaseRange, type NodeEntry } from 'slate';
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
      <span {...attributes} className={leaf.redactionGoesOn ? 'redacted goes-on' : 'redacted'} data-woo-ground={leaf.redacted} title={r.markedOn(leaf.redacted)}>
        {content}
      </span>
    );
  }
  return <span {...attributes}>{content}</span>;
}

/**
 * One badge per redacted passage: a leaf whose passage goes on into the next
 * text (a bold word inside it) is decorated so that only the last shows its code.
 */
export function decorateRedactions(root: Node): (entry: NodeEntry) => BaseRange[] {
  return ([node, path]) => {
    if (!Text.isText(node) || !node.redacted || !node.text || path.length === 0) return [];
    const next = Node.has(root, Path.next(path)) ? Node.get(root, Path.next(path)) : null;
    if (!Text.isText(next) || next.redacted !== node.redacted) return [];
    return [{ anchor: { path, offset: 0 }, focus: { path, offset: node.text.length }, redactionGoesOn: true } as BaseRange];
  };
}
