/**
 * The speaking-notes template's pages as poppler reads them (issue 15): a
 * 50-item pack puts each item's notes on a page that also holds the item's
 * text, never on a page of their own, and an item with nothing to say shows
 * a placeholder under its title in the PDF and in the DOCX.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { builtInTemplate, exportFonts, exportPack, paragraphs, part, unzipDocx } from '../helpers/docx';
import { works } from '../helpers/tools';

const hasPoppler = works('pdftotext') && works('pdfinfo');
const template = builtInTemplate('speaking-notes');
const NOTE_LINE = /^\d+\s+Kamerstuk 28 676, nr\. \d+\.$/;

/** The pack's own lines on a page: without the header and footer (marking, page number) and the watermark's letters. */
function pageBody(pdf: string, page: number): string[] {
  // -layout keeps a note's number on its line.
  const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line && line !== 'DEPARTEMENTAAL VERTROUWELIJK' && !/· \d+\/\d+$/.test(line) && !/^[CONEPT]{1,2}$/.test(line));
}

function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

describe.skipIf(!hasPoppler)('speaking notes read by poppler (skipped without pdftotext)', () => {
  let dir: string;
  let pdf: string;
  let pages: string[][];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'speaking-notes-'));
    const pack = syntheticPack(50);
    const result = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await exportFonts(template));
    pdf = path.join(dir, 'notes.pdf');
    writeFileSync(pdf, result.bytes);
    pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageBody(pdf, i + 1));
  });

  it('has no page that holds only notes', () => {
    const notesOnly = pages.map((lines, i) => ({ page: i + 1, lines })).filter(({ lines }) => lines.length > 0 && lines.every((l) => NOTE_LINE.test(l)));
    expect(notesOnly.map((p) => p.page)).toEqual([]);
  });

  it("prints each item's notes on the page where the item's text ends, before the next item", () => {
    const starts = pages.flatMap((lines, i) => (lines.some((l) => /^Agendapunt \d+: /.test(l)) ? [i] : []));
    expect(starts).toHaveLength(50);
    starts.forEach((start, n) => {
      const end = (starts[n + 1] ?? pages.length) - 1;
      const last = pages[end]!;
      // Both notes of the item (one per section) close its last page.
      expect(last.slice(-2).every((l) => NOTE_LINE.test(l)), `item ${n + 1}, page ${end + 1}`).toBe(true);
      expect(last.some((l) => !NOTE_LINE.test(l))).toBe(true);
      for (let page = start; page < end; page++) expect(pages[page]!.some((l) => NOTE_LINE.test(l))).toBe(false);
    });
  });

  it('shows "Geen spreekpunten." under an item without annotations, in the PDF and the DOCX', async () => {
    const base = syntheticPack(3);
    const pack: BriefingPack = { ...base, items: base.items.map((item, i) => (i === 1 ? { ...item, sections: {} } : item)) };
    const result = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await exportFonts(template));
    const file = path.join(dir, 'empty-item.pdf');
    writeFileSync(file, result.bytes);
    const bodies = Array.from({ length: pageCount(file) }, (_, i) => pageBody(file, i + 1));
    const page = bodies.find((lines) => lines.some((l) => l.startsWith('Agendapunt 2: ')))!;
    expect(page.slice(1)).toEqual([expect.stringContaining('Behandelaar'), 'Geen spreekpunten.']);
    expect(bodies.filter((lines) => lines.includes('Geen spreekpunten.'))).toHaveLength(1);

    const docx = paragraphs(part(unzipDocx(await exportPack(pack, template)), 'word/document.xml'));
    const title = docx.findIndex((p) => p.text.startsWith('Agendapunt 2: '));
    expect(docx.slice(title + 2, title + 3)).toEqual([expect.objectContaining({ style: 'NoAnnotation', text: 'Geen spreekpunten.' })]);
    expect(docx.filter((p) => p.style === 'NoAnnotation')).toHaveLength(1);
  });
});
