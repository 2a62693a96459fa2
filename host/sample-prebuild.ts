/** Run by scripts/cli-bundle.mjs before it bundles the command line: the sample pack it carries. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSamplePack, SAMPLE_LETTER_FILE } from '../core/sample';
import { samplePackToJson } from './sample-json';

export function samplePackJson(assetsDir: string): string {
  const letter = readFileSync(path.join(assetsDir, 'samples', SAMPLE_LETTER_FILE), 'utf8');
  return samplePackToJson(letter, createSamplePack(letter));
}
