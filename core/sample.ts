/**
 * The pack a new user sees first: built from the Minister of Defence's letter
 * with the annotated agenda of the NATO Defence Ministers' Meeting of
 * 13 February 2025 (assets/samples), with the letter itself as its annex.
 */
import { importLetterText } from './import/import-letter';
import type { PackContents } from './pack/container';
import { SAMPLE_LETTER_FILE } from './sample-letter';

export { SAMPLE_LETTER_FILE };

export function createSamplePack(letterText: string): PackContents {
  return importLetterText(new TextEncoder().encode(letterText), SAMPLE_LETTER_FILE).contents;
}
