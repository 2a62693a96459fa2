/**
 * Import benchmark: npx tsx bench/import.ts [--runs 5] [--json]
 * Builds a ~30-page annotated-agenda letter from the seed (its items repeated
 * under new titles) as .txt, .docx and .pdf, then times importAgenda on each:
 * one warm-up, then at least five runs; one JSON object per format. Then
 * letters of 10,000 to 100,000 one-character lines, once each: the time should
 * grow in proportion to the lines (issue 21: it grew with their square).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { EXPORTERS } from '../core/export/registry';
import { importAgenda } from '../core/import/import-letter';
import { parseLetterText } from '../core/import/text-letter';
import { letterToPack } from '../core/import/to-pack';
import { parseTemplate } from '../core/template/load';
import { loadExportAssets } from '../host/assets';
import { PROJECT_ROOT } from '../host/paths';
import { readPdfPages } from '../host/pdf-text';
import { loadWordList } from '../host/word-lists';

const ROUNDS = 8; // the seed's 5 items, 8 times over: about 30 A4 pages of letter text
const runs = Math.max(5, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5);
const json = process.argv.includes('--json');
const LINE_COUNTS = [10_000, 20_000, 40_000, 100_000];

const seed = readFileSync(path.join(PROJECT_ROOT, 'assets', 'samples', 'nato-dmm-2025-02-13_geannoteerde-agenda.txt'), 'utf8');
const parsed = parseLetterText(seed);
const items = Array.from({ length: ROUNDS }, (_, round) => parsed.items.map((item) => ({ ...item, title: `${item.title} (${round + 1})` }))).flat();
const letter = { ...parsed, items };

function asText(): Uint8Array {
  const body = items.map((item) => [item.title, ...item.paragraphs.map((p) => p.text.replace(/(.{1,72})(\s|$)/g, '$1\n').trim())].join('\n\n'));
  return new TextEncoder().encode([parsed.addressee, 'Den Haag, 31 januari 2025', ...parsed.introduction.map((p) => p.text), ...body, 'De Minister van Defensie,\nR.P. Brekelmans'].join('\n\n'));
}

async function asDocx(): Promise<Uint8Array> {
  const children = items.flatMap((item) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: item.title }),
    ...item.paragraphs.map((p) => new Paragraph({ text: p.text })),
  ]);
  return new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));
}

async function asPdf(): Promise<Uint8Array> {
  const template = parseTemplate(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'templates', 'nl-ministeriele-briefing', 'template.json'), 'utf8')), 'nl-ministeriele-briefing');
  const pack = letterToPack(letter, { templateId: template.id, language: 'nl' });
  return EXPORTERS.pdf({ pack, annexFiles: new Map() }, template, await loadExportAssets(template, path.join(PROJECT_ROOT, 'assets')));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main() {
  const inputs: [string, Uint8Array][] = [
    ['letter.txt', asText()],
    ['letter.docx', await asDocx()],
    ['letter.pdf', await asPdf()],
  ];
  for (const [file, bytes] of inputs) {
    const run = () => importAgenda(bytes, file, { readPdfPages, loadWordList });
    const warm = await run();
    const times: number[] = [];
    let peak = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const pages = file.endsWith('.pdf') ? (await PDFDocument.load(bytes)).getPageCount() : null;
    const result = {
      format: file.split('.').pop(),
      pages,
      items: warm.letter.items.length,
      bytes: bytes.length,
      medianMs: Math.round(median(times) * 10) / 10,
      minMs: Math.round(Math.min(...times) * 10) / 10,
      maxMs: Math.round(Math.max(...times) * 10) / 10,
      peakRssMb: Math.round(peak / 1048576),
    };
    console.log(json ? JSON.stringify(result) : `${result.format}: ${result.items} items, median ${result.medianMs} ms`);
  }
  for (const lines of LINE_COUNTS) {
    const bytes = new TextEncoder().encode('a\n'.repeat(lines));
    const start = performance.now();
    await importAgenda(bytes, 'lines.txt', { readPdfPages });
    const result = { format: 'txt', lines, ms: Math.round(performance.now() - start) };
    console.log(json ? JSON.stringify(result) : `${lines} one-character lines: ${result.ms} ms`);
  }
}

await main();
