/**
 * The PDF exporter end to end: export synthetic packs, then read them back
 * with pdf.js (text per page, outline, links, metadata) and, where installed,
 * with qpdf and poppler's pdftotext/pdfinfo/pdffonts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf, exportPdfWithReport } from '../../core/export/pdf/index';
import type { ExportAssets } from '../../core/export/assets';
import { syntheticPack } from '../../core/model/synthetic';
import type { BriefingPack } from '../../core/model/pack';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { installed } from '../helpers/tools';

const TEMPLATE_ID = 'nl-ministeriele-briefing';
const template: Template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE_ID}/template.json`, 'utf8')), TEMPLATE_ID);
const MARKING = 'DEPARTEMENTAAL VERTROUWELIJK';
const DUTCH = ['Oekraïne', 'financiële', 'Israëlische', 'coördinatie', 'efficiënt', '€', '1,4', 'ministers’', '«to', 'war»'] as const;

interface ReadPdf {
  pages: string[];
  outline: string[];
  /** Per page: link annotations, as a URL or the 1-based page they jump to. */
  links: (string | number)[][];
  info: Record<string, unknown>;
}

/** Reads a PDF with pdf.js: whitespace-normalised text per page, outline titles, links, info. */
async function readWithPdfJs(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  const links: (string | number)[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' '));
    // pdf.js gives url for addresses it would open, unsafeUrl for any other.
    const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string; dest?: unknown }[];
    const pageLinks: (string | number)[] = [];
    for (const a of annotations.filter((a) => a.subtype === 'Link')) {
      if (a.url ?? a.unsafeUrl) pageLinks.push((a.url ?? a.unsafeUrl)!);
      else if (Array.isArray(a.dest)) pageLinks.push((await doc.getPageIndex(a.dest[0] as { num: number; gen: number })) + 1);
    }
    links.push(pageLinks);
  }
  const outline = ((await doc.getOutline()) ?? []).map((entry) => entry.title);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, links, info: info as Record<string, unknown> };
}

describe('exportPdf: synthetic pack of 5 items', () => {
  const pack = syntheticPack(5);
  let assets: ExportAssets;
  let bytes: Uint8Array;
  let read: ReadPdf;
  let file: string;

  beforeAll(async () => {
    assets = await loadExportAssets(template, 'assets');
    bytes = await exportPdf({ pack, annexFiles: new Map() }, template, assets);
    read = await readWithPdfJs(bytes);
    file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-export-')), 'pack.pdf');
    writeFileSync(file, bytes);
  });

  it('starts with a PDF header and has a cover, contents and at least a page per item', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(read.pages.length).toBeGreaterThanOrEqual(2 + pack.items.length);
  });

  it('has the meeting name, long date and cover label on the cover', () => {
    expect(read.pages[0]).toContain('Bijeenkomst van de NAVO-ministers van Defensie');
    expect(read.pages[0]).toContain('13 februari 2025');
    expect(read.pages[0]).toContain(template.labels.cover);
  });

  it('has every item title in the contents and on its own page', () => {
    for (const item of pack.items) {
      expect(read.pages[1]).toContain(item.title);
      expect(read.pages.slice(2).some((text) => text.includes(item.title)), item.title).toBe(true);
    }
  });

  it('marks every page with the classification', () => {
    read.pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(MARKING));
  });

  it('has "pagina i van N" footers that agree with the real page count', () => {
    const total = read.pages.length;
    read.pages.slice(1).forEach((text, i) => expect(text).toContain(`pagina ${i + 2} van ${total}`));
  });

  it('keeps the Dutch characters', () => {
    const all = read.pages.join(' ');
    for (const word of DUTCH) expect(all, word).toContain(word);
  });

  it('prints the footnotes', () => {
    const all = read.pages.join(' ');
    for (const n of [400, 401, 402, 403, 404]) expect(all).toContain(`Kamerstuk 28 676, nr. ${n}.`);
  });

  it('bookmarks the introduction and every item and links the contents entries to their pages', () => {
    const titles = [template.labels.introduction, ...pack.items.map((i) => i.title)];
    expect(read.outline).toEqual(titles);
    const targets = read.links[1]!;
    expect(targets).toHaveLength(titles.length);
    targets.forEach((page, i) => expect(read.pages[(page as number) - 1]).toContain(titles[i]!));
  });

  it('keeps web links clickable', () => {
    expect(read.links.flat()).toContain('https://www.nato.int/');
  });

  it('sets title, author and language', () => {
    expect(read.info.Title).toBe(`${template.labels.cover} – ${pack.meeting.name}`);
    expect(read.info.Author).toBe(pack.letter.signatory.role);
    expect(read.info.Language).toBe('nl-NL');
  });

  it('watermarks a draft with the draft label and not a final pack', async () => {
    expect(read.pages.every((text) => text.replace(/ /g, '').includes(template.labels.draft))).toBe(true);
    const final = await readWithPdfJs(await exportPdf({ pack: { ...pack, status: 'final' }, annexFiles: new Map() }, template, assets));
    expect(final.pages[2]!.replace(/ /g, '')).not.toContain(template.labels.draft);
  });

  it.skipIf(!installed('qpdf'))('passes qpdf --check without errors or warnings', () => {
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
    expect(result.stdout + result.stderr).not.toMatch(/WARNING/i);
  });

  it.skipIf(!installed('pdftotext'))('agrees with pdftotext: titles, Dutch text, footers', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p, i, all) => p.trim() || i < all.length - 1);
    expect(pages).toHaveLength(read.pages.length);
    for (const item of pack.items) expect(text).toContain(item.title);
    for (const word of DUTCH) expect(text).toContain(word);
    expect(text).toContain(`pagina ${pages.length} van ${pages.length}`);
  });

  it.skipIf(!installed('pdfinfo'))('has the page count pdfinfo reports', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${read.pages.length}\\n`));
    expect(info).toContain('Page size:       595.28 x 841.89 pts (A4)');
  });

  it.skipIf(!installed('pdffonts'))('embeds the fonts its text is set in as subsets: regular, bold and italic (the synthetic pack has no bold italic)', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['LiberationSans', 'LiberationSans-Bold', 'LiberationSans-Italic']);
    // Columns: name, type, encoding, embedded, subset, unicode map. The subset tag ("ABCDEF+") is what tells pdffonts.
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+LiberationSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
    const fullFonts = Object.values(assets.fonts).reduce((sum, font) => sum + font.length, 0);
    expect(bytes.length).toBeLessThan(fullFonts / 4);
  });
});

describe('exportPdf: text the fonts cannot draw', () => {
  it('replaces emoji with a visible mark, reports them, and still writes a valid PDF', async () => {
    const assets = await loadExportAssets(template, 'assets');
    const base = syntheticPack(1);
    const pack: BriefingPack = {
      ...base,
      meeting: { ...base.meeting, name: 'Top 🚀 Brussel' },
      items: [{ ...base.items[0]!, title: 'Punt ✅ één', sections: { doel: [{ type: 'paragraph', children: [{ text: 'Goed 😀 nieuws' }] }] } }],
    };
    const result = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, assets);
    expect(result.warnings.map((w) => w.codePoint).sort()).toEqual(['U+1F600', 'U+1F680', 'U+2705']);
    const read = await readWithPdfJs(result.bytes);
    const all = read.pages.join(' ');
    expect(all).toContain('Goed □ nieuws');
    expect(all).toContain('Punt □ één');
    expect(read.pages).toHaveLength(result.pages);
  });

  it('exports a link whose address is not a URL and holds a stray surrogate, parentheses and a backslash, as its words', async () => {
    const assets = await loadExportAssets(template, 'assets');
    const base = syntheticPack(1);
    const url = 'zie bijlage \uD800 (kaart)\\';
    const doel = [{ type: 'paragraph' as const, children: [{ text: 'Zie ' }, { type: 'link' as const, url, children: [{ text: 'de kaart' }] }, { text: '.' }] }];
    const pack: BriefingPack = { ...base, items: [{ ...base.items[0]!, sections: { doel } }] };
    const read = await readWithPdfJs(await exportPdf({ pack, annexFiles: new Map() }, template, assets));
    // Not an address the link rule allows (core/model/link-href.ts): the words are printed, no link annotation made.
    expect(read.links.flat().filter((link) => typeof link === 'string')).toEqual([]);
    expect(read.pages.join(' ')).toContain('Zie de kaart.');
  });
});
