import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackContents } from '../core/pack/container';
import { createSamplePack, SAMPLE_LETTER_FILE } from '../core/sample';

export async function loadSamplePack(assetsDir: string): Promise<PackContents> {
  return createSamplePack(await readFile(path.join(assetsDir, 'samples', SAMPLE_LETTER_FILE), 'utf8'));
}
