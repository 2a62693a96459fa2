/**
 * Table columns sized to their content, as independent readers see them
 * (issue 15): poppler's word boxes (pdftotext -bbox) show a numbers column
 * narrower than a prose column and no word in a narrow cell cut without a
 * hyphen; python-docx reads the DOCX's column widths in the PDF's proportions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { inlineText } from '../../core/model/walk';
import { builtInTemplate, exportFonts, exportPack } from '../helpers/docx';
import { MIXED_TABLE, NARROW_TABLE, packWithTables } from '../helpers/tables';
import { pythonWithDocx, works } from '../helpers/tools';

const template = builtInTemplate('nl-ministeriele-briefing');
const PAD = 3;
const A4_WIDTH = 595.28;
const HEADERS = ['Land', 'Bedrag', 'Toelichting', 'Bron', 'Onderwerp'];

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Poppler's words of the page that holds the tables, top to bottom. */
function wordsOfTablePage(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1);
  const page = pages.find((p) => p.includes('>Kolom</word>'))!;
  return [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!.replace(/&amp;/g, '&'),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

/** The first table's column widths in points, from where its header words start. */
function pdfColumnWidths(words: readonly Word[]): number[] {
  const lefts = HEADERS.map((header) => words.find((w) => w.text === header)!.xMin - PAD);
  const right = A4_WIDTH - template.page.margins.right;
  return lefts.map((x, i) => (lefts[i + 1] ?? right) - x);
}

const shares = (widths: readonly number[]): number[] => {
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / sum);
};

describe.skipIf(!works('pdftotext'))('table columns read by poppler and python-docx', () => {
  let dir: string;
  let words: Word[];
  const pack = packWithTables(template, [MIXED_TABLE, NARROW_TABLE]);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'table-columns-'));
    const { bytes } = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await exportFonts(template));
    const pdf = path.join(dir, 'tables.pdf');
    writeFileSync(pdf, bytes);
    words = wordsOfTablePage(pdf);
  });

  it('draws the numbers column as narrow as its header and numbers, far narrower than the prose column', () => {
    const widths = pdfColumnWidths(words);
    const widest = Math.max(...words.filter((w) => ['Bedrag', '1.234', '87', '12'].includes(w.text)).map((w) => w.xMax - w.xMin));
    expect(widths[1]!).toBeLessThanOrEqual(widest + 2 * PAD + 1);
    expect(widths[1]!).toBeLessThan(widths[2]! / 3);
  });

  it('cuts no word of a cell without a hyphen: every piece of a word ends in - / ? & . or ends the word', () => {
    const cellWords = new Set([MIXED_TABLE, NARROW_TABLE].flatMap((table) => table.children.flatMap((row) => row.children.flatMap((cell) => inlineText(cell.children).split(' ')))));
    const top = words.find((w) => w.text === 'Land')!.yMin;
    // Below the first header, above the footer, and in body-sized type (not the watermark's letters).
    const bottom = 841.89 - template.page.margins.bottom;
    const inTables = words.filter((w) => w.yMin >= top && w.yMax <= bottom && w.yMax - w.yMin < 3 * template.sizes.body);
    const cut = inTables.filter((w) => !cellWords.has(w.text) && !/[-/?&.]$/.test(w.text) && ![...cellWords].some((whole) => whole.endsWith(w.text)));
    expect(cut.map((w) => w.text)).toEqual([]);
    // The narrow table's compounds do not fit whole: poppler sees them hyphenated.
    expect(inTables.filter((w) => w.text.endsWith('-') && !cellWords.has(w.text)).length).toBeGreaterThan(3);
  });

  it.skipIf(!pythonWithDocx)('gives the DOCX columns the PDF columns’ shares (python-docx)', async () => {
    const docx = path.join(dir, 'tables.docx');
    writeFileSync(docx, await exportPack(pack, template));
    const script = 'import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps([[c.width for c in t.columns] for t in d.tables]))';
    const tables = JSON.parse(execFileSync(pythonWithDocx!, ['-c', script, docx], { encoding: 'utf8' })) as number[][];
    expect(tables).toHaveLength(2);
    const word = shares(tables[0]!);
    const pdf = shares(pdfColumnWidths(words));
    word.forEach((share, i) => expect(share, `column ${i + 1}`).toBeCloseTo(pdf[i]!, 2));
  });

  it.skipIf(!pythonWithDocx)('asks Word to hyphenate the table cells, and only them when the template does not hyphenate (python-docx)', async () => {
    const docx = path.join(dir, 'hyphenated.docx');
    writeFileSync(docx, await exportPack(pack, template));
    const script = [
      'import docx, json, sys',
      'from docx.oxml.ns import qn',
      'd = docx.Document(sys.argv[1])',
      'def suppressed(name):',
      '    e = d.styles[name].element.find(qn("w:pPr"))',
      '    s = e.find(qn("w:suppressAutoHyphens")) if e is not None else None',
      '    return None if s is None else s.get(qn("w:val"), "1")',
      'print(json.dumps({"auto": d.settings.element.find(qn("w:autoHyphenation")) is not None, "normal": suppressed("Normal"), "cells": suppressed("Table Text")}))',
    ].join('\n');
    const read = JSON.parse(execFileSync(pythonWithDocx!, ['-c', script, docx], { encoding: 'utf8' })) as { auto: boolean; normal: string | null; cells: string | null };
    expect(template.hyphenation).toBe(false);
    expect(read).toEqual({ auto: true, normal: '1', cells: '0' });
  });
});
