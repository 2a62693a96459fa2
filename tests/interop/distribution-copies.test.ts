/**
 * Issue 16, numbered copies: a pack with a distribution list of five is
 * exported by the real `briefing` command (`--distribution DIR` and a
 * one-off `--recipient`), and readers nobody here wrote check each copy:
 * poppler finds the recipient and "Exemplaar N van 5" on every page and the
 * left-out item on none, qpdf's outline lacks it, the page numbers run on
 * without a gap; python-docx reads the DOCX's headers and body, LibreOffice
 * lays the DOCX out and poppler reads every page of that.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recipient } from '../../core/model/distribution';
import type { BriefingPack } from '../../core/model/pack';
import { decodePack, encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { annotatedSample, builtInTemplate } from '../helpers/docx';
import { samplePack } from '../helpers/sample';
import { hasLibreOffice, pythonWithDocx, works } from '../helpers/tools';

const hasPoppler = works('pdftotext') && works('pdfinfo');
const hasQpdf = works('qpdf', ['--version']);
const COMMENT = 'OPMERKINGZEVENTIEN';
const RECIPIENTS = ['Minister', 'Jan de Vries', 'Secretaris-generaal', 'Directeur Operaties', 'Commandant'];

let dir: string;
let pack: BriefingPack;
let leftOut: string;

function recipient(name: string, index: number): Recipient {
  return { id: `r${index + 1}`, name, function: index === 1 ? 'DGB' : '', copyNumber: index + 1, leaveOut: index === 1 ? [pack.items[1]!.id] : [], withComments: index === 0 };
}

function briefing(...args: string[]): string {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'briefing.mjs'), '--lang', 'en', ...args], { encoding: 'utf8', cwd: dir });
  if (result.status !== 0) throw new Error(`briefing ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' '));
}

function outlineTitles(pdf: string): string[] {
  type Node = { title: string; kids: Node[] };
  const walk = (nodes: Node[]): string[] => nodes.flatMap((node) => [node.title, ...walk(node.kids)]);
  return walk((JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8' })) as { outlines: Node[] }).outlines);
}

/** Everything qpdf reads out of the file, annotations (the PDF's comments) included. */
function qpdfJson(pdf: string): string {
  return execFileSync('qpdf', ['--json', pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Every page names the recipient and the copy; the left-out title is on none; numbered pages run 2, 3, … up to the count. */
function expectCopyPages(pages: string[], line: string, absent: readonly string[]): void {
  expect(pages.length).toBeGreaterThan(3);
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(line);
    for (const word of absent) expect(text, `page ${i + 1}`).not.toContain(word);
  });
  const numbers = pages.map((text) => /pagina (\d+) van (\d+)/.exec(text)).filter((m) => m !== null);
  expect(numbers.map((m) => Number(m[1]))).toEqual(Array.from({ length: pages.length - 1 }, (_, i) => i + 2));
  expect(new Set(numbers.map((m) => Number(m[2])))).toEqual(new Set([pages.length]));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'distribution-'));
  const sample = annotatedSample(builtInTemplate('nl-ministeriele-briefing'));
  const first = sample.items[0]!;
  const words = (first.source[0] as { children: { text: string }[] }).children[0]!.text.slice(0, 12);
  pack = {
    ...sample,
    items: sample.items.map((item, i) =>
      i === 0
        ? { ...item, comments: [{ id: 'c1', anchor: { block: 0, start: 0, end: words.length, quote: words }, author: 'Anna', createdAt: '2025-02-01T10:00:00Z', text: COMMENT, resolved: false, replies: [] }] }
        : item,
    ),
  };
  leftOut = pack.items[1]!.title;
  pack = { ...pack, distribution: { recipients: RECIPIENTS.map(recipient), handedOut: [] } };
  writeFileSync(path.join(dir, 'dmm.briefpack'), encodePack({ ...samplePack(), pack }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasPoppler || !hasQpdf)('numbered PDF copies', () => {
  it('writes one file per recipient, named by copy number and name, and records them in the pack', () => {
    briefing('export', 'dmm.briefpack', '--format', 'pdf', '--distribution', 'copies');
    expect(readdirSync(path.join(dir, 'copies')).sort()).toEqual(['01-Minister.pdf', '02-Jan-de-Vries.pdf', '03-Secretaris-generaal.pdf', '04-Directeur-Operaties.pdf', '05-Commandant.pdf']);
    const record = decodePack(readFileSync(path.join(dir, 'dmm.briefpack')), 'dmm.briefpack').pack.distribution!.handedOut;
    expect(record.map((copy) => [copy.copyNumber, copy.recipient, copy.version, copy.format])).toEqual(RECIPIENTS.map((name, i) => [i + 1, name, pack.version, 'pdf']));
  });

  it("copy 2 names its recipient on every page and leaves its item out of every page, the contents, the bookmarks and the numbering", () => {
    const file = path.join(dir, 'copies', '02-Jan-de-Vries.pdf');
    const pages = pageTexts(file);
    expectCopyPages(pages, 'Jan de Vries (DGB) · Exemplaar 2 van 5', [leftOut, COMMENT]);
    expect(pages[1]).toMatch(/Inhoud/);
    const outline = outlineTitles(file);
    expect(outline).toContain(pack.items[0]!.title);
    expect(outline).not.toContain(leftOut);
    expect(qpdfJson(file)).not.toContain(COMMENT);
  });

  it('a full copy keeps every item; the comments only where the list asks for them', () => {
    const all = pageTexts(path.join(dir, 'copies', '03-Secretaris-generaal.pdf'));
    expectCopyPages(all, 'Secretaris-generaal · Exemplaar 3 van 5', [COMMENT]);
    expect(all.join('\n')).toContain(leftOut);
    expect(outlineTitles(path.join(dir, 'copies', '03-Secretaris-generaal.pdf'))).toContain(leftOut);
    expect(qpdfJson(path.join(dir, 'copies', '03-Secretaris-generaal.pdf'))).not.toContain(COMMENT);
    expect(qpdfJson(path.join(dir, 'copies', '01-Minister.pdf'))).toContain(COMMENT);
  });

  it('a name not on the list gets a one-off copy numbered after the list, and the record exports as CSV', () => {
    briefing('export', 'dmm.briefpack', '--format', 'pdf', '--recipient', 'Gast Attaché', '-o', 'gast.pdf');
    expectCopyPages(pageTexts(path.join(dir, 'gast.pdf')), 'Gast Attaché · Exemplaar 6 van 6', [COMMENT]);
    const csv = briefing('distribution', 'dmm.briefpack', '--csv').split('\r\n');
    expect(csv[0]).toBe('copy,recipient,function,version,date,format');
    expect(csv[2]).toMatch(/^2,Jan de Vries,DGB,[^,]*,\d{4}-\d{2}-\d{2},pdf$/);
    expect(csv[6]).toMatch(/^6,Gast Attaché,,/);
  });
});

describe.skipIf(!pythonWithDocx || !hasLibreOffice)('numbered DOCX copies', () => {
  it('Word headers name the recipient and copy, the body lacks the item; LibreOffice prints it on every page', () => {
    briefing('export', 'dmm.briefpack', '--format', 'docx', '--recipient', 'Jan de Vries', '-o', 'jan.docx');
    const script = [
      'import docx, json, sys',
      'd = docx.Document(sys.argv[1])',
      's = d.sections[0]',
      'print(json.dumps({"headers": [p.text for h in (s.header, s.first_page_header) for p in h.paragraphs], "body": [p.text for p in d.paragraphs]}))',
    ].join('\n');
    const read = JSON.parse(execFileSync(pythonWithDocx!, ['-c', script, path.join(dir, 'jan.docx')], { encoding: 'utf8' })) as { headers: string[]; body: string[] };
    expect(read.headers.filter((line) => line === 'Jan de Vries (DGB) · Exemplaar 2 van 5')).toHaveLength(2);
    expect(read.body.join('\n')).toContain(pack.items[0]!.title);
    expect(read.body.join('\n')).not.toContain(leftOut);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'jan.docx')], { stdio: 'ignore', timeout: 120_000 });
    expectCopyPages(pageTexts(path.join(dir, 'jan.pdf')), 'Jan de Vries (DGB) · Exemplaar 2 van 5', [leftOut, COMMENT]);
  }, 180_000);
});
