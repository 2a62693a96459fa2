// @vitest-environment jsdom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorText } from '../../core/model/pack-ops';
import type { RichText } from '../../core/model/rich-text';
import { HighlightedSource, sourcePoint } from '../../renderer/components/comments/HighlightedSource';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const source: RichText = [
  { type: 'paragraph', children: [{ text: 'Nederland steunt ' }, { type: 'link', url: 'https://example.org', children: [{ text: 'Oekraïne' }] }, { type: 'footnote', note: 'Zie brief.', children: [{ text: '' }] }, { text: ' ruim.' }] },
  { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'een' }] }, { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'twee' }] }] }] },
];

let container: HTMLElement | null = null;

afterEach(() => {
  container?.remove();
  container = null;
});

function render(highlights: Parameters<typeof HighlightedSource>[0]['highlights'] = []) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(createElement(HighlightedSource, { value: source, highlights, onActivate: () => undefined })));
  return container;
}

/** The text node holding `text` and the offset of `text` in it. */
function find(root: HTMLElement, text: string): [Node, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at >= 0) return [node, at];
  }
  throw new Error(`not found: ${text}`);
}

describe('mapping a selection in the source to anchor offsets', () => {
  it('counts link text, skips footnote markers, and numbers list lines like anchorText', () => {
    const root = render();
    const [ruim, at] = find(root, 'ruim');
    const point = sourcePoint(ruim, at);
    expect(point).toEqual({ block: 0, offset: anchorText(source[0]!).indexOf('ruim') });
    const [oek] = find(root, 'Oekraïne');
    expect(sourcePoint(oek, 3)).toEqual({ block: 0, offset: 20 });
    const [twee] = find(root, 'twee');
    expect(sourcePoint(twee, 2)).toEqual({ block: 1, offset: anchorText(source[1]!).indexOf('twee') + 2 });
  });

  it('marks exactly the commented passage, across a link', () => {
    const text = anchorText(source[0]!);
    const start = text.indexOf('steunt');
    const end = text.indexOf('ruim');
    const root = render([{ block: 0, start, end, id: 'c1', active: false }]);
    const marked = [...root.querySelectorAll('mark.comment-mark')].map((m) => m.textContent).join('');
    expect(marked).toBe(text.slice(start, end));
  });
});
