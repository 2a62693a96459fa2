// @vitest-environment jsdom
/**
 * The editor side of the list depth limit: Tab cannot nest a list item past
 * the deepest level a pack may store (9, as in Word), and pasted HTML nested
 * deeper keeps every item, at the deepest level. Otherwise the person would
 * build a value that the app then could not save.
 */
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { listDepth } from '../../core/model/list-depth';
import { MAX_LIST_DEPTH, richTextSchema, type ListElement, type RichText } from '../../core/model/rich-text';
import { plainLines } from '../../core/model/walk';
import { indentListItem } from '../../renderer/editor/commands';
import { withInlines } from '../../renderer/editor/with-inlines';
import { withLists } from '../../renderer/editor/with-lists';
import { withTables } from '../../renderer/editor/with-tables';
import { richTextFromClipboard } from '../../renderer/paste/clipboard';

const item = (text: string) => ({ type: 'list-item' as const, children: [{ text }] });

/** Lists nested `depth` deep whose deepest list holds the items "een" and "twee". */
function listWithTwoDeepest(depth: number): RichText {
  let list: ListElement = { type: 'bulleted-list', children: [item('een'), item('twee')] };
  for (let level = depth - 1; level >= 1; level--) list = { type: 'bulleted-list', children: [item(`level ${level}`), list] };
  return [list];
}

function editorWith(value: RichText): Editor {
  const editor = withTables(withLists(withInlines(withHistory(createEditor()))));
  editor.children = structuredClone(value) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

/** Puts the cursor in the list item with this text. */
function selectItem(editor: Editor, text: string): void {
  const [entry] = Editor.nodes(editor, { at: [], match: (node) => 'text' in node && node.text === text });
  if (!entry) throw new Error(`no item "${text}"`);
  Transforms.select(editor, Editor.start(editor, entry[1]));
}

describe('Tab at the deepest list level', () => {
  it('nests an item down to level 9', () => {
    const editor = editorWith(listWithTwoDeepest(MAX_LIST_DEPTH - 1));
    selectItem(editor, 'twee');
    expect(indentListItem(editor)).toBe(true);
    const value = richTextSchema.parse(editor.children);
    expect(listDepth(value)).toBe(MAX_LIST_DEPTH);
  });

  it('refuses to nest an item at level 9 any deeper, leaving the value as it was and valid', () => {
    const before = listWithTwoDeepest(MAX_LIST_DEPTH);
    const editor = editorWith(before);
    selectItem(editor, 'twee');
    expect(indentListItem(editor)).toBe(false);
    expect(richTextSchema.parse(editor.children)).toEqual(before);
  });
});

describe('pasting HTML lists nested deeper than 9 levels', () => {
  it('keeps every item in order, the deeper ones at level 9, and passes the schema', () => {
    let html = '';
    for (let level = 15; level >= 1; level--) html = `<ul><li>level ${level}${html}</li></ul>`;
    const result = richTextFromClipboard({ types: ['text/html'], getData: (type: string) => (type === 'text/html' ? html : '') });
    if (result.kind !== 'insert') throw new Error(`expected an insert, got ${result.kind}`);
    const value = richTextSchema.parse(result.value);
    expect(listDepth(value)).toBe(MAX_LIST_DEPTH);
    expect(plainLines(value)).toEqual(Array.from({ length: 15 }, (_, i) => `level ${i + 1}`));
  });
});
