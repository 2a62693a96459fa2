// @vitest-environment jsdom
/** Pasted links go through the same rule as typed ones: no credentials, no mailto that attaches a file. */
import { describe, expect, it } from 'vitest';
import { richTextFromClipboard, SLATE_FRAGMENT_TYPE } from '../../renderer/paste/clipboard';

function clipboard(entries: Record<string, string>) {
  return { types: Object.keys(entries), getData: (type: string) => entries[type] ?? '' };
}

describe('pasting links', () => {
  it('keeps the words of an HTML link with a password or an attachment, without the link', () => {
    const html = '<p>Zie <a href="https://jan:geheim@intranet.mindef.nl/">de stukken</a>, <a href="mailto:a@mindef.nl?attach=/etc/passwd">het secretariaat</a> en <a href="https://www.nato.int/">de NAVO</a>.</p>';
    const result = richTextFromClipboard(clipboard({ 'text/html': html, 'text/plain': 'Zie de stukken, het secretariaat en de NAVO.' }));
    expect(result.kind === 'insert' && result.value).toEqual([
      { type: 'paragraph', children: [{ text: 'Zie de stukken, het secretariaat en ' }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'de NAVO' }] }, { text: '.' }] },
    ]);
  });

  it('pastes an editor fragment holding such a link as plain text, saying why', () => {
    const fragment = [{ type: 'paragraph', children: [{ type: 'link', url: 'https://jan:geheim@intranet.mindef.nl/', children: [{ text: 'de stukken' }] }] }];
    const result = richTextFromClipboard(clipboard({ [SLATE_FRAGMENT_TYPE]: btoa(encodeURIComponent(JSON.stringify(fragment))), 'text/plain': 'de stukken' }));
    expect(result).toMatchObject({ kind: 'insert', source: 'text', refused: 'unsafe-fragment', value: [{ type: 'paragraph', children: [{ text: 'de stukken' }] }] });
  });
});
