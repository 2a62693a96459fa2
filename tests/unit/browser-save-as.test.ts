/**
 * Browser mode's Save as… chooser: the browser's save dialog only where the
 * page has showSaveFilePicker, else a typed name; and the typed name made safe.
 */
import { describe, expect, it } from 'vitest';
import { fileNameFromTyped, isCancel, saveAsMethod } from '../../renderer/browser/save-as';

describe('saveAsMethod', () => {
  it('uses the save dialog where the browser has one, called on the window it belongs to', async () => {
    const scope = {
      calls: [] as unknown[],
      showSaveFilePicker(this: { calls: unknown[] }, options: unknown) {
        this.calls.push(options);
        return Promise.resolve({ name: 'x.briefpack' });
      },
    };
    const method = saveAsMethod(scope);
    expect(method.kind).toBe('picker');
    if (method.kind !== 'picker') return;
    await method.pick({ suggestedName: 'a.briefpack', types: [] });
    expect(scope.calls).toEqual([{ suggestedName: 'a.briefpack', types: [] }]);
  });

  it('asks for a name where there is none (Firefox, Safari, headless Chromium)', () => {
    expect(saveAsMethod({}).kind).toBe('name');
    expect(saveAsMethod({ showSaveFilePicker: undefined }).kind).toBe('name');
  });
});

describe('fileNameFromTyped', () => {
  it('adds the extension once, and keeps the name otherwise', () => {
    expect(fileNameFromTyped('DMM februari', '.briefpack')).toBe('DMM februari.briefpack');
    expect(fileNameFromTyped('dmm.BRIEFPACK', '.briefpack')).toBe('dmm.BRIEFPACK');
  });

  it('replaces characters file systems refuse, so the download keeps the name asked', () => {
    expect(fileNameFromTyped(' map: 13/2 "concept" ', '.briefpack')).toBe('map- 13-2 -concept-.briefpack');
  });

  it('is null for a cancelled or blank answer, so nothing is saved under a name nobody gave', () => {
    expect(fileNameFromTyped(null, '.briefpack')).toBeNull();
    expect(fileNameFromTyped('   ', '.briefpack')).toBeNull();
    expect(fileNameFromTyped('..', '.briefpack')).toBeNull();
  });

  it('recognises the dialog being cancelled', () => {
    expect(isCancel(new DOMException('The user aborted a request.', 'AbortError'))).toBe(true);
    expect(isCancel(new DOMException('denied', 'NotAllowedError'))).toBe(false);
  });
});
