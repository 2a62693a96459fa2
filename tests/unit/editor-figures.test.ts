/** Picture commands on a Slate editor: where a figure goes, its width kept in range, removal; and the data: URLs a paste carries. */
import { describe, expect, it } from 'vitest';
import { Transforms } from 'slate';
import { createBriefingEditor } from '../../renderer/editor/create-editor';
import { insertFigure, removeFigure, setFigure } from '../../renderer/editor/commands';
import { decodeDataUrl, picturesInHtml } from '../../renderer/media/picture-files';
import type { RichText } from '../../core/model/rich-text';

const ID = 'c'.repeat(64);

function editorWith(value: RichText) {
  const editor = createBriefingEditor();
  editor.children = structuredClone(value) as typeof editor.children;
  return editor;
}

describe('figure commands', () => {
  it('puts a picture after the paragraph with the caret, and above an empty one', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Tekst' }] }]);
    Transforms.select(editor, { path: [0, 0], offset: 2 });
    expect(insertFigure(editor, ID)).toEqual([1]);
    // Last in the section: an empty paragraph after it to type in.
    expect(editor.children.map((node) => ('type' in node ? node.type : ''))).toEqual(['paragraph', 'figure', 'paragraph']);
    Transforms.select(editor, { path: [2, 0], offset: 0 });
    expect(insertFigure(editor, ID)).toEqual([2]);
    expect(editor.children.map((node) => ('type' in node ? node.type : ''))).toEqual(['paragraph', 'figure', 'figure', 'paragraph']);
  });

  it('keeps the width between a tenth and the whole column, and removes the figure', () => {
    const editor = editorWith([{ type: 'figure', media: ID, alt: '', caption: '', width: 1, children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '' }] }]);
    setFigure(editor, [0], { alt: 'Kaart', width: 5 });
    expect(editor.children[0]).toMatchObject({ alt: 'Kaart', width: 1 });
    setFigure(editor, [0], { width: 0 });
    expect(editor.children[0]).toMatchObject({ width: 0.1 });
    removeFigure(editor, [0]);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });
});

describe('decodeDataUrl', () => {
  it('reads base64 and percent-encoded data: URLs, and nothing else', () => {
    expect(decodeDataUrl('data:image/png;base64,iVBORw0KGgo=')).toEqual({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), mediaType: 'image/png' });
    expect(decodeDataUrl('data:text/plain,a%20b')?.bytes).toEqual(new TextEncoder().encode('a b'));
    expect(decodeDataUrl('https://example.org/x.png')).toBeNull();
    expect(decodeDataUrl('data:image/png;base64,@@@')).toBeNull();
  });
});

describe('picturesInHtml', () => {
  it('takes the data: pictures of pasted HTML, named by their alt text, and leaves remote ones', () => {
    const html = `<p>x</p><img alt="Kaart &amp; legenda" src="data:image/png;base64,iVBORw0KGgo="><img src='https://example.org/a.png'><IMG SRC=data:image/jpeg;base64,/9j/>`;
    const found = picturesInHtml(html, 'image');
    expect(found.map((p) => [p.name, p.mediaType, p.bytes.length])).toEqual([
      ['Kaart & legenda.png', 'image/png', 8],
      ['image 3.jpg', 'image/jpeg', 3],
    ]);
  });
});
