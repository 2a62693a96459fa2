import { useRef } from 'react';
import { useFocused, useSlate } from 'slate-react';
import {
  activeCell,
  activeLink,
  indentListItem,
  insertColumn,
  insertRow,
  insertTable,
  isBlockActive,
  isListActive,
  isMarkActive,
  outdentListItem,
  removeColumn,
  removeRow,
  removeTable,
  toggleBlock,
  toggleHeaderRow,
  toggleList,
  toggleMark,
} from '../editor/commands';
import { useDocumentHistory } from '../history/use-document-history';
import { SHORTCUTS } from '../editor/hotkeys';
import { useRovingToolbar } from '../hooks/use-roving-toolbar';
import { syncSelectionFromDom } from '../editor/sync-selection';
import type { Mark } from '../editor/nodes';
import { useEditorMessages } from '../i18n/editor';
import { useRedactionMessages } from '../i18n/redaction';
import { activeRedaction } from '../editor/commands/redaction';
import { useMessages } from '../language-context';
import { FormatButton } from './FormatButton';

interface EditorToolbarProps {
  label: string;
  onLink(): void;
  onFootnote(): void;
  onPicture(): void;
  onRedact(): void;
}

/** Formatting for one section; re-renders with the editor so the pressed states follow the caret. */
export function EditorToolbar({ label, onLink, onFootnote, onPicture, onRedact }: EditorToolbarProps) {
  const editor = useSlate();
  const focused = useFocused(); // a blurred editor keeps its selection; don't show its marks as pressed
  const t = useMessages();
  const m = useEditorMessages();
  const r = useRedactionMessages();
  const cell = focused ? activeCell(editor) : null;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const onToolbarKeyDown = useRovingToolbar(toolbarRef);
  const history = useDocumentHistory();
  const mark = (name: Mark, text: string) => (
    <FormatButton icon={name} label={text} shortcut={SHORTCUTS[name]} pressed={focused && isMarkActive(editor, name)} onPress={() => toggleMark(editor, name)} />
  );
  return (
    <div ref={toolbarRef} role="toolbar" aria-label={t.formatting(label)} className="format-bar" onKeyDown={onToolbarKeyDown}
      // A button pressed at once after a key acts on the caret as it is now (see sync-selection.ts).
      onMouseDownCapture={() => syncSelectionFromDom(editor)}
      onClickCapture={() => syncSelectionFromDom(editor)}
    >
      {mark('bold', t.bold)}
      {mark('italic', t.italic)}
      {mark('underline', t.underline)}
      {mark('strikethrough', m.strikethrough)}
      {mark('highlight', m.highlight)}
      <span className="separator" aria-hidden="true" />
      <FormatButton icon="heading" label={m.subheading} shortcut={SHORTCUTS.heading} pressed={focused && isBlockActive(editor, 'heading')} onPress={() => toggleBlock(editor, 'heading')} />
      <FormatButton icon="block-quote" label={m.blockQuote} shortcut={SHORTCUTS['block-quote']} pressed={focused && isBlockActive(editor, 'block-quote')} onPress={() => toggleBlock(editor, 'block-quote')} />
      <FormatButton icon="bulleted-list" label={t.bulletedList} shortcut={SHORTCUTS['bulleted-list']} pressed={focused && isListActive(editor, 'bulleted-list')} onPress={() => toggleList(editor, 'bulleted-list')} />
      <FormatButton icon="numbered-list" label={t.numberedList} shortcut={SHORTCUTS['numbered-list']} pressed={focused && isListActive(editor, 'numbered-list')} onPress={() => toggleList(editor, 'numbered-list')} />
      <FormatButton icon="outdent" label={m.outdent} shortcut={SHORTCUTS.outdent} onPress={() => outdentListItem(editor)} />
      <FormatButton icon="indent" label={m.indent} shortcut={SHORTCUTS.indent} onPress={() => indentListItem(editor)} />
      <span className="separator" aria-hidden="true" />
      <FormatButton icon="link" label={m.link} shortcut={SHORTCUTS.link} pressed={focused && !!activeLink(editor)} onPress={onLink} />
      <FormatButton icon="footnote" label={m.footnote} shortcut={SHORTCUTS.footnote} onPress={onFootnote} />
      <FormatButton icon="table" label={m.insertTable} disabled={!!cell} onPress={() => insertTable(editor)} />
      <FormatButton icon="picture" label={m.insertPicture} disabled={!!cell} onPress={onPicture} />
      <FormatButton icon="redact" label={r.redact} shortcut={SHORTCUTS.redact} pressed={focused && !!activeRedaction(editor)} onPress={onRedact} />
      {cell && (
        <span role="group" aria-label={m.tableTools} className="table-tools">
          <FormatButton icon="row-add" label={m.addRowBelow} onPress={() => insertRow(editor)} />
          <FormatButton icon="row-remove" label={m.removeRow} onPress={() => removeRow(editor)} />
          <FormatButton icon="column-add" label={m.addColumnRight} onPress={() => insertColumn(editor)} />
          <FormatButton icon="column-remove" label={m.removeColumn} onPress={() => removeColumn(editor)} />
          <FormatButton
            icon="header-row"
            label={m.headerRow}
            pressed={cell.table[0].children[0]?.children.every((c) => c.header) ?? false}
            onPress={() => toggleHeaderRow(editor)}
          />
          <FormatButton icon="table-remove" label={m.removeTable} onPress={() => removeTable(editor)} />
        </span>
      )}
      <span className="separator" aria-hidden="true" />
      {/* The document's one history: the same steps as Ctrl+Z in the agenda list or another section. */}
      <FormatButton icon="undo" label={t.undo} shortcut={SHORTCUTS.undo} disabled={!history.canUndo} onPress={history.undo} />
      <FormatButton icon="redo" label={t.redo} shortcut={SHORTCUTS.redo} disabled={!history.canRedo} onPress={history.redo} />
    </div>
  );
}
