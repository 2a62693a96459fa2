/**
 * The same pack through the tools people would otherwise use: npm run bench:peers [-- --items 200]
 *
 * One synthetic pack (200 items by default) exported in-process by our PDF and DOCX exporters
 * (median of ten runs after warming up), and our DOCX converted by the peers that are installed:
 * LibreOffice to PDF (`soffice --headless --convert-to pdf`), pandoc to DOCX (`pandoc in.docx -o
 * out.docx`) and pandoc to PDF where it has a PDF engine (median of three runs each, whole
 * processes, after one untimed run that sets up LibreOffice's profile and the file cache). A tool
 * that is missing, or a conversion that fails, is a row with the reason, not an error. Prints one
 * JSON object: the machine, the pack, and a row per tool.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { exportDocx } from '../core/export/docx/index';
import { exportPdf } from '../core/export/pdf/index';
import type { Exporter } from '../core/export/assets';
import { syntheticPack } from '../core/model/synthetic';
import { decodePack, encodePack } from '../core/pack/container';
import { parseTemplate } from '../core/template/load';
import { loadExportAssets } from '../host/assets';

const TEMPLATE = 'nl-ministeriele-briefing';
const OUR_RUNS = 10;
const PEER_RUNS = 3;
const WARM_UP_RUNS = 3;
/** A peer that takes longer than this for one conversion is reported as failed. */
const PEER_TIMEOUT_MS = 300_000;
/** The engines pandoc can make a PDF with; none of them is needed for DOCX. */
const PANDOC_PDF_ENGINES = ['pdflatex', 'xelatex', 'lualatex', 'tectonic', 'typst', 'wkhtmltopdf', 'weasyprint', 'pdfroff', 'context'];

interface Timed {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

type Row = { tool: string; conversion: string } & ({ skipped: string } | { error: string } | (Timed & { bytes: number; pages?: number }));

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number): number => Math.round(ms * 10) / 10;
const timed = (times: readonly number[]): Timed => ({ runs: times.length, medianMs: round(median(times)), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)) });

function onPath(command: string): boolean {
  const result = spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 30_000 });
  return result.error === undefined;
}

async function pdfPages(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

async function ours(conversion: string, exporter: Exporter, run: () => Parameters<Exporter>): Promise<{ row: Row; bytes: Uint8Array }> {
  let bytes: Uint8Array = new Uint8Array();
  for (let warm = 0; warm < WARM_UP_RUNS; warm++) bytes = await exporter(...run()); // JIT, font parsing
  const times: number[] = [];
  for (let i = 0; i < OUR_RUNS; i++) {
    const start = performance.now();
    bytes = await exporter(...run());
    times.push(performance.now() - start);
  }
  const pages = conversion.endsWith('PDF') ? { pages: await pdfPages(bytes) } : {};
  return { row: { tool: 'Briefing Composer (in-process)', conversion, ...timed(times), bytes: bytes.length, ...pages }, bytes };
}

/** One peer conversion, timed as a whole process, PEER_RUNS times after one untimed run. */
async function peer(tool: string, conversion: string, command: string, args: readonly string[], output: string): Promise<Row> {
  const once = (): { ms: number } | { error: string } => {
    rmSync(output, { force: true });
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: PEER_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - start;
    if (result.error) return { error: result.error.message };
    if (result.status !== 0 || !existsSync(output)) {
      const said = `${result.stderr}${result.stdout}`.trim().split('\n').at(-1) ?? '';
      return { error: `exit ${result.status ?? result.signal}${said ? `: ${said}` : ''}` };
    }
    return { ms };
  };
  const first = once();
  if ('error' in first) return { tool, conversion, error: first.error };
  const times: number[] = [];
  for (let i = 0; i < PEER_RUNS; i++) {
    const run = once();
    if ('error' in run) return { tool, conversion, error: run.error };
    times.push(run.ms);
  }
  const bytes = readFileSync(output);
  const pages = output.endsWith('.pdf') ? { pages: await pdfPages(bytes) } : {};
  return { tool, conversion, ...timed(times), bytes: statSync(output).size, ...pages };
}

async function peers(docxFile: string, dir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const libreOffice = 'LibreOffice (soffice --headless)';
  if (!onPath('soffice')) rows.push({ tool: libreOffice, conversion: 'our DOCX to PDF', skipped: 'soffice is not on PATH' });
  else {
    // A profile of its own: another LibreOffice running on the machine cannot take the conversion over.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
    const outDir = path.join(dir, 'soffice');
    mkdirSync(outDir, { recursive: true });
    const args = [profile, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxFile];
    rows.push(await peer(libreOffice, 'our DOCX to PDF', 'soffice', args, path.join(outDir, 'pack.pdf')));
  }
  if (!onPath('pandoc')) {
    rows.push({ tool: 'pandoc', conversion: 'our DOCX to DOCX', skipped: 'pandoc is not on PATH' });
    rows.push({ tool: 'pandoc', conversion: 'our DOCX to PDF', skipped: 'pandoc is not on PATH' });
    return rows;
  }
  const docxOut = path.join(dir, 'pandoc.docx');
  rows.push(await peer('pandoc', 'our DOCX to DOCX', 'pandoc', [docxFile, '-o', docxOut], docxOut));
  const engine = PANDOC_PDF_ENGINES.find(onPath);
  if (!engine) rows.push({ tool: 'pandoc', conversion: 'our DOCX to PDF', skipped: `no PDF engine on PATH (${PANDOC_PDF_ENGINES.join(', ')})` });
  else {
    const pdfOut = path.join(dir, 'pandoc.pdf');
    rows.push(await peer(`pandoc (--pdf-engine=${engine})`, 'our DOCX to PDF', 'pandoc', [docxFile, `--pdf-engine=${engine}`, '-o', pdfOut], pdfOut));
  }
  return rows;
}

function itemsArgument(argv: readonly string[]): number {
  const i = argv.indexOf('--items');
  const items = i >= 0 ? Number(argv[i + 1]) : 200;
  if (!Number.isInteger(items) || items < 1) throw new Error('--items takes a whole number, e.g. 200');
  return items;
}

async function main(): Promise<void> {
  const items = itemsArgument(process.argv.slice(2));
  const template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE}/template.json`, 'utf8')), TEMPLATE);
  const assets = await loadExportAssets(template, 'assets');
  // Read back from its file, as the app and the command line get a pack.
  const contents = decodePack(encodePack({ pack: syntheticPack(items), annexFiles: new Map() }), 'synthetic.briefpack');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-peers-'));
  try {
    const pdf = await ours('pack to PDF', exportPdf, () => [contents, template, assets]);
    const docx = await ours('pack to DOCX', exportDocx, () => [contents, template, assets]);
    const docxFile = path.join(dir, 'pack.docx');
    writeFileSync(docxFile, docx.bytes);
    const cpus = os.cpus();
    console.log(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cores: cpus.length, cpu: cpus[0]?.model.trim() ?? 'unknown', platform: `${os.platform()} ${os.release()}`, node: process.version },
          pack: { items, template: TEMPLATE, pdfPages: 'pages' in pdf.row ? pdf.row.pages : null },
          rows: [pdf.row, docx.row, ...(await peers(docxFile, dir))],
        },
        null,
        2,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
