// @vitest-environment jsdom
/**
 * Pastes built to hang or break the editor: HTML nested 100,000 deep, HTML
 * with more elements than a paste takes, and forged editor fragments nested
 * 1,000 deep. Each is bounded before it is parsed, and the person is told.
 */
import { createEditor, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { richTextSchema } from '../../core/model/rich-text';
import { plainLines } from '../../core/model/walk';
import { richTextFromClipboard, SLATE_FRAGMENT_TYPE, type PasteResult } from '../../renderer/paste/clipboard';
import { nestsWithin } from '../../renderer/paste/fragment';
import { flattenDeepHtml } from '../../renderer/paste/html-depth';
import { PASTE_LIMITS } from '../../renderer/paste/limits';
import { onPasteNotice, withPaste, type PasteNotice } from '../../renderer/editor/with-paste';

function clipboard(entries: Record<string, string>) {
  return { types: Object.keys(entries), getData: (type: string) => entries[type] ?? '' };
}

function nestedDivs(depth: number, text: string): string {
  return '<div>'.repeat(depth) + text + '</div>'.repeat(depth);
}

function encode(value: unknown): string {
  return btoa(encodeURIComponent(JSON.stringify(value)));
}

function deepList(depth: number): unknown {
  let node: unknown = { type: 'list-item', children: [{ text: 'diep' }] };
  for (let i = 0; i < depth; i++) node = { type: 'bulleted-list', children: [node] };
  return node;
}

function insertedText(result: PasteResult): string[] {
  if (result.kind !== 'insert') throw new Error(`expected an insert, got ${result.kind}`);
  expect(() => richTextSchema.parse(result.value)).not.toThrow();
  return plainLines(result.value);
}

describe('HTML nested deeper than a paste takes', () => {
  it('is flattened, keeping the text and its paragraphs, and the paste says so', () => {
    const html = `<p>boven</p>${nestedDivs(100, '<p>diep</p><p>dieper</p>')}<p>onder</p>`;
    const result = richTextFromClipboard(clipboard({ 'text/html': html, 'text/plain': 'boven diep dieper onder' }));
    expect(insertedText(result)).toEqual(['boven', 'diep', 'dieper', 'onder']);
    expect(result.kind === 'insert' && result.source).toBe('html');
    expect(result.kind === 'insert' && result.flattened).toBe(true);
  });

  it('keeps bold and lists nested within the limit, untouched', () => {
    const html = nestedDivs(PASTE_LIMITS.depth - 3, '<ul><li><b>vet</b> punt</li></ul>');
    expect(flattenDeepHtml(html).flattened).toBe(false);
    const result = richTextFromClipboard(clipboard({ 'text/html': html, 'text/plain': 'vet punt' }));
    expect(result.kind === 'insert' && result.value).toEqual([
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'vet', bold: true }, { text: ' punt' }] }] },
    ]);
    expect(result.kind === 'insert' && result.flattened).toBeUndefined();
  });

  it('100,000 nested <div>s are pasted as their plain text, with the reason', () => {
    const html = nestedDivs(100_000, 'tekst');
    const result = richTextFromClipboard(clipboard({ 'text/html': html, 'text/plain': 'tekst' }));
    expect(insertedText(result)).toEqual(['tekst']);
    expect(result.kind === 'insert' && result.refused).toBe('too-complex');
  });

  it('100,000 unclosed <div>s without plain text are refused with a reason, not dropped unseen', () => {
    const result = richTextFromClipboard(clipboard({ 'text/html': '<div>'.repeat(100_000) + 'tekst' }));
    expect(result).toEqual({ kind: 'refused', reason: 'too-complex' });
  });
});

describe('flattening the HTML string', () => {
  it('counts neither void elements nor those a sibling closes, nor markup in comments and scripts', () => {
    const html = `${'<p>a'.repeat(200)}${'<br>'.repeat(200)}<!-- ${'<div>'.repeat(200)} --><script>${'<b>'.repeat(200)}</script>`;
    expect(flattenDeepHtml(html, 4)).toEqual({ html, flattened: false, tags: 401 });
  });

  it('takes out only the tags past the limit; one line break stands for a run of block tags', () => {
    expect(flattenDeepHtml('<div><div><div><b>x</b></div><div>y</div></div></div>', 2).html).toBe('<div><div><br>x<br>y<br></div></div>');
  });

  it('reads a string of unclosed brackets to its end', () => {
    const html = '<a'.repeat(200_000);
    expect(flattenDeepHtml(html).flattened).toBe(false);
  });
});

describe('forged editor fragments nested 1,000 deep', () => {
  it('are refused before the schema walks them, and the plain text is pasted instead', () => {
    const result = richTextFromClipboard(clipboard({ [SLATE_FRAGMENT_TYPE]: encode([deepList(1_000)]), 'text/plain': 'diep' }));
    expect(insertedText(result)).toEqual(['diep']);
    expect(result.kind === 'insert' && result.refused).toBe('unsafe-fragment');
  });

  it('without plain text are refused with a reason, not dropped unseen', () => {
    const result = richTextFromClipboard(clipboard({ [SLATE_FRAGMENT_TYPE]: encode([deepList(1_000)]) }));
    expect(result).toEqual({ kind: 'refused', reason: 'unsafe-fragment' });
  });

  it('are measured without recursion, however deep', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i++) deep = { children: [deep] };
    expect(nestsWithin(deep, PASTE_LIMITS.fragmentDepth)).toBe(false);
    expect(nestsWithin([{ type: 'paragraph', children: [{ text: 'x' }] }], 4)).toBe(true);
  });
});

describe('the editor’s paste', () => {
  function pasteInto(data: { types: string[]; getData(type: string): string }): PasteNotice[] {
    const editor = withPaste(createEditor());
    editor.children = [{ type: 'paragraph', children: [{ text: '' }] }];
    editor.selection = { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } };
    const notices: PasteNotice[] = [];
    onPasteNotice(editor, (notice) => notices.push(notice));
    editor.insertData({ ...data, files: [] } as unknown as DataTransfer);
    expect(Editor.string(editor, [])).toBe('');
    return notices;
  }

  it('tells the person when a forged fragment without text is refused', () => {
    expect(pasteInto(clipboard({ [SLATE_FRAGMENT_TYPE]: encode([deepList(1_000)]) }))).toEqual(['refused']);
  });

  it('turns a clipboard that cannot be read into a notice, not an uncaught error', () => {
    const notices = pasteInto({
      types: ['text/html', 'text/plain'],
      getData: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    expect(notices).toEqual(['failed']);
  });
});
