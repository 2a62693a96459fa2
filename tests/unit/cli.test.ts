import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { SAMPLE_TITLES, samplePack } from '../helpers/sample';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function briefing(args: string[], env: Record<string, string> = {}): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'en_GB.UTF-8', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function expectOneLineError(result: Result, code: number, pattern: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('briefing CLI', () => {
  let dir: string;
  let packFile: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefing-cli-'));
    packFile = path.join(dir, 'dmm.briefpack');
    writeFileSync(packFile, encodePack(samplePack()));
  });

  it('exports the sample to DOCX with every item title and the meeting name', async () => {
    const out = path.join(dir, 'sample.docx');
    const result = await briefing(['export', '--sample', '--format', 'docx', '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const title of SAMPLE_TITLES) expect(text).toContain(title);
    expect(text).toContain('Bijeenkomst van de NAVO-ministers van Defensie');
  });

  it('exports a pack file to PDF whose text has every item title and the meeting name', async () => {
    const out = path.join(dir, 'pack.pdf');
    const result = await briefing(['export', packFile, '--format', 'pdf', '-o', out]);
    expect(result.code).toBe(0);
    const { stdout } = await run('pdftotext', ['-layout', out, '-']).catch(() => ({ stdout: '' }));
    if (!stdout) return; // poppler missing: the PDF content tests cover this with pdf.js
    for (const title of SAMPLE_TITLES) expect(stdout).toContain(title);
    // the cover sets the meeting's name large, over two lines; in reading order it is one phrase
    const { stdout: reading } = await run('pdftotext', ['-raw', out, '-']);
    expect(reading.replace(/\s+/g, ' ')).toContain('Bijeenkomst van de NAVO-ministers van Defensie');
  });

  it('says which characters the fonts lack, how often and in which items, and still writes the PDF', async () => {
    const sample = samplePack();
    const [first, ...rest] = sample.pack.items;
    const withEmoji = { ...sample, pack: { ...sample.pack, items: [{ ...first!, title: `${first!.title} 🛡` }, ...rest] } };
    const file = path.join(dir, 'emoji.briefpack');
    writeFileSync(file, encodePack(withEmoji));
    const out = path.join(dir, 'emoji.pdf');
    const result = await briefing(['export', file, '--format', 'pdf', '-o', out], { LANG: 'nl_NL.UTF-8' });
    expect(result.code).toBe(0);
    // The title is on its own page and in the contents.
    expect(result.stdout).toContain(`De lettertypen hebben geen 🛡 (U+1F6E1): de PDF toont er een zichtbaar teken voor, 2× in ${first!.title} 🛡, Inhoud.`);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('inspect --json gives metadata and per-item title, status and word count', async () => {
    const result = await briefing(['inspect', packFile, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.meeting).toMatchObject({ abbreviation: 'DMM', date: '2025-02-13', location: 'Brussel' });
    expect(summary.letter.signatory.name).toBe('R.P. Brekelmans');
    expect(summary.items.map((i: { title: string }) => i.title)).toEqual(SAMPLE_TITLES);
    expect(summary.items.every((i: { status: string; words: number; sourceWords: number }) => i.status === 'draft' && i.words === 0 && i.sourceWords > 50)).toBe(true);
  });

  it('validate accepts a good pack and rejects a damaged one in one line, in Dutch too', async () => {
    expect((await briefing(['validate', packFile])).stdout).toMatch(/valid pack with 5 agenda items/);
    const bad = path.join(dir, 'bad.briefpack');
    writeFileSync(bad, readFileSync(packFile).subarray(0, 400));
    expectOneLineError(await briefing(['validate', bad]), 1, /damaged/);
    expectOneLineError(await briefing(['validate', bad], { LANG: 'nl_NL.UTF-8' }), 1, /beschadigd/);
    expectOneLineError(await briefing(['validate', path.join(dir, 'missing.briefpack')]), 1, /Cannot read .*missing\.briefpack/);
  });

  it('reports usage errors in one line with exit code 1', async () => {
    expectOneLineError(await briefing(['export', '--sample', '--format', 'odt', '-o', 'x']), 1, /--format must be one of docx, pdf/);
    expectOneLineError(await briefing(['frobnicate']), 1, /unknown command "frobnicate"/);
    expectOneLineError(await briefing(['inspect', '--bogus']), 1, /bogus/);
    expectOneLineError(await briefing(['export', '--sample', '--format', 'pdf', '--template', 'nope', '-o', path.join(dir, 'x.pdf')]), 1, /Unknown template "nope"/);
  });

  it('lists built-in templates and names a broken user template with its field', async () => {
    const userDir = path.join(dir, 'user-templates');
    mkdirSync(path.join(userDir, 'kapot'), { recursive: true });
    writeFileSync(path.join(userDir, 'kapot', 'template.json'), JSON.stringify({ id: 'kapot', sizes: {} }));
    const result = await briefing(['templates', '--json'], { BRIEFING_TEMPLATES_DIR: userDir });
    expect(result.code).toBe(0);
    const listing = JSON.parse(result.stdout);
    expect(listing.templates.map((t: { id: string }) => t.id)).toContain('nl-ministeriele-briefing');
    expect(listing.problems).toHaveLength(1);
    expect(listing.problems[0].id).toBe('kapot');
    expect(listing.problems[0].reason).toMatch(/Template "kapot" is broken: name/);
  });
});

describe('briefing import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefing-import-'));
  });
  const letter = path.join(PROJECT_ROOT, 'assets', 'samples', 'nato-dmm-2025-02-13_geannoteerde-agenda.txt');

  it('--json prints the documented shape for the seed letter', async () => {
    const result = await briefing(['import', letter, '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.meeting).toMatchObject({ name: 'Bijeenkomst van de NAVO-ministers van Defensie', date: '2025-02-13', location: 'Brussel' });
    expect(parsed.letter).toMatchObject({ date: '2025-01-31', place: 'Den Haag', signatory: { name: 'R.P. Brekelmans', role: 'De Minister van Defensie' } });
    // how sure the importer is, 0 to 1, of every item and field: a review goes to the low ones first
    for (const value of [...Object.values(parsed.meeting.confidence), parsed.letter.signatory.confidence, ...parsed.items.map((i: { confidence: number }) => i.confidence)]) {
      expect(value).toBeGreaterThan(0.6);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(parsed.items.map((i: { title: string }) => i.title)).toEqual(SAMPLE_TITLES);
    expect(parsed.items[0]).toMatchObject({ level: 1 });
    expect(parsed.items[0].text).toContain('verdedigingsplannen');
    expect(parsed.footnotes).toEqual([{ marker: '1', text: 'Kamerstuk 28 676, nr. 472 van 8 november 2024.' }]);
  });

  it('-o writes a pack that validates and keeps the letter as annex', async () => {
    const out = path.join(dir, 'imported.briefpack');
    expect((await briefing(['import', letter, '-o', out])).code).toBe(0);
    const summary = JSON.parse((await briefing(['inspect', out, '--json'])).stdout);
    expect(summary.items).toHaveLength(5);
    expect(summary.annexes[0]).toMatchObject({ title: 'Geannoteerde agenda', fileName: path.basename(letter) });
  });

  it('refuses empty, binary, oversized and unsupported files in one line, writing nothing', async () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '  \n\n');
    const binary = path.join(dir, 'junk.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const out = path.join(dir, 'never.briefpack');
    expectOneLineError(await briefing(['import', empty, '-o', out]), 1, /has no text to import/);
    expectOneLineError(await briefing(['import', binary, '-o', out]), 1, /not a text file/);
    expectOneLineError(await briefing(['import', huge, '-o', out]), 1, /too large to be an agenda letter \(50\.0 MB/);
    expectOneLineError(await briefing(['import', path.join(dir, 'letter.odt'), '-o', out]), 1, /cannot be imported yet/);
    expect(() => readFileSync(out)).toThrow();
  });
});
