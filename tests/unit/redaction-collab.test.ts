/** A Woo redaction mark survives the shared document: written, edited onto words and off them, as other marks do. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyRichTextEdit, richTextToYText, yTextToRichText } from '../../core/collab/rich-text-y';
import type { RichText } from '../../core/model/rich-text';

function shared(value: RichText): Y.XmlText {
  const doc = new Y.Doc();
  doc.getMap('root').set('text', richTextToYText(value));
  return doc.getMap('root').get('text') as Y.XmlText;
}

describe('redaction in the shared document', () => {
  it('round-trips a redacted leaf', () => {
    const value: RichText = [{ type: 'paragraph', children: [{ text: 'Open ' }, { text: 'geheim', redacted: '5.1.2e' }, { text: ' einde' }] }];
    expect(yTextToRichText(shared(value))).toEqual(value);
  });

  it('an edit puts the mark on words and takes it off again', () => {
    const plain: RichText = [{ type: 'paragraph', children: [{ text: 'Open geheim einde' }] }];
    const marked: RichText = [{ type: 'paragraph', children: [{ text: 'Open ' }, { text: 'geheim', redacted: '5.1.1c' }, { text: ' einde' }] }];
    const text = shared(plain);
    applyRichTextEdit(text, marked);
    expect(yTextToRichText(text)).toEqual(marked);
    applyRichTextEdit(text, plain);
    expect(yTextToRichText(text)).toEqual(plain);
  });
});
