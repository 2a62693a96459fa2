/**
 * `briefing export --with-comments / --without-comments`: the same flags for a
 * plain export and a recipient's copy, checked by reading what was written
 * (every DOCX part unzipped, the PDF's text and annotations through pdf.js).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { annotatedSample, builtInTemplate } from '../helpers/docx';
import { samplePack } from '../helpers/sample';

const run = promisify(execFile);
const COMMENT = 'OPMERKINGACHTTIEN';
let dir: string;

async function briefing(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'briefing.mjs'), '--lang', 'en', ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every part of the DOCX, as text. */
function docxParts(file: string): string {
  return Object.values(unzipSync(readFileSync(path.join(dir, file)))).map((bytes) => strFromU8(bytes)).join('\n');
}

/** The PDF's page text and its annotations' contents (where Word comments go in a PDF). */
async function pdfTextAndNotes(file: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path.join(dir, file))), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      for (const item of (await page.getTextContent()).items) if ('str' in item) text += item.str + ' ';
      for (const note of (await page.getAnnotations()) as { contentsObj?: { str?: string } }[]) text += `${note.contentsObj?.str ?? ''} `;
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cli-comments-'));
  const sample = annotatedSample(builtInTemplate('nl-ministeriele-briefing'));
  const words = (sample.items[0]!.source[0] as { children: { text: string }[] }).children[0]!.text.slice(0, 12);
  const comment = { id: 'c1', anchor: { block: 0, start: 0, end: words.length, quote: words }, author: 'Anna', createdAt: '2025-02-01T10:00:00Z', text: COMMENT, resolved: false, replies: [] };
  const pack: BriefingPack = {
    ...sample,
    items: sample.items.map((item, i) => (i === 0 ? { ...item, comments: [comment] } : item)),
    distribution: {
      recipients: [
        { id: 'r1', name: 'Minister', function: '', copyNumber: 1, leaveOut: [], withComments: true },
        { id: 'r2', name: 'Jan de Vries', function: 'DGB', copyNumber: 2, leaveOut: [], withComments: false },
      ],
      handedOut: [],
    },
  };
  writeFileSync(path.join(dir, 'dmm.briefpack'), encodePack({ ...samplePack(), pack }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('briefing export: comments in this copy', () => {
  it('a plain export has the comments; --without-comments leaves them out of every DOCX part and of the PDF', async () => {
    for (const [flags, file] of [[[], 'plain.docx'], [['--with-comments'], 'with.docx'], [['--without-comments'], 'without.docx']] as const) {
      expect((await briefing('export', 'dmm.briefpack', '--format', 'docx', ...flags, '-o', file)).code).toBe(0);
    }
    expect(docxParts('plain.docx')).toContain(COMMENT);
    expect(docxParts('with.docx')).toContain(COMMENT);
    const without = docxParts('without.docx');
    expect(without).not.toContain(COMMENT);
    expect(without).toContain('Afschrikking en verdediging');

    expect((await briefing('export', 'dmm.briefpack', '--format', 'pdf', '-o', 'plain.pdf')).code).toBe(0);
    expect((await briefing('export', 'dmm.briefpack', '--format', 'pdf', '--without-comments', '-o', 'without.pdf')).code).toBe(0);
    expect(await pdfTextAndNotes('plain.pdf')).toContain(COMMENT);
    const minister = await pdfTextAndNotes('without.pdf');
    expect(minister).not.toContain(COMMENT);
    expect(minister).toContain('Afschrikking');
  });

  it("a recipient's copy follows the list unless a flag says otherwise, both ways", async () => {
    const copy = async (name: string, file: string, ...flags: string[]) => {
      expect((await briefing('export', 'dmm.briefpack', '--format', 'docx', '--recipient', name, ...flags, '-o', file)).code).toBe(0);
      return docxParts(file);
    };
    expect(await copy('Minister', 'minister.docx')).toContain(COMMENT);
    expect(await copy('Minister', 'minister-without.docx', '--without-comments')).not.toContain(COMMENT);
    expect(await copy('Jan de Vries', 'jan.docx')).not.toContain(COMMENT);
    const jan = await copy('Jan de Vries', 'jan-with.docx', '--with-comments');
    expect(jan).toContain(COMMENT);
    expect(jan).toContain('Exemplaar 2 van 2');
  });

  it('refuses both flags at once in one line, and --help lists them', async () => {
    const both = await briefing('export', 'dmm.briefpack', '--format', 'pdf', '--with-comments', '--without-comments', '-o', 'x.pdf');
    expect(both.code).toBe(1);
    expect(both.stderr.trim().split('\n')).toEqual([expect.stringContaining('--with-comments or --without-comments, not both')]);
    const help = await briefing('--help');
    expect(help.stdout).toContain('[--with-comments | --without-comments | --publication [--date YYYY-MM-DD] [--with-comments] [--with-owners]] -o <file>');
    expect(help.stdout).toMatch(/--with-comments, --without-comments\n\s+comments on the agenda text in this export/);
  });
});
