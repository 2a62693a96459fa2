/**
 * Scores the agenda importer against the letter corpus (tests/fixtures/letters/
 * corpus, and unseen/ when there is one): each letter has NAME.expected.json with the items a
 * careful reader lists, the lines that are not items, the meeting and the
 * signatory. Used by the corpus test and by `npm run score:import`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importAgendaFile } from '../../host/import-agenda';
import { PROJECT_ROOT } from '../../host/paths';

export interface ExpectedLetter {
  description: string;
  language: 'nl' | 'en';
  date: string;
  items: { title: string; level: 1 | 2 }[];
  notItems: string[];
  meeting: { name: string; abbreviation: string; date: string; endDate?: string; location: string };
  signatory: { name: string; role: string };
}

export interface LetterScore {
  file: string;
  expected: number;
  found: number;
  matched: number;
  levelsRight: number;
  missed: string[];
  /** Items found with another level than expected: "title (level 2, want 1)". */
  wrongLevels: string[];
  falseItems: string[];
  /** null where the letter does not name it. */
  fields: Record<MetadataField, boolean | null>;
  got: Record<MetadataField, string>;
  want: Record<MetadataField, string>;
}

export type MetadataField = 'meetingName' | 'meetingDate' | 'meetingEndDate' | 'abbreviation' | 'location' | 'signatory' | 'letterDate';
export const METADATA_FIELDS: readonly MetadataField[] = ['meetingName', 'meetingDate', 'meetingEndDate', 'abbreviation', 'location', 'signatory', 'letterDate'];

export const CORPUS_DIRS = {
  corpus: path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'corpus'),
  /** New letters not yet used to change the importer (see tests/fixtures/letters/README.md). */
  unseen: path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'unseen'),
} as const;

const LETTER_FILE = /\.(txt|pdf|docx)$/;

export const expectedFile = (letter: string) => letter.replace(LETTER_FILE, '.expected.json');

/** The letters of a corpus folder that have their expected reading beside them. */
export function corpusLetters(dir: string): string[] {
  const names = readdirSync(dir);
  return names
    .filter((name) => LETTER_FILE.test(name) && names.includes(path.basename(expectedFile(name))))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Titles compare as a reader sees them: same words, whatever the white space, dashes or quotes. */
export function sameTitle(a: string, b: string): boolean {
  return normaliseTitle(a) === normaliseTitle(b);
}

function normaliseTitle(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Meeting of the Foreign Affairs Council" (or its session) names the same body as "Foreign Affairs Council". */
function sameMeetingName(got: string, want: string): boolean {
  const strip = (name: string) =>
    normaliseTitle(name)
      .toLowerCase()
      .replace(/^(?:the|de|het)\s+/, '')
      .replace(/^(?:informal|informele)\s+/, '')
      .replace(/^(?:meeting|bijeenkomst|vergadering|zitting|session)\s+(?:of|van)\s+(?:the|de)\s+/, '')
      .replace(/^(?:the|de|het)\s+/, '');
  return strip(got) === strip(want);
}

/** The fields scored, read the same way from what the importer found and from the expected reading. */
function metadataOf(meeting: ExpectedLetter['meeting'], signatory: { name: string }, date: string): Record<MetadataField, string> {
  return {
    meetingName: meeting.name,
    meetingDate: meeting.date,
    meetingEndDate: meeting.endDate ?? '',
    abbreviation: meeting.abbreviation,
    location: meeting.location,
    signatory: signatory.name,
    letterDate: date,
  };
}

export async function scoreLetter(file: string): Promise<LetterScore> {
  const expected = JSON.parse(readFileSync(expectedFile(file), 'utf8')) as ExpectedLetter;
  const { letter } = await importAgendaFile(file);
  const unused = [...letter.items];
  let matched = 0;
  let levelsRight = 0;
  const missed: string[] = [];
  const wrongLevels: string[] = [];
  for (const item of expected.items) {
    const index = unused.findIndex((found) => sameTitle(found.title, item.title));
    if (index < 0) {
      missed.push(item.title);
      continue;
    }
    matched++;
    if (unused[index]!.level === item.level) levelsRight++;
    else wrongLevels.push(`${item.title} (level ${unused[index]!.level}, want ${item.level})`);
    unused.splice(index, 1);
  }
  const got = metadataOf(letter.meeting, letter.signatory, letter.date);
  const want = metadataOf(expected.meeting, expected.signatory, expected.date);
  const fields = {} as LetterScore['fields'];
  for (const field of METADATA_FIELDS) {
    const right = field === 'meetingName' ? sameMeetingName(got[field], want[field]) : normaliseTitle(got[field]) === normaliseTitle(want[field]);
    fields[field] = want[field] ? right : null;
  }
  return {
    file: path.relative(PROJECT_ROOT, file),
    expected: expected.items.length,
    found: letter.items.length,
    matched,
    levelsRight,
    missed,
    wrongLevels,
    falseItems: unused.map((i) => i.title),
    fields,
    got,
    want,
  };
}

export interface CorpusSummary {
  letters: number;
  headings: number;
  headingRecall: number;
  headingPrecision: number;
  falseItemsPer10Letters: number;
  levelAccuracy: number;
  /** Share right, over the letters that name it. */
  metadata: Record<MetadataField, number>;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 1);

export function summarise(scores: readonly LetterScore[]): CorpusSummary {
  const sum = (pick: (s: LetterScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const metadata = {} as CorpusSummary['metadata'];
  for (const field of METADATA_FIELDS) {
    const named = scores.filter((s) => s.fields[field] !== null);
    metadata[field] = ratio(named.filter((s) => s.fields[field]).length, named.length);
  }
  return {
    letters: scores.length,
    headings: sum((s) => s.expected),
    headingRecall: ratio(sum((s) => s.matched), sum((s) => s.expected)),
    headingPrecision: ratio(sum((s) => s.matched), sum((s) => s.found)),
    falseItemsPer10Letters: ratio(sum((s) => s.falseItems.length) * 10, scores.length),
    levelAccuracy: ratio(sum((s) => s.levelsRight), sum((s) => s.matched)),
    metadata,
  };
}

export async function scoreCorpus(dir: string): Promise<{ scores: LetterScore[]; summary: CorpusSummary }> {
  const scores: LetterScore[] = [];
  for (const file of corpusLetters(dir)) scores.push(await scoreLetter(file));
  return { scores, summary: summarise(scores) };
}
