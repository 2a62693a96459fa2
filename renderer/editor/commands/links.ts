/** Links: only http, https and mailto, without credentials or attachments, as the model allows (link-href.ts). */
import { Editor, Element, Range, Transforms, type BaseRange, type NodeEntry } from 'slate';
import { linkRefusal, type LinkRefusal } from '../../../core/model/link-href';
import type { LinkElement } from '../../../core/model/rich-text';
import { isLink } from '../nodes';

/** What the person typed, as the URL to store, or why it is refused (the link prompt says why). */
export type CheckedLinkInput = { url: string } | { refused: LinkRefusal };

/**
 * A bare address gets a scheme (www.nato.int → https://www.nato.int, a@b.nl →
 * mailto:a@b.nl); then the one rule for links decides.
 */
export function checkLinkInput(input: string): CheckedLinkInput {
  const text = input.trim();
  if (!text || text.length > 2_000) return { refused: 'malformed' };
  let url = text;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (/^[^\s@/?]+@[^\s@/?]+\.[^\s@/?]+(\?.*)?$/.test(text)) url = `mailto:${text}`;
    else if (/^[^\s/:]+\.[^\s/:]+/.test(text)) url = `https://${text}`;
    else return { refused: 'malformed' };
  }
  if (/\s/.test(url)) return { refused: 'malformed' };
  const refused = linkRefusal(url);
  return refused ? { refused } : { url };
}

/** The URL as it will be stored, or null when it is not allowed. */
export function normaliseLinkUrl(input: string): string | null {
  const checked = checkLinkInput(input);
  return 'url' in checked ? checked.url : null;
}

export function activeLink(editor: Editor, at: BaseRange | null = editor.selection): NodeEntry<LinkElement> | undefined {
  if (!at) return undefined;
  return Editor.above(editor, { at, match: isLink }) as NodeEntry<LinkElement> | undefined;
}

/**
 * Links the selection (or, with nothing selected, inserts `text` as a link),
 * or changes the address of the link around the caret. Returns false for a
 * URL that is not allowed, and changes nothing then.
 */
export function insertLink(editor: Editor, input: string, text = '', at: BaseRange | null = editor.selection): boolean {
  const url = normaliseLinkUrl(input);
  if (!url || !at) return false;
  Transforms.select(editor, at);
  const existing = activeLink(editor, at);
  if (existing) {
    Transforms.setNodes(editor, { url }, { at: existing[1] });
    return true;
  }
  if (Range.isCollapsed(at)) {
    const label = text.trim() || url.replace(/^mailto:/, '');
    Transforms.insertNodes(editor, { type: 'link', url, children: [{ text: label }] });
  } else {
    Transforms.wrapNodes(editor, { type: 'link', url, children: [] }, { split: true });
    Transforms.collapse(editor, { edge: 'end' });
  }
  return true;
}

export function removeLink(editor: Editor, at: BaseRange | null = editor.selection): void {
  if (!at) return;
  Transforms.unwrapNodes(editor, { at, match: (node) => Element.isElement(node) && isLink(node), split: true });
}
