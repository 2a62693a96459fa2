/**
 * After the overview opens an item: bring a redacted passage into view and
 * select it, as a word processor's list of marks goes to the mark. In an
 * annotation the selection is the editor's (Slate follows the DOM selection),
 * so Ctrl+Alt+R on it changes or removes the ground at once.
 */

/** Frames to wait for the item view to render the passage; the view renders within one or two. */
const FRAMES = 30;

export interface PassageOnScreen {
  /** The section's label as its editor shows it; null for the letter text. */
  sectionLabel: string | null;
  code: string;
  text: string;
}

function sectionRoot(label: string | null): Element | null {
  if (label === null) return document.querySelector('.commented-source .source-body');
  return [...document.querySelectorAll('section.section-editor')].find((section) => section.querySelector('h3')?.textContent === label) ?? null;
}

/** The marked leaves of the passage: the first leaf marked with its ground that starts it, and the neighbours it runs on into. */
function passageLeaves(root: Element, { code, text }: PassageOnScreen): Element[] {
  const marked = [...root.querySelectorAll('.redacted')].filter((leaf) => leaf.getAttribute('data-woo-ground') === code);
  for (let start = 0; start < marked.length; start++) {
    const leaves: Element[] = [];
    let joined = '';
    for (let at = start; at < marked.length && joined.length < text.length; at++) {
      leaves.push(marked[at]!);
      joined += marked[at]!.textContent ?? '';
      if (!text.startsWith(joined)) break;
    }
    if (joined === text) return leaves;
  }
  return marked.slice(0, 1);
}

export function revealPassage(passage: PassageOnScreen, frames = FRAMES): void {
  const root = sectionRoot(passage.sectionLabel);
  const leaves = root ? passageLeaves(root, passage) : [];
  if (leaves.length === 0) {
    if (frames > 0) requestAnimationFrame(() => revealPassage(passage, frames - 1));
    return;
  }
  const first = leaves[0]!;
  first.scrollIntoView({ block: 'center', inline: 'nearest' });
  const editable = first.closest<HTMLElement>('[contenteditable="true"]');
  editable?.focus({ preventScroll: true });
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(leaves.at(-1)!);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
