import { useFocused, useSlate } from 'slate-react';
import { isListActive, isMarkActive, redo, toggleList, toggleMark, undo } from '../editor/commands';
import { SHORTCUTS } from '../editor/hotkeys';
import { useMessages } from '../language-context';
import { FormatButton } from './FormatButton';

/** Formatting for one section; re-renders with the editor so the pressed states follow the caret. */
export function EditorToolbar({ label }: { label: string }) {
  const editor = useSlate();
  const focused = useFocused(); // a blurred editor keeps its selection; don't show its marks as pressed
  const t = useMessages();
  return (
    <div role="toolbar" aria-label={t.formatting(label)} className="format-bar">
      <FormatButton icon="bold" label={t.bold} shortcut={SHORTCUTS.bold} pressed={focused && isMarkActive(editor, 'bold')} onPress={() => toggleMark(editor, 'bold')} />
      <FormatButton icon="italic" label={t.italic} shortcut={SHORTCUTS.italic} pressed={focused && isMarkActive(editor, 'italic')} onPress={() => toggleMark(editor, 'italic')} />
      <FormatButton icon="underline" label={t.underline} shortcut={SHORTCUTS.underline} pressed={focused && isMarkActive(editor, 'underline')} onPress={() => toggleMark(editor, 'underline')} />
      <span className="separator" aria-hidden="true" />
      <FormatButton icon="bulleted-list" label={t.bulletedList} shortcut={SHORTCUTS['bulleted-list']} pressed={focused && isListActive(editor, 'bulleted-list')} onPress={() => toggleList(editor, 'bulleted-list')} />
      <FormatButton icon="numbered-list" label={t.numberedList} shortcut={SHORTCUTS['numbered-list']} pressed={focused && isListActive(editor, 'numbered-list')} onPress={() => toggleList(editor, 'numbered-list')} />
      <span className="separator" aria-hidden="true" />
      <FormatButton icon="undo" label={t.undo} shortcut={SHORTCUTS.undo} disabled={editor.history.undos.length === 0} onPress={() => undo(editor)} />
      <FormatButton icon="redo" label={t.redo} shortcut={SHORTCUTS.redo} disabled={editor.history.redos.length === 0} onPress={() => redo(editor)} />
    </div>
  );
}
