import { useSlateStatic, type RenderElementProps } from 'slate-react';
import { ReactEditor } from 'slate-react';
import { Node } from 'slate';
import { isList } from '../nodes';

/**
 * A list. The model nests a list directly in its parent list (after the item it
 * belongs to); HTML allows only items in a list, so a nested list is drawn inside
 * an item of its own, without a bullet, for screen readers and axe alike.
 */
export function List({ attributes, children, element }: RenderElementProps) {
  const editor = useSlateStatic();
  const path = ReactEditor.findPath(editor, element);
  const nested = path.length > 1 && isList(Node.parent(editor, path));
  const list = element.type === 'numbered-list' ? <ol {...(nested ? {} : attributes)}>{children}</ol> : <ul {...(nested ? {} : attributes)}>{children}</ul>;
  return nested ? (
    <li {...attributes} className="nested-list">
      {list}
    </li>
  ) : (
    list
  );
}
