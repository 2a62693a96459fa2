/**
 * The live server setting and what it lets the page reach (renderer/live):
 * only ws:// or wss:// with a host and port, refused with one line otherwise;
 * the connection policy names exactly that server, or none.
 */
import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { UserError } from '../../core/i18n/errors';
import { connectPolicy } from '../../renderer/live/connect-policy';
import { parseLiveServer } from '../../renderer/live/live-settings';
import { textEdits } from '../../renderer/live/text-edits';

describe('parseLiveServer', () => {
  it('keeps a websocket address as scheme, host and port', () => {
    expect(parseLiveServer(' ws://192.168.1.20:1234 ')).toBe('ws://192.168.1.20:1234');
    expect(parseLiveServer('wss://yjs.defensie.intern:443/')).toBe('wss://yjs.defensie.intern');
  });

  it('refuses anything else with one line in Dutch and English', () => {
    for (const address of ['http://host:1234', 'ws://user:pw@host:1', 'ws://host:1/room', 'host:1234', '']) {
      const error = (() => {
        try {
          parseLiveServer(address);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error, address).toBeInstanceOf(UserError);
      expect((error as UserError).describe('nl')).toMatch(/is geen serveradres/);
      expect((error as UserError).describe('en')).not.toContain('\n');
    }
  });
});

describe('connectPolicy', () => {
  it('allows exactly the configured server, and no server without one', () => {
    expect(connectPolicy('ws://127.0.0.1:1234')).toBe("connect-src 'self' blob: data: ws://127.0.0.1:1234");
    expect(connectPolicy(null)).toBe("connect-src 'self' blob: data:");
  });
});

describe('textEdits', () => {
  const p = (...texts: string[]): Descendant[] => texts.map((text) => ({ type: 'paragraph', children: [{ text }] }) as Descendant);

  it('turns a text-only change into the text operations that make it', () => {
    expect(textEdits(p('abc', 'def'), p('abc', 'dXYef'))).toEqual([{ type: 'insert_text', path: [1, 0], offset: 1, text: 'XY' }]);
    expect(textEdits(p('abcdef'), p('abf'))).toEqual([{ type: 'remove_text', path: [0, 0], offset: 2, text: 'cde' }]);
  });

  it('gives up on a change of structure', () => {
    expect(textEdits(p('abc'), p('abc', 'new'))).toBeNull();
    expect(textEdits(p('abc'), [{ type: 'heading', children: [{ text: 'abc' }] } as Descendant])).toBeNull();
  });
});
