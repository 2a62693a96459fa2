/**
 * The draft watermark as a reader sees it (issue 15): poppler renders the
 * pages in grey and the pixels are read. On the pack's own pages it is light
 * (at most 10 % grey) and under the text; on an appended annex page it does
 * not cover the annex's own content.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import { annotatedSample, builtInTemplate, exportFonts } from '../helpers/docx';
import { works } from '../helpers/tools';

const hasPoppler = works('pdftoppm') && works('pdfinfo');
const template = builtInTemplate('nl-ministeriele-briefing');

/** A one-page A4 annex, black in its middle third, where the watermark crosses. */
async function blackAnnex(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const [width, height] = [595.28, 841.89];
  doc.addPage([width, height]).drawRectangle({ x: width / 3, y: height / 3, width: width / 3, height: height / 3, color: rgb(0, 0, 0) });
  return doc.save();
}

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** One page rendered by poppler as an 8-bit grey image (PGM). */
function renderGrey(pdf: string, page: number, dir: string): Grey {
  const base = path.join(dir, `page-${path.basename(pdf)}-${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  const bytes = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

describe.skipIf(!hasPoppler)('the draft watermark, rendered by poppler (skipped without pdftoppm)', () => {
  let dir: string;
  let draft: string;
  let final: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'draft-watermark-'));
    const annex = await blackAnnex();
    const sample = annotatedSample(template);
    const pack: BriefingPack = {
      ...sample,
      annexes: [{ id: 'zwart', title: 'Zwart vlak', fileName: 'zwart.pdf', mediaType: 'application/pdf', size: annex.length }],
    };
    const write = async (status: BriefingPack['status'], name: string) => {
      const pdf = await exportPdfWithReport({ pack: { ...pack, status }, annexFiles: new Map([['zwart', annex]]) }, template, await exportFonts(template));
      writeFileSync(path.join(dir, name), pdf.bytes);
      return path.join(dir, name);
    };
    [draft, final] = [await write('draft', 'draft.pdf'), await write('final', 'final.pdf')];
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is light on the pack pages: where the final page is white, the draft is at most 10 % grey', () => {
    const page = 3; // an item's page, text and white space
    const [marked, plain] = [renderGrey(draft, page, dir), renderGrey(final, page, dir)];
    expect([marked.width, marked.height]).toEqual([plain.width, plain.height]);
    let tinted = 0;
    let darkest = 255;
    for (let i = 0; i < plain.pixels.length; i++) {
      if (plain.pixels[i] !== 255 || marked.pixels[i] === 255) continue;
      tinted++;
      darkest = Math.min(darkest, marked.pixels[i]!);
    }
    // The watermark is there (a large share of the page), and light.
    expect(tinted).toBeGreaterThan(plain.pixels.length * 0.02);
    expect(darkest).toBeGreaterThanOrEqual(Math.floor(255 * 0.9));
  });

  it("leaves an appended annex page's own content as dark as it was", () => {
    const last = pageCount(draft);
    expect(pageCount(final)).toBe(last);
    const image = renderGrey(draft, last, dir);
    // The middle of the annex's black square, well inside its edges: the watermark's diagonal crosses it.
    let lightest = 0;
    for (let y = Math.round(image.height * 0.4); y < image.height * 0.6; y++) {
      for (let x = Math.round(image.width * 0.4); x < image.width * 0.6; x++) lightest = Math.max(lightest, image.pixels[y * image.width + x]!);
    }
    expect(lightest).toBeLessThanOrEqual(10);
    // And the draft still shows on the annex page: where the final annex page is white, the draft is tinted.
    const plain = renderGrey(final, last, dir);
    const tinted = plain.pixels.filter((value, i) => value === 255 && image.pixels[i]! < 255).length;
    expect(tinted).toBeGreaterThan(plain.pixels.length * 0.01);
  });
});
