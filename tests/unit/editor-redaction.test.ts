/** The editor's Woo redaction command: marks the selected words, reads the ground back, changes it, takes it off. */
import { createEditor, type Descendant, type Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { activeRedaction, removeRedaction, setRedaction } from '../../renderer/editor/commands/redaction';

function editorWith(children: Descendant[]): Editor {
  const editor = createEditor();
  editor.children = children;
  return editor;
}

const select = (editor: Editor, start: number, end: number, path = [0, 0]) =>
  (editor.selection = { anchor: { path, offset: start }, focus: { path, offset: end } });

describe('redaction command', () => {
  it('marks the selected words only, and reads the ground back', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Open geheim einde' }] }]);
    select(editor, 5, 11);
    setRedaction(editor, '5.1.2e');
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'Open ' }, { text: 'geheim', redacted: '5.1.2e' }, { text: ' einde' }] }]);
    expect(activeRedaction(editor, { anchor: { path: [0, 1], offset: 2 }, focus: { path: [0, 1], offset: 2 } })).toBe('5.1.2e');
    expect(activeRedaction(editor, { anchor: { path: [0, 0], offset: 1 }, focus: { path: [0, 0], offset: 1 } })).toBeNull();
  });

  it('with the caret in a passage: changes its ground, or takes the mark off all of it (bold inside it too)', () => {
    const editor = editorWith([
      { type: 'paragraph', children: [{ text: 'Open ' }, { text: 'ge', redacted: '5.1.2e' }, { text: 'heim', bold: true, redacted: '5.1.2e' }, { text: ' einde' }] },
    ]);
    const caret = { anchor: { path: [0, 1], offset: 1 }, focus: { path: [0, 1], offset: 1 } };
    setRedaction(editor, '5.1.1c', caret);
    expect(activeRedaction(editor, { anchor: { path: [0, 1], offset: 0 }, focus: { path: [0, 2], offset: 4 } })).toBe('5.1.1c');
    removeRedaction(editor, caret);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'Open ge' }, { text: 'heim', bold: true }, { text: ' einde' }] }]);
  });

  it('a bare caret outside a passage changes nothing', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Open' }] }]);
    setRedaction(editor, '5.1.2e', { anchor: { path: [0, 0], offset: 2 }, focus: { path: [0, 0], offset: 2 } });
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'Open' }] }]);
  });
});
