/**
 * The PDF read back by readers nobody here wrote: poppler (pdfinfo, its
 * structure dump, pdftotext) and qpdf. A test whose reader is not installed
 * is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { installed } from '../helpers/tools';

const TEMPLATE_ID = 'nl-ministeriele-briefing';
const template: Template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE_ID}/template.json`, 'utf8')), TEMPLATE_ID);

let file: string;
let pages: number;
beforeAll(async () => {
  const annexDoc = await PDFDocument.create();
  const font = await annexDoc.embedFont(StandardFonts.Helvetica);
  const annexPage = annexDoc.addPage([595.28, 841.89]);
  annexPage.drawText('KAARTBLAD NOORD', { x: 100, y: 500, size: 20, font });
  // A link of the annex's own, still pointing into the structure tree of its old file.
  const { context } = annexDoc;
  annexPage.node.addAnnot(
    context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [100, 495, 300, 520], StructParent: 0, A: { S: 'URI', URI: PDFString.of('https://example.org/') } })),
  );
  const pack: BriefingPack = {
    ...syntheticPack(4),
    annexes: [{ id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: 1 }],
  };
  const result = await exportPdfWithReport(
    { pack, annexFiles: new Map([['kaart', await annexDoc.save()]]) },
    template,
    await loadExportAssets(template, 'assets'),
  );
  pages = result.pages;
  file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-readers-')), 'pack.pdf');
  writeFileSync(file, result.bytes);
});

describe('PDF read by poppler and qpdf', () => {
  it.skipIf(!installed('pdfinfo'))('is tagged, with the page count and metadata stream pdfinfo reports', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${pages}$`, 'm'));
  });

  it.skipIf(!installed('pdfinfo'))('has a structure tree poppler can walk: document, contents, sections with headings and paragraphs', () => {
    const tree = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
    const roles = tree.split('\n').map((l) => l.trim().split(' ')[0]).filter(Boolean);
    expect(roles[0]).toBe('Document');
    expect(roles).toEqual(expect.arrayContaining(['TOC', 'TOCI', 'Sect', 'H1', 'H2', 'P', 'L', 'LI', 'LBody', 'Note']));
    expect(roles.indexOf('TOC')).toBeLessThan(roles.lastIndexOf('H1'));
  });

  it.skipIf(!installed('pdfinfo'))('puts every link in the structure tree: a Link element with the link text and its annotation', async () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    const objects = [...tree.matchAll(/^(\s*)Link \(inline\)\n((?:\1\s+.*\n)+)/gm)].map((m) => m[2]!);
    // The contents' entries and the links in the text, each with its text and one annotation;
    // the annex's own link has its text inside the annex page's figure.
    expect(objects.length).toBeGreaterThan(4);
    for (const kids of objects) expect(kids).toMatch(/^\s+Object \d+ 0$/m);
    expect(objects.filter((kids) => !/^\s+".+"$/m.test(kids))).toHaveLength(1);
    expect(tree).toMatch(/Link \(inline\)\n\s+"nato\.int"\n\s+Object \d+ 0/);
    // Every link annotation is referenced from the tree, the annex page's too.
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const links = doc.getPages().flatMap((page) =>
      (page.node.Annots()?.asArray() ?? []).map((ref) => doc.context.lookup(ref) as PDFDict).filter((annot) => annot.get(PDFName.of('Subtype'))?.toString() === '/Link'),
    );
    expect(links.length).toBe([...tree.matchAll(/^\s+Object \d+ 0$/gm)].length);
    expect(links.every((annot) => annot.has(PDFName.of('StructParent')))).toBe(true);
  });

  it.skipIf(!installed('pdftotext'))('stamps the appended annex page with the marking and the last page number', () => {
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], { encoding: 'utf8' });
    expect(last).toContain('KAARTBLAD NOORD');
    expect(last).toContain('DEPARTEMENTAAL VERTROUWELIJK');
    expect(last).toContain(`pagina ${pages} van ${pages}`);
  });

  it.skipIf(!installed('pdfinfo'))('tags the annex page as a figure of its own section, with the annex’s link beside it', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(tree).toMatch(/^ {2}Sect\n {4}Figure\n {6}"KAARTBLAD NOORD"\n {4}Link \(inline\)\n {6}Object \d+ 0\n/m);
  });

  it('gives the annex page’s figure alternative text that names the annex and the page (pdf.js)', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false }).promise;
    type Node = { role?: string; alt?: string; children?: Node[] };
    const figures: Node[] = [];
    const walk = (node: Node | null): void => {
      if (!node) return;
      if (node.role === 'Figure') figures.push(node);
      node.children?.forEach(walk);
    };
    walk((await (await doc.getPage(pages)).getStructTree()) as Node | null);
    await doc.destroy();
    expect(figures.map((f) => f.alt)).toEqual(['Bijlage Kaart (kaart.pdf), pagina 1 van 1']);
  });

  it.skipIf(!installed('qpdf'))('passes qpdf --check', () => {
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

describe('an annex whose name already says it is an annex', () => {
  /** The alternative text pdf.js reads for each appended page's figure. */
  async function figureAlts(annex: { title: string; fileName: string }, templateId: string, language: BriefingPack['language']): Promise<string[]> {
    const chosen = parseTemplate(JSON.parse(readFileSync(`templates/${templateId}/template.json`, 'utf8')), templateId);
    const annexDoc = await PDFDocument.create();
    annexDoc.addPage([595.28, 841.89]);
    const pack: BriefingPack = { ...syntheticPack(1), language, annexes: [{ id: 'a', ...annex, mediaType: 'application/pdf', size: 1 }] };
    const result = await exportPdfWithReport({ pack, annexFiles: new Map([['a', await annexDoc.save()]]) }, chosen, await loadExportAssets(chosen, 'assets'));
    const doc = await getDocument({ data: result.bytes, isEvalSupported: false, useSystemFonts: false }).promise;
    type Node = { role?: string; alt?: string; children?: Node[] };
    const alts: string[] = [];
    const walk = (node: Node | null): void => {
      if (node?.role === 'Figure' && node.alt) alts.push(node.alt);
      node?.children?.forEach(walk);
    };
    walk((await (await doc.getPage(result.pages)).getStructTree()) as Node | null);
    await doc.destroy();
    return alts;
  }

  it('says “Bijlage” once when the title starts with it (pdf.js)', async () => {
    expect(await figureAlts({ title: 'Bijlage 2: Kaart', fileName: 'kaart.pdf' }, 'nl-ministeriele-briefing', 'nl')).toEqual(['Bijlage 2: Kaart (kaart.pdf), pagina 1 van 1']);
  });

  it('says “Annex” once when only the file name holds it, and leaves another title as it was (pdf.js)', async () => {
    expect(await figureAlts({ title: 'Map', fileName: 'annex-b.pdf' }, 'en-nato-ministerial', 'en')).toEqual(['Map (annex-b.pdf), page 1 of 1']);
    expect(await figureAlts({ title: 'Map', fileName: 'map.pdf' }, 'en-nato-ministerial', 'en')).toEqual(['Annex Map (map.pdf), page 1 of 1']);
  });
});

describe('a pack with more objects than one object stream holds', () => {
  let big: string;
  beforeAll(async () => {
    const result = await exportPdfWithReport({ pack: syntheticPack(60), annexFiles: new Map() }, template, await loadExportAssets(template, 'assets'));
    big = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-readers-big-')), 'big.pdf');
    writeFileSync(big, result.bytes);
  });

  it.skipIf(!installed('qpdf'))('is split over several compressed object streams and passes qpdf --check', () => {
    const objectStreams = execFileSync('qpdf', ['--show-xref', big], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /compressed; stream = (\d+)/.exec(line)?.[1])
      .filter(Boolean);
    expect(new Set(objectStreams).size).toBeGreaterThan(1);
    const check = spawnSync('qpdf', ['--check', big], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it.skipIf(!installed('pdftotext'))('reads back to the last item', () => {
    expect(execFileSync('pdftotext', [big, '-'], { encoding: 'utf8' })).toContain('Agendapunt 60:');
  });
});
