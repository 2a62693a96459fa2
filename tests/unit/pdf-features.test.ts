/**
 * PDF features of issue 3, read back with pdf.js (text, outline, annotations,
 * structure tree), pdf-lib (catalog objects) and, where installed, qpdf:
 * tables, widows and orphans, the template's toggles, comments, annexes,
 * tagging, metadata and hyphenation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts, PDFDict, PDFArray } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportAssets } from '../../core/export/assets';
import type { Box, StructElem, TextBox } from '../../core/export/pdf/boxes';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { layoutPack } from '../../core/export/pdf/layout';
import type { FontMetrics } from '../../core/export/pdf/metrics';
import { UserError } from '../../core/i18n/errors';
import type { BriefingPack, SourceComment } from '../../core/model/pack';
import type { RichText, TableElement } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import type { PackContents } from '../../core/pack/container';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { installed } from '../helpers/tools';

const TEMPLATE_ID = 'nl-ministeriele-briefing';
const template: Template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE_ID}/template.json`, 'utf8')), TEMPLATE_ID);
const CREATED = new Date('2025-02-01T09:30:00Z');

const halfEm = (text: string, _style: string, size: number): number => [...text].length * size * 0.5;
const fixedMetrics: FontMetrics = {
  widthOf: halfEm,
  widthOfRange: (text, start, end, style, size) => halfEm(text.slice(start, end), style, size),
  covers: (char) => char.codePointAt(0)! <= 0xffff,
};
const texts = (boxes: readonly Box[]): TextBox[] => boxes.filter((b): b is TextBox => b.kind === 'text');
const pageText = (boxes: readonly Box[]): string => texts(boxes).map((b) => b.text).join(' ');

const sentence = (n: number) => `Zin ${n} over de bondgenootschappelijke afschrikking en verdediging van het verdragsgebied.`;
const paragraphOf = (from: number, count: number): string => Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');

function table(rows: number): TableElement {
  return {
    type: 'table',
    children: [
      { type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'Capaciteit' }] }, { type: 'table-cell', header: true, children: [{ text: 'Toelichting' }] }] },
      ...Array.from({ length: rows }, (_, r) => ({
        type: 'table-row' as const,
        children: [
          { type: 'table-cell' as const, children: [{ text: `Rij ${r + 1}` }] },
          { type: 'table-cell' as const, children: [{ text: r % 3 === 0 ? paragraphOf(r, 2) : 'kort' }] },
        ],
      })),
    ],
  };
}

function comment(id: string, block: number, start: number, end: number, text: string, resolved = false): SourceComment {
  return {
    id,
    anchor: { block, start, end, quote: '' },
    author: 'J. de Vries',
    createdAt: '2025-02-01T10:00:00Z',
    text,
    resolved,
    replies: id === 'c1' ? [{ id: 'r1', author: 'A. Jansen', createdAt: '2025-02-01T11:00:00Z', text: 'Eens.' }] : [],
  };
}

/** Three items: the second a sub-item; a table long enough to span pages; comments on the first item's source. */
function featurePack(): BriefingPack {
  const base = syntheticPack(3);
  const [a, b, c] = base.items as [BriefingPack['items'][0], BriefingPack['items'][0], BriefingPack['items'][0]];
  const source: RichText = [{ type: 'paragraph', children: [{ text: 'De NAVO-top in Den Haag bespreekt de capaciteitsdoelen.' }] }];
  return {
    ...base,
    items: [
      { ...a, source, comments: [comment('c1', 0, 3, 12, 'Graag bronvermelding'), comment('c2', 0, 16, 24, 'Opgelost punt', true)] },
      { ...b, level: 2, title: 'Subpunt: tabel', sections: { kernboodschap: [table(70)] } },
      c,
    ],
  };
}

let assets: ExportAssets;
beforeAll(async () => {
  assets = await loadExportAssets(template, 'assets');
});

async function exportWith(pack: BriefingPack, overrides: Partial<Template> = {}, annexFiles = new Map<string, Uint8Array>(), skipBadAnnexes = false) {
  const contents: PackContents = { pack, annexFiles };
  return exportPdfWithReport(contents, { ...template, ...overrides }, assets, { created: CREATED, skipBadAnnexes });
}

interface Outline {
  title: string;
  items: Outline[];
}

async function read(bytes: Uint8Array) {
  const standardFontDataUrl = path.resolve('node_modules/pdfjs-dist/standard_fonts') + '/';
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  const annotations: { subtype: string; contents: string; title: string }[][] = [];
  const structure: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' '));
    const list = (await page.getAnnotations()) as { subtype: string; contentsObj?: { str: string }; titleObj?: { str: string } }[];
    annotations.push(list.map((a) => ({ subtype: a.subtype, contents: a.contentsObj?.str ?? '', title: a.titleObj?.str ?? '' })));
    const walk = (node: { role?: string; children?: unknown[] } | null): void => {
      if (!node) return;
      if (node.role) structure.push(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    if (n <= 6) walk((await page.getStructTree()) as { role?: string; children?: unknown[] } | null);
  }
  const outline = ((await doc.getOutline()) ?? []) as unknown as Outline[];
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, annotations, structure, outline, info: info as Record<string, unknown> };
}

describe('PDF: tables', () => {
  it('repeats the header row at the top of every page the table spans, and wraps cells in their column', () => {
    const layout = layoutPack(featurePack(), template, fixedMetrics);
    const tablePages = layout.pages.filter((p) => texts(p.boxes).some((b) => /^Rij \d+$/.test(b.text)));
    expect(tablePages.length).toBeGreaterThan(1);
    const headerTops: number[] = [];
    for (const page of tablePages) {
      const header = texts(page.boxes).find((b) => b.text === 'Capaciteit');
      const firstRow = texts(page.boxes).filter((b) => /^Rij \d+$/.test(b.text)).sort((x, y) => y.y - x.y)[0]!;
      expect(header, `header on page ${page.number}`).toBeDefined();
      expect(header!.y).toBeGreaterThan(firstRow.y);
      expect(header!.y).toBeLessThan(layout.height);
      headerTops.push(header!.y);
    }
    // A repeated header sits at the top of the body, the same place on every continued page.
    expect(new Set(headerTops.slice(1)).size).toBe(1);
    // The repeats are artifacts: only the first header cell is tagged.
    const tagged = layout.pages.flatMap((p) => texts(p.boxes)).filter((b) => b.text === 'Capaciteit' && b.tag);
    expect(tagged).toHaveLength(1);
    const cells = layout.pages.flatMap((p) => texts(p.boxes)).filter((b) => b.text.startsWith('Zin') || b.text.includes('verdragsgebied'));
    const column = cells[0]!.x;
    for (const cell of cells) expect(cell.x).toBe(column);
  });
});

describe('PDF: widows and orphans', () => {
  it('never leaves a single line of a paragraph alone at the top or bottom of a page', () => {
    const paragraphs: RichText = Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph', children: [{ text: paragraphOf(i, 2 + (i % 5)) }] }));
    const base = syntheticPack(1);
    const pack = { ...base, items: [{ ...base.items[0]!, source: [], sections: { kernboodschap: paragraphs } }] };
    const layout = layoutPack(pack, template, fixedMetrics);
    const linesPerPage = new Map<StructElem, Map<number, Set<number>>>();
    for (const page of layout.pages) {
      for (const box of texts(page.boxes)) {
        if (box.tag?.role !== 'P') continue;
        const pages = linesPerPage.get(box.tag) ?? new Map<number, Set<number>>();
        linesPerPage.set(box.tag, pages);
        const lines = pages.get(page.number) ?? new Set<number>();
        pages.set(page.number, lines.add(box.y));
      }
    }
    const split = [...linesPerPage.values()].filter((pages) => pages.size > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const pages of split) for (const lines of pages.values()) expect(lines.size).toBeGreaterThanOrEqual(2);
  });
});

describe('PDF: template toggles, cover, headers and endnotes', () => {
  it('prints the introduction under its label only when includeIntroduction', () => {
    const pack = syntheticPack(1);
    const intro = (pack.introduction[0] as { children: { text: string }[] }).children[0]!.text.slice(0, 30);
    const withIntro = layoutPack(pack, template, fixedMetrics).pages.map((p) => pageText(p.boxes)).join(' ');
    const without = layoutPack(pack, { ...template, includeIntroduction: false }, fixedMetrics).pages.map((p) => pageText(p.boxes)).join(' ');
    expect(withIntro).toContain(template.labels.introduction);
    expect(withIntro).toContain(intro.split(' ')[0]);
    expect(without).not.toContain(template.labels.introduction);
  });

  it('drops the contents and the watermark when the template says so', () => {
    const on = layoutPack(syntheticPack(2), template, fixedMetrics);
    const off = layoutPack(syntheticPack(2), { ...template, tableOfContents: false, draftWatermark: false }, fixedMetrics);
    expect(pageText(on.pages[1]!.boxes)).toContain(template.labels.contents);
    expect(off.pages.some((p) => pageText(p.boxes).includes(template.labels.contents))).toBe(false);
    expect(off.pages.length).toBe(on.pages.length - 1);
    expect(off.pages.flatMap((p) => texts(p.boxes)).some((b) => b.rotate)).toBe(false);
    expect(on.pages.flatMap((p) => texts(p.boxes)).filter((b) => b.rotate)[0]!.color).toBe(template.colors.watermark);
  });

  it('aligns header and footer as the template says; the marking under the footer stays centred', () => {
    const left = layoutPack(syntheticPack(1), { ...template, headerAlign: 'left', footerAlign: 'right' }, fixedMetrics);
    const page = left.pages[2]!;
    const header = texts(page.boxes).find((b) => b.y > 800)!;
    const footer = texts(page.boxes).find((b) => b.text.includes('pagina'))!;
    const marking = texts(page.boxes).find((b) => b.y < footer.y && b.text === 'DEPARTEMENTAAL VERTROUWELIJK')!;
    expect(header.x).toBe(template.page.margins.left);
    expect(footer.x + footer.width).toBeCloseTo(595.28 - template.page.margins.right, 1);
    expect(marking.x + marking.width / 2).toBeCloseTo((template.page.margins.left + 595.28 - template.page.margins.right) / 2, 1);
  });

  it('shows the cover facts in the template order, and only those', () => {
    const layout = layoutPack(syntheticPack(1), { ...template, cover: ['signatory', 'date', 'meeting'] }, fixedMetrics);
    const cover = texts(layout.pages[0]!.boxes).filter((b) => !b.rotate).sort((a, b) => b.y - a.y).map((b) => b.text).join(' ');
    expect(cover.indexOf('Brekelmans')).toBeLessThan(cover.indexOf('13 februari 2025'));
    expect(cover.indexOf('13 februari 2025')).toBeLessThan(cover.indexOf('Bijeenkomst'));
    expect(cover).not.toContain('DMM');
    expect(cover).not.toContain(`${template.labels.version}:`);
  });

  it('collects footnotes at the end of each item in endnotes mode', () => {
    const pack = syntheticPack(2);
    const endnotes = layoutPack(pack, { ...template, footnotes: 'endnotes' }, fixedMetrics);
    const itemPages = endnotes.pages.filter((p) => p.number > 2).filter((p) => pageText(p.boxes).includes('Agendapunt 1:') || pageText(p.boxes).includes('Agendapunt 2:'));
    for (const page of itemPages) {
      const note = texts(page.boxes).find((b) => b.text.startsWith('Kamerstuk 28 676'));
      const lastBody = texts(page.boxes).filter((b) => b.tag && b.tag.role !== 'Note').sort((a, b) => a.y - b.y)[0]!;
      expect(note, `note on page ${page.number}`).toBeDefined();
      // Right after the item's text, not at the foot of the page.
      expect(note!.y).toBeLessThan(lastBody.y);
      expect(note!.y).toBeGreaterThan(template.page.margins.bottom + 100);
    }
  });
});

describe('PDF: comments, sub-items, bookmarks, structure and metadata', () => {
  let annotated: Awaited<ReturnType<typeof read>>;
  let plain: Awaited<ReturnType<typeof read>>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await exportWith(featurePack())).bytes;
    annotated = await read(bytes);
    plain = await read((await exportWith(featurePack(), { sourceComments: 'footnotes' })).bytes);
  });

  it('puts open comments as sticky notes with a highlight at the passage, and leaves resolved ones out', () => {
    const notes = annotated.annotations.flat();
    const sticky = notes.filter((a) => a.subtype === 'Text');
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.title).toBe('J. de Vries');
    expect(sticky[0]!.contents).toContain('Graag bronvermelding');
    expect(sticky[0]!.contents).toContain('A. Jansen: Eens.');
    expect(notes.filter((a) => a.subtype === 'Highlight').length).toBeGreaterThanOrEqual(1);
    expect(notes.some((a) => a.contents.includes('Opgelost'))).toBe(false);
  });

  it('prints comments as numbered footnotes "Author: text" in footnotes mode', () => {
    const all = plain.pages.join(' ');
    expect(all).toContain('J. de Vries: Graag bronvermelding');
    expect(all).not.toContain('Opgelost punt');
    expect(plain.annotations.flat().some((a) => a.subtype === 'Text')).toBe(false);
  });

  it('lists comments after the sections under the comments label in appendix mode', async () => {
    const appendix = await read((await exportWith(featurePack(), { sourceComments: 'appendix' })).bytes);
    const page = appendix.pages.find((p) => p.includes(template.labels.comments))!;
    expect(page).toBeDefined();
    expect(page.indexOf('J. de Vries: Graag bronvermelding')).toBeGreaterThan(page.indexOf(template.labels.comments));
  });

  it('runs a level-2 item on without a page break and nests it, and each item\'s sections, in the bookmarks', () => {
    const subPage = annotated.pages.findIndex((p) => p.includes('Subpunt: tabel'));
    expect(annotated.pages[subPage]).toContain('Agendapunt 1:');
    const first = annotated.outline.find((o) => o.title.startsWith('Agendapunt 1'))!;
    expect(first.items.map((i) => i.title)).toContain('Subpunt: tabel');
    expect(first.items.map((i) => i.title)).toContain(template.labels.sourceText);
    const third = annotated.outline.find((o) => o.title.startsWith('Agendapunt 3'))!;
    expect(third.items.map((i) => i.title)).toEqual([template.labels.sourceText, 'Kernboodschap', 'Spreekpunten']);
  });

  it('is a tagged PDF: headings in reading order, paragraphs, a table and lists in the structure tree', () => {
    const roles = annotated.structure;
    expect(roles[0]).toBe('Root');
    expect(roles).toContain('Document');
    const headings = roles.filter((r) => /^H\d$/.test(r));
    expect(headings.slice(0, 3)).toEqual(['H1', 'H1', 'H1']);
    expect(roles).toContain('P');
    expect(roles).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD', 'Note']));
  });

  it('has MarkInfo, Lang, DisplayDocTitle, an XMP packet claiming PDF/A-2b and an sRGB output intent', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const catalog = doc.catalog;
    expect(String(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    expect(String(catalog.get(PDFName.of('Lang')))).toBe('(nl-NL)');
    expect(String(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle')))).toBe('true');
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode((metadata as PDFRawStream).getContents());
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('Bijeenkomst van de NAVO-ministers van Defensie');
    expect(xmp).toContain('<xmp:CreateDate>2025-02-01T09:30:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<rdf:li>De Minister van Defensie</rdf:li>');
    const intents = catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(String(intent.get(PDFName.of('S')))).toBe('/GTS_PDFA1');
    expect(intent.get(PDFName.of('DestOutputProfile'))).toBeDefined();
    expect(annotated.info.Title).toBe(`${template.labels.cover} – Bijeenkomst van de NAVO-ministers van Defensie`);
    expect(annotated.info.Subject).toBe('DMM, 2025-02-13, Brussel');
    expect(String(annotated.info.Keywords)).toContain(template.labels.draft);
  });

  it('keeps a pasted control character and markup out of the XMP packet, which stays XML', async () => {
    const base = syntheticPack(1);
    const pack = { ...base, meeting: { ...base.meeting, name: 'Top <Brussel> & "NAVO"\u0001 \u2019s' } };
    const result = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await loadExportAssets(template, 'assets'));
    const catalog = (await PDFDocument.load(result.bytes, { updateMetadata: false })).catalog;
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode((metadata as PDFRawStream).getContents());
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(xmp.replace(/<\?xpacket[^>]*\?>/g, ''), 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagName('dc:title')[0]?.textContent).toContain('Top <Brussel> & "NAVO" \u2019s');
  });

  it.skipIf(!installed('qpdf'))('passes qpdf --check', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pdf-features-'));
    const file = path.join(dir, 'pack.pdf');
    writeFileSync(file, bytes);
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

async function annexPdf(pages: number, label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595.28, 841.89]).drawText(`${label} ${i + 1}`, { x: 100, y: 500, size: 20, font });
  return doc.save();
}

async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 2, R: 3, O: 'x', U: 'x', P: -4 });
  return doc.save({ useObjectStreams: false });
}

describe('PDF: annexes', () => {
  const annex = (id: string, fileName: string, mediaType = 'application/pdf') => ({ id, title: `Bijlage ${id}`, fileName, mediaType, size: 1 });

  it('lists every annex and appends PDF annexes with the page furniture, continued numbers and a bookmark each', async () => {
    const pack: BriefingPack = { ...syntheticPack(1), annexes: [annex('brief', 'brief.txt', 'text/plain'), annex('kaart', 'kaart.pdf')] };
    const files = new Map([['brief', new TextEncoder().encode('tekst')], ['kaart', await annexPdf(2, 'KAARTBLAD')]]);
    const result = await exportWith(pack, {}, files);
    const doc = await read(result.bytes);
    const total = doc.pages.length;
    const list = doc.pages.find((p) => p.includes(`${template.labels.annexes} 1.`) || (p.includes(template.labels.annexes) && p.includes('brief.txt')))!;
    expect(list).toContain('Bijlage brief');
    expect(list).toContain('Bijlage kaart');
    expect(doc.pages[total - 2]).toContain('KAARTBLAD 1');
    expect(doc.pages[total - 1]).toContain('KAARTBLAD 2');
    expect(doc.pages[total - 1]).toContain(`pagina ${total} van ${total}`);
    expect(doc.pages[total - 1]).toContain('DEPARTEMENTAAL VERTROUWELIJK');
    const annexes = doc.outline.find((o) => o.title === template.labels.annexes)!;
    expect(annexes.items.map((i) => i.title)).toEqual(['Bijlage kaart']);
  });

  it('refuses a damaged or encrypted annex PDF with a message naming the file', async () => {
    for (const [bytes, reason] of [[new TextEncoder().encode('%PDF-1.7\nniet echt'), 'beschadigd'], [await encryptedPdf(), 'versleuteld']] as const) {
      const pack: BriefingPack = { ...syntheticPack(1), annexes: [annex('x', 'kapot.pdf')] };
      const error = await exportWith(pack, {}, new Map([['x', bytes]])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).describe('nl')).toContain('kapot.pdf');
      expect((error as UserError).describe('nl')).toContain(reason);
      expect((error as UserError).describe('en')).toContain('--skip-bad-annexes');
    }
  });

  it('leaves a bad annex out with a warning when asked to', async () => {
    const pack: BriefingPack = { ...syntheticPack(1), annexes: [annex('x', 'kapot.pdf'), annex('k', 'kaart.pdf')] };
    const files = new Map([['x', new TextEncoder().encode('geen pdf')], ['k', await annexPdf(1, 'KAARTBLAD')]]);
    const result = await exportWith(pack, {}, files, true);
    expect(result.skipped.map((s) => s.error.describe('en'))).toEqual([expect.stringContaining('kapot.pdf')]);
    const doc = await read(result.bytes);
    expect(doc.pages.at(-1)).toContain('KAARTBLAD 1');
  });
});

describe('PDF: hyphenation', () => {
  it('hyphenates long words at line ends when the template asks, and not otherwise', async () => {
    const words = 'verdedigingsplannen capaciteitsdoelstellingen bondgenootschappelijke ondersteuningsmaatregelen '.repeat(20);
    const base = syntheticPack(1);
    const pack = { ...base, items: [{ ...base.items[0]!, source: [], sections: { kernboodschap: [{ type: 'paragraph' as const, children: [{ text: words }] }] } }] };
    const on = await read((await exportWith(pack, { hyphenation: true })).bytes);
    const off = await read((await exportWith(pack, { hyphenation: false })).bytes);
    const broken = (pages: string[]) => pages.join(' ').match(/\p{L}-\s/gu)?.length ?? 0;
    expect(broken(on.pages)).toBeGreaterThan(3);
    expect(broken(off.pages)).toBe(0);
  });
});
