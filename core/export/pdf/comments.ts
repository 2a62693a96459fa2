/**
 * Comments on an item's source text, per the template's sourceComments mode:
 * as footnotes at the passage, as marks for PDF text annotations, or left
 * for an appendix. Resolved comments are left out. The source is copied,
 * never changed.
 */
import type { SourceComment } from '../../model/pack';
import type { BlockElement, FormattedText, InlineNode, RichText } from '../../model/rich-text';
import { placeComment } from '../../model/comment-placement';
import { anchorRuns } from '../../model/walk';
import type { CommentedText } from './words';

/** "Author: text", replies after it the same way. */
export function commentText(comment: SourceComment, separator = ' — '): string {
  return [comment.text, ...comment.replies.map((r) => `${r.author}: ${r.text}`)]
    .map((text, i) => (i === 0 ? `${comment.author}: ${text}` : text))
    .join(separator);
}

const textLength = (node: InlineNode): number =>
  !('type' in node) ? node.text.length : node.type === 'link' ? node.children.reduce((n, c) => n + c.text.length, 0) : 0;

/** Splits text leaves so that offset falls between nodes; returns the index of the node starting there. */
function splitAt(run: InlineNode[], offset: number): number {
  let position = 0;
  for (let i = 0; i < run.length; i++) {
    const node = run[i]!;
    const length = textLength(node);
    if (offset <= position) return i;
    if (offset < position + length) {
      if ('type' in node) {
        if (node.type === 'link') {
          const children = node.children;
          let at = position;
          for (let j = 0; j < children.length; j++) {
            const child = children[j]!;
            if (offset > at && offset < at + child.text.length) {
              children.splice(j, 1, { ...child, text: child.text.slice(0, offset - at) }, { ...child, text: child.text.slice(offset - at) });
              break;
            }
            at += child.text.length;
          }
        }
        return i + 1;
      }
      const cut = offset - position;
      run.splice(i, 1, { ...node, text: node.text.slice(0, cut) }, { ...node, text: node.text.slice(cut) });
      return i + 1;
    }
    position += length;
  }
  return run.length;
}

/** Calls apply with the run and [start, end) mapped into each run the range touches. */
function eachRunRange(block: BlockElement, start: number, end: number, apply: (run: InlineNode[], from: number, to: number) => void): void {
  let position = 0;
  for (const run of anchorRuns(block)) {
    const length = run.reduce((n, node) => n + textLength(node), 0);
    const from = Math.max(start, position) - position;
    const to = Math.min(end, position + length) - position;
    if (to > from || (start === end && start >= position && start <= position + length)) apply(run, from, Math.max(from, to));
    position += length + 1;
  }
}

function markRun(run: InlineNode[], from: number, to: number, comment: number): void {
  const first = splitAt(run, from);
  const last = splitAt(run, to);
  for (let i = first; i < last; i++) {
    const node = run[i]!;
    if (!('type' in node)) (node as FormattedText & CommentedText).comment = comment;
    else if (node.type === 'link') for (const child of node.children) (child as FormattedText & CommentedText).comment = comment;
  }
}

/**
 * The source with each open comment applied: 'footnotes' inserts a footnote
 * after the passage; 'word-comments' marks the passage with the number
 * register() returns for the comment.
 */
export function sourceWithComments(
  source: RichText,
  comments: readonly SourceComment[],
  mode: 'word-comments' | 'footnotes',
  register: (comment: SourceComment) => number,
): RichText {
  const copy = structuredClone(source) as RichText;
  for (const comment of comments) {
    const placed = placeComment(source, comment.anchor);
    const block = placed && copy[placed.block];
    if (!placed || !block) continue;
    const { start, end } = placed;
    if (mode === 'word-comments') {
      const number = register(comment);
      eachRunRange(block, start, end, (run, from, to) => markRun(run, from, to, number));
    } else {
      let done = false;
      eachRunRange(block, end, end, (run, from) => {
        if (done) return;
        done = true;
        run.splice(splitAt(run, from), 0, { type: 'footnote', note: commentText(comment), children: [{ text: '' }] });
      });
    }
  }
  return copy;
}
