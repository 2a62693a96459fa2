/**
 * Brings the section editors on screen up to date with another writer's edit
 * in place (no remount), so the person typing keeps focus and caret: as text
 * operations where only text changed (text-edits.ts), else by replacing the
 * value and putting the caret where its text went (map-point.ts).
 */
import { flushSync } from 'react-dom';
import { Editor, Range, type BaseOperation } from 'slate';
import { sameNode } from '../../core/collab/rich-text-y';
import type { BriefingPack } from '../../core/model/pack';
import { emptyRichText } from '../../core/model/rich-text';
import type { EditorRegistry } from '../find/registry';
import { mapPoint } from './map-point';
import { textEdits } from './text-edits';

const remote = new WeakSet<object>();

/** An operation that brought another writer's edit in: not an edit of this person's. */
export function isRemoteOperation(operation: BaseOperation): boolean {
  return remote.has(operation);
}

export function syncEditors(registry: EditorRegistry, pack: BriefingPack): void {
  for (const { itemId, sectionKey, editor } of registry.onScreen()) {
    const item = pack.items.find((candidate) => candidate.id === itemId);
    if (!item) continue;
    const value = item.sections[sectionKey] ?? emptyRichText();
    if (value === editor.children || sameNode(value, editor.children)) continue;
    const operations = textEdits(editor.children, value);
    if (operations) {
      Editor.withoutNormalizing(editor, () => {
        for (const operation of operations) {
          remote.add(operation);
          editor.apply(operation);
        }
      });
      // Drawn now, before the next keystroke: the browser types into the page's text, which must be the editor's.
      flushSync(() => editor.onChange());
      continue;
    }
    const before = editor.children;
    const selection = editor.selection;
    editor.children = value;
    if (selection) {
      const anchor = mapPoint(before, value, selection.anchor);
      const focus = Range.isCollapsed(selection) ? anchor : mapPoint(before, value, selection.focus);
      editor.selection = Editor.hasPath(editor, anchor.path) && Editor.hasPath(editor, focus.path) ? { anchor, focus } : null;
    }
    // Slate redraws on onChange; with no operations pending, SectionEditor does not take it as an edit.
    flushSync(() => editor.onChange());
  }
}
