/**
 * The importer's score on the letter corpus: npm run score:import [-- --unseen] [--verbose]
 * Prints the summary as JSON; --verbose adds each letter's missed and false
 * items and wrong fields, to see what to look at next.
 */
import { existsSync } from 'node:fs';
import { CORPUS_DIRS, METADATA_FIELDS, scoreCorpus } from '../tests/helpers/import-corpus';

const which = (Object.keys(CORPUS_DIRS) as (keyof typeof CORPUS_DIRS)[]).find((set) => process.argv.includes(`--${set}`)) ?? 'corpus';
if (!existsSync(CORPUS_DIRS[which])) {
  console.error(`No letters in ${CORPUS_DIRS[which]}: write a new set there first (tests/fixtures/letters/README.md).`);
  process.exit(1);
}
const { scores, summary } = await scoreCorpus(CORPUS_DIRS[which]);
if (process.argv.includes('--verbose')) {
  for (const score of scores) {
    const wrong = METADATA_FIELDS.filter((f) => score.fields[f] === false).map((f) => `${f}: got "${score.got[f]}", want "${score.want[f]}"`);
    if (!score.missed.length && !score.falseItems.length && !score.wrongLevels.length && !wrong.length) continue;
    console.log(`\n${score.file} (${score.matched}/${score.expected}, ${score.found} found)`);
    for (const title of score.missed) console.log(`  missed: ${title}`);
    for (const title of score.falseItems) console.log(`  false:  ${title}`);
    for (const title of score.wrongLevels) console.log(`  level:  ${title}`);
    for (const line of wrong) console.log(`  ${line}`);
  }
}
console.log(JSON.stringify({ set: which, ...summary }, null, 2));
