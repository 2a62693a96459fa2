/**
 * Footnote numbering benchmark: npx tsx bench/footnote-numbers.ts
 *
 * The editor recounts the printed footnote numbers of the whole pack
 * (footnoteOffsetsByItem) whenever the pack changes, so on every keystroke
 * that reaches the pack. Measures that count on a generated pack (200 items
 * by default, BENCH_ITEMS to change), each item's sections holding a footnote,
 * for each built-in template: median and 95th percentile of 200 runs after
 * a warm-up. Prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { footnoteOffsetsByItem } from '../core/export/footnote-numbers';
import { syntheticPack } from '../core/model/synthetic';
import { parseTemplate } from '../core/template/load';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const RUNS = 200;
const IDS = ['nl-ministeriele-briefing', 'en-nato-ministerial', 'speaking-notes'];

const templates = IDS.map((id) => parseTemplate(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'templates', id, 'template.json'), 'utf8')), id));
const pack = syntheticPack(ITEMS);
for (const item of pack.items) {
  for (const key of Object.keys(item.sections)) {
    item.sections[key] = [...item.sections[key]!, { type: 'paragraph', children: [{ text: 'Zie' }, { type: 'footnote', note: 'Noot.', children: [{ text: '' }] }, { text: '.' }] }];
  }
}

const ms = (values: number[], p: number) => Math.round([...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]! * 1000) / 1000;

const results: Record<string, { medianMs: number; p95Ms: number }> = {};
for (const template of templates) {
  for (let i = 0; i < 20; i++) footnoteOffsetsByItem(pack, template, templates);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    footnoteOffsetsByItem(pack, template, templates);
    samples.push(performance.now() - start);
  }
  results[template.id] = { medianMs: ms(samples, 50), p95Ms: ms(samples, 95) };
}
console.log(JSON.stringify({ benchmark: 'footnote-numbers', items: ITEMS, runs: RUNS, node: process.version, results }, null, 2));
