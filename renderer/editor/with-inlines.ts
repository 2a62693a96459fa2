import { Element, Node, Transforms } from 'slate';
import type { Editor } from 'slate';
import { isAllowedLinkUrl } from '../../core/model/rich-text';

/**
 * Links and footnotes are inline; a footnote is void (its text lives on the
 * node), and so is a figure block. A link whose address is not allowed, or that has lost its text, is
 * unwrapped; links are never nested.
 */
export function withInlines(editor: Editor): Editor {
  const { isInline, isVoid, normalizeNode, markableVoid } = editor;
  editor.isInline = (element) => element.type === 'link' || element.type === 'footnote' || isInline(element);
  // A figure is a void block: its picture and texts live on the node, the bytes with the document.
  editor.isVoid = (element) => element.type === 'footnote' || element.type === 'figure' || isVoid(element);
  editor.markableVoid = (element) => element.type !== 'footnote' && markableVoid(element);
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && node.type === 'link') {
      const nested = path.length > 1 && Element.isElement(Node.parent(editor, path)) && (Node.parent(editor, path) as Element).type === 'link';
      if (nested || !isAllowedLinkUrl(node.url) || Node.string(node) === '') {
        Transforms.unwrapNodes(editor, { at: path });
        return;
      }
      // A link holds only text: a footnote that ended up inside is moved out (splitting the link).
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.liftNodes(editor, { at: childPath });
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
