import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSamplePack, SAMPLE_LETTER_FILE } from '../../core/sample';
import { PROJECT_ROOT } from '../../host/paths';

export const SAMPLE_LETTER = readFileSync(path.join(PROJECT_ROOT, 'assets', 'samples', SAMPLE_LETTER_FILE), 'utf8');

export const SAMPLE_TITLES = [
  'Afschrikking en verdediging',
  'Defensie-industrie',
  'Oekraïne',
  'Missies en operaties',
  'NAVO-top',
] as const;

export function samplePack() {
  return createSamplePack(SAMPLE_LETTER);
}
