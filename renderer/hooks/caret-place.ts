/**
 * The caret in an element as character offsets, not as a DOM Range: an editor
 * re-renders its text nodes while it is blurred, and a saved Range then falls
 * back to the element's start. Offsets find the same place in the new nodes.
 */
export interface CaretPlace {
  anchor: number;
  focus: number;
}

function offsetOf(element: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return range.toString().length;
}

function pointAt(element: HTMLElement, offset: number): [Node, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return [node, left];
    left -= node.length;
    last = node;
  }
  return last ? [last, last.length] : [element, 0];
}

export function saveCaret(element: HTMLElement): CaretPlace | null {
  const selection = window.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  if (!element.contains(selection.anchorNode) || !element.contains(selection.focusNode)) return null;
  return { anchor: offsetOf(element, selection.anchorNode, selection.anchorOffset), focus: offsetOf(element, selection.focusNode, selection.focusOffset) };
}

export function restoreCaret(element: HTMLElement, place: CaretPlace): void {
  const selection = window.getSelection();
  if (!selection) return;
  const [anchorNode, anchorOffset] = pointAt(element, place.anchor);
  const [focusNode, focusOffset] = pointAt(element, place.focus);
  selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
}
