/** The sample pack the bundled command line carries as JSON (host/sample-json.ts) is the imported one. */
import { describe, expect, it } from 'vitest';
import { createSamplePack } from '../../core/sample';
import { PROJECT_ROOT } from '../../host/paths';
import { samplePackFromJson, samplePackToJson } from '../../host/sample-json';
import { samplePackJson } from '../../host/sample-prebuild';
import { SAMPLE_LETTER } from '../helpers/sample';

describe('the sample pack as JSON', () => {
  it('reads back as the pack importing the sample letter gives, annex bytes and all', () => {
    const json = samplePackJson(`${PROJECT_ROOT}/assets`);
    const imported = createSamplePack(SAMPLE_LETTER);
    expect(imported.annexFiles.size).toBe(1);
    expect(samplePackFromJson(json, SAMPLE_LETTER)).toStrictEqual(imported);
  });

  it('gives no pack for a different letter, so that one is imported', () => {
    const json = samplePackToJson(SAMPLE_LETTER, createSamplePack(SAMPLE_LETTER));
    expect(samplePackFromJson(json, SAMPLE_LETTER.replace('Oekraïne', 'Oekraine'))).toBeNull();
  });

  it('refuses a pack with parts its JSON cannot hold', () => {
    const contents = { ...createSamplePack(SAMPLE_LETTER), mediaFiles: new Map([['m1', new Uint8Array([1])]]) };
    expect(() => samplePackToJson(SAMPLE_LETTER, contents)).toThrow(/mediaFiles/);
  });
});
