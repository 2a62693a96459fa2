/**
 * The editor's commands and plugins on a headless Slate editor (no DOM):
 * list nesting, tables, links, footnotes, find and replace. Every result is
 * checked against the model's schema, since the Slate value is the model.
 */
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory, type HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { richTextSchema, type RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';
import {
  indentListItem,
  insertColumn,
  insertFootnote,
  insertLink,
  insertTable,
  moveToCell,
  normaliseLinkUrl,
  outdentListItem,
  removeColumn,
  toggleBlock,
} from '../../renderer/editor/commands';
import { footnoteOffsets } from '../../renderer/editor/footnotes';
import { withInlines } from '../../renderer/editor/with-inlines';
import { withLists } from '../../renderer/editor/with-lists';
import { withTables } from '../../renderer/editor/with-tables';
import { findInPack, findInValue, replaceInEditor, replaceInValue } from '../../renderer/find/search';
import { estimatePages, packWords, WORDS_PER_PAGE } from '../../renderer/find/word-count';

// slate-history here only to check that a command is one step of its own; the app's history is renderer/history.
function editorWith(value: RichText): Editor & HistoryEditor {
  const editor = withTables(withLists(withInlines(withHistory(createEditor()))));
  editor.children = structuredClone(value) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor as Editor & HistoryEditor; // the plugins return the editor they were given
}

function valid(editor: Editor): RichText {
  return richTextSchema.parse(editor.children);
}

const item = (text: string) => ({ type: 'list-item' as const, children: [{ text }] });

describe('lists: Tab and Shift+Tab', () => {
  it('nests an item under the one before it, joining a nested list that follows', () => {
    const editor = editorWith([
      { type: 'bulleted-list', children: [item('een'), item('twee'), { type: 'bulleted-list', children: [item('drie')] }] },
    ]);
    Transforms.select(editor, Editor.start(editor, [0, 1]));
    expect(indentListItem(editor)).toBe(true);
    expect(valid(editor)).toEqual([{ type: 'bulleted-list', children: [item('een'), { type: 'bulleted-list', children: [item('twee'), item('drie')] }] }]);
  });

  it('does not nest the first item, and Shift+Tab lifts a nested item back', () => {
    const editor = editorWith([{ type: 'numbered-list', children: [item('een'), { type: 'numbered-list', children: [item('twee'), item('drie')] }] }]);
    Transforms.select(editor, Editor.start(editor, [0, 0]));
    expect(indentListItem(editor)).toBe(false);
    Transforms.select(editor, Editor.start(editor, [0, 1, 0]));
    outdentListItem(editor);
    expect(valid(editor)).toEqual([{ type: 'numbered-list', children: [item('een'), item('twee'), { type: 'numbered-list', children: [item('drie')] }] }]);
    editor.undo();
    expect(valid(editor)).toEqual([{ type: 'numbered-list', children: [item('een'), { type: 'numbered-list', children: [item('twee'), item('drie')] }] }]);
  });

  it('Shift+Tab on a top-level item makes it a paragraph', () => {
    const editor = editorWith([{ type: 'bulleted-list', children: [item('een')] }]);
    Transforms.select(editor, Editor.start(editor, [0, 0]));
    outdentListItem(editor);
    expect(valid(editor)).toEqual([{ type: 'paragraph', children: [{ text: 'een' }] }]);
  });
});

describe('tables', () => {
  it('inserts a 2×2 table with a header row, Tab walks the cells and adds a row after the last', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Voor' }] }]);
    Transforms.select(editor, Editor.end(editor, [0]));
    insertTable(editor);
    editor.insertText('A');
    moveToCell(editor, 1);
    editor.insertText('B');
    moveToCell(editor, 1);
    editor.insertText('C');
    moveToCell(editor, 1);
    editor.insertText('D');
    moveToCell(editor, 1);
    const value = valid(editor);
    expect(value[1]?.type).toBe('table');
    expect(plainLines(value)).toEqual(['Voor', 'A\tB', 'C\tD', '\t']);
    expect(JSON.stringify(value[1])).toContain('"header":true');
    moveToCell(editor, -1);
    expect(Editor.string(editor, editor.selection!)).toBe('D');
  });

  it('adds and removes columns across every row', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    Transforms.select(editor, Editor.start(editor, [0]));
    insertTable(editor, 2, 2);
    insertColumn(editor);
    expect(plainLines(valid(editor))).toEqual(['', '\t\t', '\t\t']);
    removeColumn(editor);
    removeColumn(editor);
    expect(plainLines(valid(editor))).toEqual(['', '', '']);
  });

  it('Backspace at the start of a cell does not merge cells', () => {
    const editor = editorWith([{ type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'a' }] }, { type: 'table-cell', children: [{ text: 'b' }] }] }] }]);
    Transforms.select(editor, Editor.start(editor, [0, 0, 1]));
    editor.deleteBackward('character');
    expect(plainLines(valid(editor))).toEqual(['a\tb']);
  });
});

describe('links and footnotes', () => {
  it('accepts http, https and mailto (adding a scheme to bare addresses) and refuses the rest', () => {
    expect(normaliseLinkUrl('https://www.nato.int/')).toBe('https://www.nato.int/');
    expect(normaliseLinkUrl('www.defensie.nl')).toBe('https://www.defensie.nl');
    expect(normaliseLinkUrl('secretariaat@mindef.nl')).toBe('mailto:secretariaat@mindef.nl');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'ftp://x.nl', 'zomaar tekst', '']) {
      expect(normaliseLinkUrl(bad), bad).toBeNull();
    }
  });

  it('wraps the selection in a link, and changes nothing for a refused address', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'zie de NAVO hier' }] }]);
    const navo = { anchor: { path: [0, 0], offset: 7 }, focus: { path: [0, 0], offset: 11 } };
    expect(insertLink(editor, 'javascript:alert(1)', '', navo)).toBe(false);
    expect(JSON.stringify(editor.children)).not.toContain('link');
    expect(insertLink(editor, 'https://www.nato.int/', '', navo)).toBe(true);
    expect(valid(editor)).toEqual([
      { type: 'paragraph', children: [{ text: 'zie de ' }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'NAVO' }] }, { text: ' hier' }] },
    ]);
  });

  it('unwraps a link whose address is not allowed (a forged value)', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }, { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }, { text: '' }] }]);
    expect(valid(editor)).toEqual([{ type: 'paragraph', children: [{ text: 'x' }] }]);
  });

  it('inserts a footnote as an inline void and numbers footnotes across the item', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Tekst' }] }]);
    Transforms.select(editor, Editor.end(editor, [0]));
    const path = insertFootnote(editor, 'Kamerstuk 21 501-28.');
    expect(path).toEqual([0, 1]);
    editor.insertText(' verder');
    const value = valid(editor);
    expect(value).toEqual([
      { type: 'paragraph', children: [{ text: 'Tekst' }, { type: 'footnote', note: 'Kamerstuk 21 501-28.', children: [{ text: '' }] }, { text: ' verder' }] },
    ]);
    const note = (n: string) => ({ type: 'paragraph' as const, children: [{ text: '' }, { type: 'footnote' as const, note: n, children: [{ text: '' }] as [{ text: string }] }, { text: '' }] });
    expect(footnoteOffsets([note('bron')], { b: [note('1'), note('2')], a: value }, ['a', 'b', 'c'])).toEqual({ a: 1, b: 2, c: 4 });
  });

  it('toggles a paragraph to a sub-heading and a quote, and back', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Kop' }] }]);
    Transforms.select(editor, Editor.start(editor, [0]));
    toggleBlock(editor, 'heading');
    expect(valid(editor)[0]?.type).toBe('heading');
    toggleBlock(editor, 'block-quote');
    expect(valid(editor)[0]?.type).toBe('block-quote');
    toggleBlock(editor, 'block-quote');
    expect(valid(editor)[0]?.type).toBe('paragraph');
  });
});

describe('find and replace', () => {
  const value: RichText = [
    { type: 'paragraph', children: [{ text: 'De NAVO en de ' }, { text: 'NA', bold: true }, { text: 'VO-top' }] },
    { type: 'bulleted-list', children: [item('navo'), { type: 'bulleted-list', children: [item('Navo diep')] }] },
    { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'NAVO' }] }] }] },
  ];

  it('finds across mark boundaries, in nested lists and tables, with and without match case', () => {
    expect(findInValue(value, { query: 'NAVO', matchCase: true })).toHaveLength(3);
    expect(findInValue(value, { query: 'navo', matchCase: false })).toHaveLength(5);
    expect(findInValue(value, { query: 'navo', matchCase: true })).toHaveLength(1);
    expect(findInValue(value, { query: '', matchCase: false })).toEqual([]);
  });

  it('replaces every match, including one split by bold, keeping the value valid', () => {
    const ranges = findInValue(value, { query: 'navo', matchCase: false });
    const after = richTextSchema.parse(replaceInValue(value, ranges, 'Alliantie'));
    expect(plainLines(after)).toEqual(['De Alliantie en de Alliantie-top', 'Alliantie', 'Alliantie diep', 'Alliantie']);
    expect(plainLines(value)[0]).toBe('De NAVO en de NAVO-top'); // the input is untouched
  });

  it('replace all in an editor is one undo step', () => {
    const editor = editorWith(value);
    replaceInEditor(editor, findInValue(value, { query: 'NAVO', matchCase: true }), 'X');
    expect(plainLines(valid(editor))).toEqual(['De X en de X-top', 'navo', 'Navo diep', 'X']);
    editor.undo();
    expect(plainLines(valid(editor))).toEqual(plainLines(value));
  });

  it('searches source texts and sections of all items in agenda order', () => {
    const pack = syntheticPack(3);
    const matches = findInPack(pack, ['kernboodschap', 'spreekpunten'], { query: 'Kernpunt', matchCase: true });
    expect(matches.map((m) => `${m.itemId}:${m.place.kind === 'section' ? m.place.key : 'source'}`)).toEqual([
      'item-1:kernboodschap', 'item-1:spreekpunten', 'item-2:kernboodschap', 'item-2:spreekpunten', 'item-3:kernboodschap', 'item-3:spreekpunten',
    ]);
    expect(findInPack(pack, ['kernboodschap'], { query: 'Oekraïne', matchCase: false }).some((m) => m.place.kind === 'source')).toBe(true);
  });
});

describe('word count and pages', () => {
  it('counts the sections of every item and estimates pages at 450 words each', () => {
    const pack = syntheticPack(10);
    const words = packWords(pack);
    expect(words).toBeGreaterThan(1000);
    const pages = estimatePages(pack, false);
    expect(Math.abs(pages - (words + packWords({ ...pack, items: [] }) + 0) / WORDS_PER_PAGE)).toBeLessThan(1);
    expect(estimatePages(pack, true)).toBeGreaterThan(pages);
    expect(estimatePages({ ...pack, items: [], introduction: [] }, true)).toBe(0);
  });
});

describe('footnotes and links together', () => {
  it('inserts a footnote after a link, never inside it, with the caret at the link’s end', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Zie ' }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'NAVO' }] }, { text: '' }] }]);
    Transforms.select(editor, { path: [0, 1, 0], offset: 4 });
    insertFootnote(editor, 'Bron.');
    const value = valid(editor);
    expect(value[0]?.type === 'paragraph' && value[0].children.map((c) => ('type' in c ? c.type : c.text))).toEqual(['Zie ', 'link', '', 'footnote', '']);
  });

  it('moves a footnote out of a link in a forged value, keeping it valid', () => {
    const forged = [{ type: 'paragraph', children: [{ text: '' }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'NA' }, { type: 'footnote', note: 'x', children: [{ text: '' }] }, { text: 'VO' }] }, { text: '' }] }];
    const editor = editorWith(forged as unknown as RichText);
    const value = valid(editor);
    expect(JSON.stringify(value)).toContain('"type":"footnote"');
    expect(plainLines(value)).toEqual(['NAVO']);
  });
});
