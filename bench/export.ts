/**
 * Export benchmark: npm run bench -- --format pdf --items 5,50,200 --json
 * Generates synthetic packs (read back from their file, as the app gets them),
 * warms up, then times ten in-process runs per size (--runs N, at least
 * five). Prints one JSON object per line per size (or a table without
 * --json). A format whose exporter fails is reported as an error line.
 *
 * Each size runs in Node processes of its own, from this file bundled the way
 * the app's main process is, so the code timed is the code users run and no
 * size (nor the TypeScript loader, which alone holds ~90 MB) inflates another:
 * one process times the runs; another exports once, as a person does, for
 * the peak memory (peakRssMb, the operating system's high-water mark, and
 * baselineRssMb, the same before exporting: Node, the libraries, the pack
 * opened from the file the parent wrote).
 *
 * --incremental times the PDF layout after an edit instead (bench/incremental.ts):
 * npm run bench -- --incremental --items 200 --json
 *
 * --choices times a recipient's copy, the Woo publication and NATO markings
 * against a plain export of the same pack (bench/export-choices.ts):
 * npm run bench -- --choices --format pdf,docx --items 200 --json
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/assets';
import { EXPORTERS } from '../core/export/registry';
import { syntheticPack } from '../core/model/synthetic';
import { decodePack, encodePack } from '../core/pack/container';
import { parseTemplate } from '../core/template/load';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadExportAssets } from '../host/assets';
import { timeChoices } from './export-choices';
import { timeIncremental } from './incremental';

const DEFAULTS = { format: 'pdf', items: [5, 50, 200], runs: 10, template: 'nl-ministeriele-briefing' } as const;
/** The targets are medians of at least five runs; ten by default, as one slow run moves a median of five. */
const MIN_RUNS = 5;

const WARM_UP_RUNS = 5;

interface Options {
  formats: ExportFormat[];
  items: number[];
  runs: number;
  json: boolean;
  incremental: boolean;
  choices: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const formats = (value('--format') ?? DEFAULTS.format).split(',');
  for (const f of formats) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new Error(`unknown format "${f}"`);
  const items = value('--items')?.split(',').map(Number) ?? [...DEFAULTS.items];
  if (items.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('--items takes whole numbers, e.g. 5,50,200');
  const asked = Number(value('--runs') ?? DEFAULTS.runs);
  if (!Number.isInteger(asked)) throw new Error('--runs takes a whole number, e.g. 10');
  const runs = Math.max(MIN_RUNS, asked);
  return { formats: formats as ExportFormat[], items, runs, json: argv.includes('--json'), incremental: argv.includes('--incremental'), choices: argv.includes('--choices') };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number): number => Math.round(ms * 10) / 10;

async function pageCount(format: ExportFormat, bytes: Uint8Array): Promise<number | null> {
  if (format !== 'pdf') return null;
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** A child's task: time one format and size, or measure the memory of a single export of it. */
const TIMING_FLAG = '--time-one-size';
const MEMORY_FLAG = '--memory-one-export';
const INCREMENTAL_FLAG = '--time-incremental';
const CHOICES_FLAG = '--time-choices';
const BUNDLE = 'node_modules/.cache/briefing-bench/export.mjs';
/** The synthetic pack of a size, written once by the parent; the children open it as the app opens a file. */
const packFile = (items: number): string => `node_modules/.cache/briefing-bench/synthetic-${items}.briefpack`;

function writeSyntheticPack(items: number): void {
  mkdirSync('node_modules/.cache/briefing-bench', { recursive: true });
  writeFileSync(packFile(items), encodePack({ pack: syntheticPack(items), annexFiles: new Map() }));
}

async function bundleSelf(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}

/** Runs the bundle with a task flag; returns the JSON object it prints, or an error. */
function child(task: string, format: ExportFormat, items: number, runs: number): Record<string, unknown> {
  const run = spawnSync(process.execPath, [BUNDLE, task, '--format', format, '--items', String(items), '--runs', String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    return { error: `the benchmark process stopped (exit ${run.status ?? run.signal})` };
  }
}

/** Every format and size: timed in one child process, its memory in another, so neither skews the other. */
async function runChildren(options: Options): Promise<void> {
  await bundleSelf();
  for (const items of options.items) writeSyntheticPack(items);
  if (options.incremental) {
    for (const items of options.items) {
      const row: Record<string, unknown> = { items, ...child(INCREMENTAL_FLAG, 'pdf', items, options.runs) };
      if ('error' in row) process.exitCode = 1;
      console.log(options.json ? JSON.stringify(row) : `${items} items: edit to boxes median ${String(row.editToBoxesMedianMs)} ms, full layout ${String(row.fullLayoutMedianMs)} ms`);
    }
    return;
  }
  if (options.choices) {
    for (const format of options.formats) {
      for (const items of options.items) {
        const row: Record<string, unknown> = { format, items, ...child(CHOICES_FLAG, format, items, options.runs) };
        if ('error' in row) process.exitCode = 1;
        console.log(JSON.stringify(row));
      }
    }
    return;
  }
  for (const format of options.formats) {
    for (const items of options.items) {
      const memory = child(MEMORY_FLAG, format, items, options.runs);
      const timing = child(TIMING_FLAG, format, items, options.runs);
      const row: Record<string, unknown> = { format, items, ...timing, ...memory };
      if ('error' in row) process.exitCode = 1;
      console.log(
        options.json
          ? JSON.stringify(row)
          : 'error' in row
            ? `${format} ${items} items: error: ${String(row.error)}`
            : `${format} ${items} items: ${String(row.pages ?? '-')} pages, median ${String(row.medianMs)} ms (${String(row.minMs)}-${String(row.maxMs)}), ${String(row.bytes)} bytes, peak RSS ${String(row.peakRssMb)} MB (${String(row.baselineRssMb)} MB before exporting)`,
      );
    }
  }
}

const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function measure(task: string, format: ExportFormat, items: number, runs: number): Promise<Record<string, unknown>> {
  const template = parseTemplate(JSON.parse(readFileSync(`templates/${DEFAULTS.template}/template.json`, 'utf8')), DEFAULTS.template);
  const assets = await loadExportAssets(template, 'assets');
  const exporter = EXPORTERS[format];
  // The pack as the app's main process and the CLI get one: read from its file (the generator's
  // strings are built by concatenation, which no pack read from disk or over IPC has). Generating
  // and zipping it here would set the process's memory high-water mark before the export starts.
  const contents = decodePack(readFileSync(packFile(items)), 'synthetic.briefpack');
  if (task === INCREMENTAL_FLAG) return timeIncremental(contents.pack, template, assets, runs);
  if (task === CHOICES_FLAG) return timeChoices(contents, format, template, assets, runs);
  if (task === MEMORY_FLAG) {
    // One export in a fresh process, as a person exports once: the operating system's high-water mark.
    const baselineRssMb = rssMb();
    await exporter(contents, template, assets);
    return { peakRssMb: rssMb(), baselineRssMb };
  }
  let bytes: Uint8Array = new Uint8Array();
  for (let warm = 0; warm < WARM_UP_RUNS; warm++) bytes = await exporter(contents, template, assets); // JIT, font parsing
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    bytes = await exporter(contents, template, assets);
    times.push(performance.now() - start);
  }
  return {
    pages: await pageCount(format, bytes),
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    bytes: bytes.length,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseArgs(argv);
  const task = [TIMING_FLAG, MEMORY_FLAG, INCREMENTAL_FLAG, CHOICES_FLAG].find((flag) => argv.includes(flag));
  if (!task) return runChildren(options);
  try {
    console.log(JSON.stringify(await measure(task, options.formats[0]!, options.items[0]!, options.runs)));
  } catch (error) {
    console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
