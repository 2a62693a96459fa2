/**
 * The importer against letters of the genre written by people who had not read
 * it: the corpus (tests/fixtures/letters/README.md says how it grew), and new
 * letters in unseen/ when there are any. Prints each set's figures (the README
 * quotes them) and holds each to the targets.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIRS, corpusLetters, expectedFile, scoreCorpus } from '../helpers/import-corpus';

const sets = (Object.keys(CORPUS_DIRS) as (keyof typeof CORPUS_DIRS)[]).filter((set) => existsSync(CORPUS_DIRS[set]));

describe('the agenda importer over the letter corpus', () => {
  it('has at least 30 letters to tune on, each with its expected reading', () => {
    expect(corpusLetters(CORPUS_DIRS.corpus).length).toBeGreaterThanOrEqual(30);
    for (const set of sets) {
      const names = readdirSync(CORPUS_DIRS[set]);
      const letters = names.filter((name) => /\.(txt|pdf|docx)$/.test(name));
      expect(letters.filter((name) => !names.includes(expectedFile(name))), `${set}: letters without expected reading`).toEqual([]);
    }
  });

  for (const set of sets) {
    it(`meets the targets on the ${set} set`, async () => {
      const { scores, summary } = await scoreCorpus(CORPUS_DIRS[set]);
      console.log(JSON.stringify({ set, ...summary }));
      const wrong = scores.flatMap((s) => [...s.missed.map((t) => `${s.file}: missed "${t}"`), ...s.falseItems.map((t) => `${s.file}: false item "${t}"`)]);
      expect(summary.headingRecall, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(summary.falseItemsPer10Letters, wrong.join('\n')).toBeLessThanOrEqual(1);
      expect(summary.metadata.meetingName).toBeGreaterThanOrEqual(0.9);
      expect(summary.metadata.meetingDate).toBeGreaterThanOrEqual(0.9);
      expect(summary.metadata.signatory).toBeGreaterThanOrEqual(0.9);
    }, 120_000);
  }
});
