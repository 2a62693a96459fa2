/**
 * Issue 16, publication under the Woo: a pack with passages marked for
 * redaction in an annotation and in the letter text is exported by the real
 * `briefing export --publication`, and the files are read, not the code:
 * poppler's text and qpdf's JSON of every object (streams decoded) of the
 * PDF, and every part of the DOCX unzipped, must hold no redacted phrase;
 * the ground codes, the appendix and the publication line are there; comments
 * and owners go in only when asked for. A plain export of the same pack prints
 * the text as written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { annotatedSample, builtInTemplate } from '../helpers/docx';
import { works } from '../helpers/tools';

const hasReaders = works('pdftotext') && works('qpdf', ['--version']);
/** Phrases nobody else would write, so finding one means it leaked. */
const SECRET_ANNOTATION = 'Zwaluwstaart onderhandelingsruimte';
const SECRET_SOURCE = 'Kwartelkoning Jansen';
const OPEN_COMMENT = 'Opmerking Roerdomp';

let dir: string;

function briefing(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'briefing.mjs'), '--lang', 'nl', ...args], { encoding: 'utf8', cwd: dir });
}

function markedPack(): BriefingPack {
  const sample = annotatedSample(builtInTemplate('nl-ministeriele-briefing'));
  const [first, second] = sample.items;
  const key = Object.keys(first!.sections)[0]!;
  const items = sample.items.map((item) => {
    if (item === first) {
      const paragraph = { type: 'paragraph' as const, children: [{ text: 'De inzet is openbaar; ' }, { text: SECRET_ANNOTATION, redacted: '5.1.2a' }, { text: ' blijft intern.' }] };
      return { ...item, owner: 'Piet Eigenaar', sections: { ...item.sections, [key]: [paragraph, { type: 'heading' as const, children: [{ text: SECRET_ANNOTATION, redacted: '5.1.2a' }] }] } };
    }
    if (item === second) {
      const comment = (id: string, start: number, end: number, quote: string, text: string) => ({ id, anchor: { block: 0, start, end, quote }, author: 'Anna', createdAt: '2026-12-01T10:00:00Z', text, resolved: false, replies: [] });
      // One comment on open words, one on the redacted name: the second never goes into a publication.
      const comments = [comment('open', 0, 14, 'Contactpersoon', OPEN_COMMENT), comment('secret', 16, 16 + SECRET_SOURCE.length, SECRET_SOURCE, 'Vraag na bij de contactpersoon')];
      return { ...item, comments, source: [{ type: 'paragraph' as const, children: [{ text: 'Contactpersoon: ' }, { text: SECRET_SOURCE, redacted: '5.1.2e' }] }, ...item.source] };
    }
    return item;
  });
  return { ...sample, classification: 'confidential', items, annexes: [] };
}

/** Every part of a DOCX as text. */
function docxParts(file: string): string {
  const parts = unzipSync(readFileSync(file));
  return Object.entries(parts)
    .map(([name, bytes]) => `${name}\n${strFromU8(bytes)}`)
    .join('\n');
}

/** Everything qpdf reads out of the file, every stream decoded. */
function qpdfEverything(pdf: string): string {
  return execFileSync('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=all', pdf], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

/** qpdf gives decoded streams as base64: read them back, so text shown with a standard encoding is searchable too. */
function decodedStreams(json: string): string {
  return [...json.matchAll(/"data": "([A-Za-z0-9+/=]+)"/g)].map(([, data]) => Buffer.from(data!, 'base64').toString('latin1')).join('\n');
}

describe.skipIf(!hasReaders)('briefing export --publication (skipped without poppler and qpdf)', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'woo-publication-'));
    writeFileSync(path.join(dir, 'pack.briefpack'), encodePack({ pack: markedPack(), annexFiles: new Map() }));
    for (const [format, args, name] of [
      ['pdf', ['--publication', '--date', '2026-12-03']],
      ['docx', ['--publication', '--date', '2026-12-03']],
      ['docx', ['--publication', '--date', '2026-12-03', '--with-comments', '--with-owners'], 'chosen'],
    ] as const) {
      const run = briefing('export', 'pack.briefpack', '--format', format, ...args, '-o', `woo${name ? `-${name}` : ''}.${format}`);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(briefing('export', 'pack.briefpack', '--format', 'pdf', '-o', 'plain.pdf').status).toBe(0);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the PDF: no redacted phrase in its text or in any object, the codes and the grounds in their place', () => {
    const pdf = path.join(dir, 'woo.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const objects = qpdfEverything(pdf);
    for (const phrase of [SECRET_ANNOTATION, SECRET_SOURCE, 'Zwaluwstaart', 'Kwartelkoning', 'Piet Eigenaar']) {
      expect(text).not.toContain(phrase);
      expect(objects).not.toContain(phrase);
      expect(decodedStreams(objects)).not.toContain(phrase);
    }
    expect(text).toContain('De inzet is openbaar; 5.1.2a blijft intern.');
    expect(text).toContain('Contactpersoon: 5.1.2e');
    expect(text).toContain('Gronden voor weglakking (Woo)');
    expect(text).toContain('de betrekkingen van Nederland met andere staten en met internationale organisaties');
    expect(text).toContain('Openbaar gemaakt op grond van de Woo op 3 december 2026');
    expect(text).not.toContain('DEPARTEMENTAAL VERTROUWELIJK');
  });

  it('the DOCX: no redacted phrase in any part, the codes as white on black', () => {
    const parts = docxParts(path.join(dir, 'woo.docx'));
    for (const phrase of ['Zwaluwstaart', 'Kwartelkoning', 'Piet Eigenaar']) expect(parts).not.toContain(phrase);
    expect(parts).toMatch(/<w:color w:val="FFFFFF"\/>.*?<w:shd w:val="clear" w:color="auto" w:fill="000000"\/><\/w:rPr><w:t xml:space="preserve">5\.1\.2a<\/w:t>/);
    expect(parts).toContain('Openbaar gemaakt op grond van de Woo op 3 december 2026');
  });

  it('comments and owners only when asked for, never a comment on a redacted passage; properties name only the signatory', () => {
    const plain = docxParts(path.join(dir, 'woo.docx'));
    expect(plain).not.toContain(OPEN_COMMENT);
    expect(plain).not.toContain('Vraag na bij de contactpersoon');
    const chosen = docxParts(path.join(dir, 'woo-chosen.docx'));
    expect(chosen).toContain(OPEN_COMMENT);
    expect(chosen).toContain('Piet Eigenaar');
    expect(chosen).not.toContain('Vraag na bij de contactpersoon');
    for (const phrase of ['Zwaluwstaart', 'Kwartelkoning']) expect(chosen).not.toContain(phrase);
    const { role } = markedPack().letter.signatory;
    const core = strFromU8(unzipSync(readFileSync(path.join(dir, 'woo.docx')))['docProps/core.xml']!);
    expect(core).toContain(`<dc:creator>${role}</dc:creator>`);
    const info = execFileSync('pdfinfo', [path.join(dir, 'woo.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Author:\\s+${role}$`, 'm'));
  });

  it('a plain export prints the text as written, without boxes', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'plain.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(SECRET_ANNOTATION);
    expect(text).toContain(SECRET_SOURCE);
    expect(text).not.toContain('5.1.2a');
  });

  it('refuses --publication with a recipient, a date that is not one, and --with-owners without it, in one line', () => {
    for (const args of [['--publication', '--recipient', 'Minister'], ['--publication', '--date', '3-12-2026'], ['--with-owners']]) {
      const run = briefing('export', 'pack.briefpack', '--format', 'pdf', ...args, '-o', 'x.pdf');
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
