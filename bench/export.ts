/**
 * Export benchmark: npm run bench -- --format pdf --items 5,50,200 --json
 * Generates synthetic packs, warms up, then times at least five in-process
 * runs per size. Prints one JSON object per line per size (or a table without
 * --json). A format whose exporter fails is reported as an error line.
 *
 * Each size runs in its own Node process, from this file bundled the way the
 * app's main process is: so peak memory is that of one export (not of the
 * sizes before it, nor of the TypeScript loader, which alone holds ~90 MB),
 * and the code timed is the code users run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/assets';
import { EXPORTERS } from '../core/export/registry';
import { syntheticPack } from '../core/model/synthetic';
import { parseTemplate } from '../core/template/load';
import { readFileSync } from 'node:fs';
import { loadExportAssets } from '../host/assets';

const DEFAULTS = { format: 'pdf', items: [5, 50, 200], runs: 5, template: 'nl-ministeriele-briefing' } as const;

const WARM_UP_RUNS = 5;

interface Options {
  formats: ExportFormat[];
  items: number[];
  runs: number;
  json: boolean;
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
  const runs = Math.max(DEFAULTS.runs, Number(value('--runs') ?? DEFAULTS.runs));
  return { formats: formats as ExportFormat[], items, runs, json: argv.includes('--json') };
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

const CHILD_FLAG = '--one-size';
const BUNDLE = 'node_modules/.cache/briefing-bench/export.mjs';

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

/** Runs every format and size in a child process of its own, printing what each prints. */
async function runChildren(argv: readonly string[], options: Options): Promise<void> {
  await bundleSelf();
  const passOn = argv.filter((arg, i) => arg !== '--format' && arg !== '--items' && argv[i - 1] !== '--format' && argv[i - 1] !== '--items');
  for (const format of options.formats) {
    for (const items of options.items) {
      const child = spawnSync(process.execPath, [BUNDLE, CHILD_FLAG, '--format', format, '--items', String(items), ...passOn], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      process.stdout.write(child.stdout);
      if (child.status !== 0) process.exitCode = 1;
    }
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseArgs(argv);
  if (!argv.includes(CHILD_FLAG)) return runChildren(argv, options);
  const template = parseTemplate(JSON.parse(readFileSync(`templates/${DEFAULTS.template}/template.json`, 'utf8')), DEFAULTS.template);
  const assets = await loadExportAssets(template, 'assets');
  for (const format of options.formats) {
    const exporter = EXPORTERS[format];
    for (const items of options.items) {
      const contents = { pack: syntheticPack(items), annexFiles: new Map<string, Uint8Array>() };
      try {
        let bytes: Uint8Array = new Uint8Array();
        for (let warm = 0; warm < WARM_UP_RUNS; warm++) bytes = await exporter(contents, template, assets); // JIT, font parsing
        const times: number[] = [];
        let peakRss = process.memoryUsage().rss;
        for (let run = 0; run < options.runs; run++) {
          const start = performance.now();
          bytes = await exporter(contents, template, assets);
          times.push(performance.now() - start);
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }
        const row = {
          format,
          items,
          pages: await pageCount(format, bytes),
          medianMs: round(median(times)),
          minMs: round(Math.min(...times)),
          maxMs: round(Math.max(...times)),
          peakRssMb: Math.round(peakRss / (1024 * 1024)),
          bytes: bytes.length,
        };
        console.log(options.json ? JSON.stringify(row) : `${format} ${items} items: ${row.pages ?? '-'} pages, median ${row.medianMs} ms (${row.minMs}-${row.maxMs}), ${row.bytes} bytes, peak RSS ${row.peakRssMb} MB`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.log(options.json ? JSON.stringify({ format, items, error: message }) : `${format} ${items} items: error: ${message}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
