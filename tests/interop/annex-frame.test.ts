/**
 * Issue 20: an appended annex page is framed between the pack's header and
 * footer bands, so the marking, the footer and the draft watermark leave its
 * text readable. The annex is full of text from its very top to its very
 * bottom edge (an A4 page, a US Letter page, and a landscape page stored
 * upright and turned by /Rotate 90, as scanners store one); a draft, marked pack is
 * exported with each built-in template, and poppler reads every annex page:
 * all of the annex's lines, each whole, and the marking alone in the top and
 * bottom bands (the pack's margins, scaled to the page's own size).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { degrees, PDFArray, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts, type PDFNumber } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { PAGE_SIZES } from '../../core/export/pdf/geometry';
import { classificationMarking } from '../../core/model/classification';
import type { BriefingPack } from '../../core/model/pack';
import type { Template } from '../../core/template/schema';
import { annotatedSample, BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportFonts } from '../helpers/docx';
import { works } from '../helpers/tools';

const hasPoppler = works('pdftotext') && works('pdfinfo') && works('pdftoppm');
/** An A4 page, a US Letter page, and a landscape page as scanners store one: A4 upright, turned a quarter by /Rotate 90. */
const ANNEX_PAGES = [
  { size: [595.28, 841.89], rotate: 0 },
  { size: [612, 792], rotate: 0 },
  { size: [595.28, 841.89], rotate: 90 },
] as const;
const LINE_PITCH = 13;
const LINK = 'https://example.org/verslag';

/** "Bijlageregel p.nn": one per line of the annex, numbered per page. */
const annexLine = (page: number, line: number) => `Bijlageregel ${page}.${String(line).padStart(2, '0')} uit het verslag`;

/** Lines from 2 pt under the top edge down to 2 pt above the bottom edge of each page as it is shown. */
async function fullPageAnnex(): Promise<{ bytes: Uint8Array; lines: string[][] }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines: string[][] = [];
  ANNEX_PAGES.forEach(({ size: [width, height], rotate }, p) => {
    const page = doc.addPage([width, height]);
    page.setRotation(degrees(rotate));
    // Turned pages are drawn a quarter back, so they read upright as shown: a shown line's height is the page's x, counted from its right.
    const shownHeight = rotate ? width : height;
    const pageLines: string[] = [];
    for (let y = shownHeight - 11, n = 1; y >= 2; y -= LINE_PITCH, n++) {
      const text = annexLine(p + 1, n);
      page.drawText(text, rotate ? { x: width - y, y: 4, size: 11, font, rotate: degrees(90) } : { x: 4, y, size: 11, font });
      pageLines.push(text);
    }
    lines.push(pageLines);
    // A link over the first line, at the page's very top.
    const { context } = doc;
    page.node.addAnnot(context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [4, height - 14, 250, height], A: { S: 'URI', URI: PDFString.of(LINK) } })));
  });
  return { bytes: await doc.save(), lines };
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

interface AnnexPageRead {
  lines: string[];
  top: string;
  bottom: string;
}

/** A page as poppler reads it, turned as it is shown: its text lines, and the text in its top and bottom band. */
function readPage(pdf: string, page: number, template: Template): AnnexPageRead {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  const [, boxWidth, boxHeight] = /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.map(Number) as [number, number, number];
  const turned = Number(/^Page\s+\d+ rot:\s+(\d+)/m.exec(info)![1]) % 180 !== 0;
  const [width, height] = turned ? [boxHeight, boxWidth] : [boxWidth, boxHeight];
  const scale = height / PAGE_SIZES[template.page.size].height;
  const { top, bottom } = template.page.margins;
  const text = (...area: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), ...area, pdf, '-'], { encoding: 'utf8' });
  const band = (y: number, h: number) => clean(text('-x', '0', '-y', String(Math.floor(y)), '-W', String(Math.ceil(width)), '-H', String(Math.ceil(h))));
  return {
    lines: text().split('\n').map(clean).filter(Boolean),
    top: band(0, top * scale),
    bottom: band(height - bottom * scale, bottom * scale),
  };
}

const cases = BUILT_IN_TEMPLATE_IDS.map((id) => ({ id, template: { ...builtInTemplate(id), annexPageBorder: id === 'nl-ministeriele-briefing' } }));
let dir: string;
let annexLines: string[][];
const read: Record<string, AnnexPageRead[]> = {};
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'annex-frame-'));
  const annex = await fullPageAnnex();
  annexLines = annex.lines;
  for (const { id, template } of cases) {
    const sample = annotatedSample(template);
    const pack: BriefingPack = {
      ...sample,
      status: 'draft',
      classification: 'restricted',
      annexes: [{ id: 'verslag', title: 'Verslag', fileName: 'verslag.pdf', mediaType: 'application/pdf', size: annex.bytes.length }],
    };
    const pdf = await exportPdfWithReport({ pack, annexFiles: new Map([['verslag', annex.bytes]]) }, template, await exportFonts(template));
    files[id] = path.join(dir, `${id}.pdf`);
    writeFileSync(files[id], pdf.bytes);
    if (!hasPoppler) continue;
    read[id] = ANNEX_PAGES.map((_, i) => readPage(files[id]!, pdf.pages - ANNEX_PAGES.length + 1 + i, template));
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasPoppler)('a full-page annex, framed between header and footer (poppler)', () => {
  it.each(cases)('$id: every line of each annex page is read whole', ({ id }) => {
    read[id]!.forEach((page, p) => {
      const missing = annexLines[p]!.filter((line) => !page.lines.includes(line));
      expect(missing, `annex page ${p + 1}`).toEqual([]);
    });
  });

  it.each(cases)('$id: the top and bottom bands hold the marking and no annex text', ({ id, template }) => {
    const marking = classificationMarking('restricted', template.language);
    read[id]!.forEach((page, p) => {
      expect(page.top, `annex page ${p + 1} top`).toContain(marking);
      expect(page.bottom, `annex page ${p + 1} bottom`).toMatch(new RegExp(`${marking}$`));
      expect(`${page.top} ${page.bottom}`, `annex page ${p + 1}`).not.toContain('Bijlageregel');
    });
  });

  it.each(cases)("$id: the annex's own link moves with its content, out of the header band", async ({ id, template }) => {
    const doc = await PDFDocument.load(readFileSync(files[id]!), { updateMetadata: false });
    // The upright pages: there the shown page is the page's own space.
    const pages = doc.getPages().slice(-ANNEX_PAGES.length).filter((_, i) => ANNEX_PAGES[i]!.rotate === 0);
    pages.forEach((page, p) => {
      const { height } = page.getSize();
      const scale = height / PAGE_SIZES[template.page.size].height;
      const links = (page.node.Annots()?.asArray() ?? [])
        .map((ref) => doc.context.lookup(ref, PDFDict))
        .filter((a) => a.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.asString() === LINK);
      expect(links, `annex page ${p + 1}`).toHaveLength(1);
      const [x0, y0, x1, y1] = links[0]!.lookup(PDFName.of('Rect'), PDFArray).asArray().map((v) => (v as PDFNumber).asNumber()) as [number, number, number, number];
      expect(y1, `annex page ${p + 1}: the link's top under the header band`).toBeLessThanOrEqual(height - template.page.margins.top * scale + 0.01);
      expect(y0).toBeGreaterThan(template.page.margins.bottom * scale);
      // Its size shrinks with the page's content.
      expect(x1 - x0).toBeLessThan(246);
    });
  });

  it.each(cases)('$id: the marking keeps the shape of its letters on a page of another shape', ({ id, template }) => {
    const word = classificationMarking('restricted', template.language).split(' ')[0]!;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [files[id]!], { encoding: 'utf8' }))![1]);
    // Width over height of the marking's first word at the top of a page, as poppler boxes it.
    const shape = (page: number) => {
      const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), files[id]!, '-'], { encoding: 'utf8' });
      const boxes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .filter((m) => m[5] === word)
        .map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]), top: Number(m[2]) }))
        .sort((a, b) => a.top - b.top);
      expect(boxes.length, `page ${page}`).toBeGreaterThan(0);
      return boxes[0]!.width / boxes[0]!.height;
    };
    const packPage = shape(2);
    ANNEX_PAGES.forEach((_, i) => expect(shape(pages - ANNEX_PAGES.length + 1 + i) / packPage, `annex page ${i + 1}`).toBeCloseTo(1, 1));
  });

  it('draws a thin grey border around the frame when the template asks, and none otherwise', () => {
    // The darkest pixel, over the page's middle third, of the columns where the frame's left edge is (72 dpi: a pixel a point).
    const edgeDarkest = (id: string, template: Template) => {
      const base = path.join(dir, `edge-${id}`);
      // The first annex page, the A4 one.
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [files[id]!], { encoding: 'utf8' }))![1]);
      const first = String(pages - ANNEX_PAGES.length + 1);
      execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', first, '-l', first, '-singlefile', files[id]!, base]);
      const bytes = readFileSync(`${base}.pgm`);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = bytes.subarray(header[0].length);
      // The annex page shrinks by the share of the pack's height its top and bottom margins take, centred across.
      const { top, bottom } = template.page.margins;
      const edge = Math.round((width * (top + bottom)) / PAGE_SIZES[template.page.size].height / 2);
      let darkest = 255;
      for (let y = Math.round(height / 3); y < (height * 2) / 3; y++) for (let x = edge - 2; x <= edge + 1; x++) darkest = Math.min(darkest, pixels[y * width + x]!);
      return darkest;
    };
    const [framed, plain] = cases;
    expect(framed!.template.annexPageBorder && !plain!.template.annexPageBorder).toBe(true);
    expect(edgeDarkest(framed!.id, framed!.template)).toBeLessThan(200);
    expect(edgeDarkest(plain!.id, plain!.template)).toBeGreaterThan(200);
  });
});

describe.skipIf(!hasPoppler)('annex pages of another size, as the template says (poppler)', () => {
  const pageSizes = (pdf: string): string[] =>
    [...execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]!).slice(-ANNEX_PAGES.length);
  const rotations = (pdf: string): number[] =>
    [...execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).matchAll(/^Page\s+\d+ rot:\s+(\d+)/gm)].map((m) => Number(m[1])).slice(-ANNEX_PAGES.length);

  it('keeps each page its own size by default', () => {
    const [id] = BUILT_IN_TEMPLATE_IDS;
    expect(builtInTemplate(id!).annexPageSize).toBe('own');
    expect(pageSizes(files[id!]!)).toEqual(['595.28 x 841.89', '612 x 792', '595.28 x 841.89']);
    expect(rotations(files[id!]!)).toEqual([0, 0, 90]);
  });

  describe('scaled onto the pack’s A4 with annexPageSize: pack', () => {
    const template: Template = { ...builtInTemplate('nl-ministeriele-briefing'), annexPageSize: 'pack' };
    let file: string;
    let pages: AnnexPageRead[];
    beforeAll(async () => {
      const annex = await fullPageAnnex();
      const pack: BriefingPack = {
        ...annotatedSample(template),
        status: 'draft',
        classification: 'restricted',
        annexes: [{ id: 'verslag', title: 'Verslag', fileName: 'verslag.pdf', mediaType: 'application/pdf', size: annex.bytes.length }],
      };
      const pdf = await exportPdfWithReport({ pack, annexFiles: new Map([['verslag', annex.bytes]]) }, template, await exportFonts(template));
      file = path.join(dir, 'pack-size.pdf');
      writeFileSync(file, pdf.bytes);
      pages = ANNEX_PAGES.map((_, i) => readPage(file, pdf.pages - ANNEX_PAGES.length + 1 + i, template));
    }, 60_000);

    it('makes every annex page an upright A4 page', () => {
      expect(pageSizes(file)).toEqual(Array(ANNEX_PAGES.length).fill('595.28 x 841.89'));
      expect(rotations(file)).toEqual([0, 0, 0]);
    });

    it('reads every line of each annex page whole, and only the marking in the top and bottom bands', () => {
      const marking = classificationMarking('restricted', template.language);
      pages.forEach((page, p) => {
        expect(annexLines[p]!.filter((line) => !page.lines.includes(line)), `annex page ${p + 1}`).toEqual([]);
        expect(page.top, `annex page ${p + 1} top`).toContain(marking);
        expect(page.bottom, `annex page ${p + 1} bottom`).toMatch(new RegExp(`${marking}$`));
        expect(`${page.top} ${page.bottom}`, `annex page ${p + 1}`).not.toContain('Bijlageregel');
      });
    });
  });
});
