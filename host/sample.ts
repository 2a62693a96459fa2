import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackContents } from '../core/pack/container';
import { SAMPLE_LETTER_FILE } from '../core/sample-letter';
import { samplePackFromJson } from './sample-json';

/** The sample pack: ready-made in the bundled command line while the letter is the same, else imported. */
export async function loadSamplePack(assetsDir: string): Promise<PackContents> {
  const letter = await readFile(path.join(assetsDir, 'samples', SAMPLE_LETTER_FILE), 'utf8');
  // Loaded when asked for, like the importer: each is a chunk of its own in the bundle.
  const { PREBUILT_SAMPLE_PACK } = await import('./sample-prebuilt');
  const prebuilt = PREBUILT_SAMPLE_PACK === null ? null : samplePackFromJson(PREBUILT_SAMPLE_PACK, letter);
  return prebuilt ?? (await import('../core/sample')).createSamplePack(letter);
}
