/** The caret under another writer's edit (renderer/live/map-point): it stays with the text it was in. */
import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { mapPoint } from '../../renderer/live/map-point';

const p = (...texts: string[]): Descendant[] => texts.map((text) => ({ type: 'paragraph', children: [{ text }] }) as Descendant);

describe('mapPoint', () => {
  it('keeps the caret where it is when the change is after it', () => {
    expect(mapPoint(p('abc def'), p('abc defXYZ'), { path: [0, 0], offset: 3 })).toEqual({ path: [0, 0], offset: 3 });
  });

  it('moves the caret along by what was typed before it in the same text', () => {
    expect(mapPoint(p('abc def'), p('XYabc def'), { path: [0, 0], offset: 5 })).toEqual({ path: [0, 0], offset: 7 });
    expect(mapPoint(p('abc def'), p('c def'), { path: [0, 0], offset: 7 })).toEqual({ path: [0, 0], offset: 5 });
  });

  it('follows its paragraph when a paragraph is added or removed before it', () => {
    expect(mapPoint(p('een', 'twee'), p('nieuw', 'een', 'twee'), { path: [1, 0], offset: 2 })).toEqual({ path: [2, 0], offset: 2 });
    expect(mapPoint(p('een', 'twee', 'drie'), p('een', 'drie'), { path: [2, 0], offset: 1 })).toEqual({ path: [1, 0], offset: 1 });
  });

  it('stays in an unchanged paragraph before the change', () => {
    expect(mapPoint(p('een', 'twee'), p('een', 'twee', 'drie'), { path: [0, 0], offset: 3 })).toEqual({ path: [0, 0], offset: 3 });
  });

  it('goes to the end of its block when the block it was in was replaced', () => {
    expect(mapPoint(p('een', 'twee'), p('een'), { path: [1, 0], offset: 4 })).toEqual({ path: [0, 0], offset: 3 });
  });
});
