/** The Woo redaction mark (a ground's code on the text leaves): set, read and taken off through Slate's own edits, so undo and live sessions see them. */
import { Editor, Range, Text, Transforms, type BaseRange, type Path } from 'slate';

/** The ground of the redacted passage at the selection (the caret in it, or all of a selection in one ground). */
export function activeRedaction(editor: Editor, at: BaseRange | null = editor.selection): string | null {
  if (!at) return null;
  if (Range.isCollapsed(at)) {
    const [leaf] = Editor.nodes(editor, { at, match: Text.isText });
    return leaf?.[0].redacted ?? null;
  }
  const codes = new Set<string | undefined>();
  for (const [leaf] of Editor.nodes(editor, { at: Editor.unhangRange(editor, at), match: Text.isText })) {
    if (leaf.text !== '' || codes.size === 0) codes.add(leaf.redacted);
  }
  const [only] = [...codes];
  return codes.size === 1 && only ? only : null;
}

/** Marks the selected words as redacted on this ground; with the caret in a redacted passage, gives the passage this ground. */
export function setRedaction(editor: Editor, code: string, at: BaseRange | null = editor.selection): void {
  if (!at) return;
  const range = Range.isCollapsed(at) ? passageAround(editor, at.anchor.path) : at;
  if (!range) return;
  Transforms.setNodes(editor, { redacted: code }, { at: range, match: Text.isText, split: true });
}

/** Takes the mark off the selection, or, with the caret in a redacted passage, off the whole passage. */
export function removeRedaction(editor: Editor, at: BaseRange | null = editor.selection): void {
  if (!at) return;
  const range = Range.isCollapsed(at) ? passageAround(editor, at.anchor.path) : at;
  if (!range) return;
  Transforms.unsetNodes(editor, 'redacted', { at: range, match: Text.isText, split: true });
}

/** The run of neighbouring leaves with the same ground as the leaf at `path`, in its block. */
function passageAround(editor: Editor, path: Path): BaseRange | null {
  const [leaf] = Editor.node(editor, path);
  const code = Text.isText(leaf) ? leaf.redacted : undefined;
  if (!code) return null;
  const block = Editor.above(editor, { at: path, match: (node) => !Editor.isEditor(node) && Editor.isBlock(editor, node as never) });
  if (!block) return null;
  const leaves = [...Editor.nodes(editor, { at: block[1], match: Text.isText })];
  let first = leaves.findIndex(([, p]) => p.join() === path.join());
  let last = first;
  while (first > 0 && leaves[first - 1]![0].redacted === code) first--;
  while (last < leaves.length - 1 && leaves[last + 1]![0].redacted === code) last++;
  return { anchor: Editor.start(editor, leaves[first]![1]), focus: Editor.end(editor, leaves[last]![1]) };
}
