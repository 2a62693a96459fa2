/**
 * Fuzzing the pack reader and both exporters: seeded mutations of valid packs
 * (their bytes, zip structure, JSON structure and JSON values). Every mutant
 * must end in a clean one-line refusal (a UserError, from the reader or an
 * exporter) or in documents that independent readers open: pdf.js (here, in
 * process) and python-docx (one python process for a batch of files).
 *
 * Each accepted mutant is exported in process with both exporters; a mutant
 * that reads back to contents already exported (a flipped bit in a zip time
 * stamp) is not exported twice, as the exporters are deterministic. Opening
 * every output in the readers would not fit in a minute on this machine, so a
 * seeded sample of them is opened, and the test says how many.
 *
 * Replay: FUZZ_SEED=<seed> FUZZ_COUNT=<count> npx vitest run tests/interop/pack-fuzz.test.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportAssets } from '../../core/export/assets';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, versionSnapshot, type PackContents } from '../../core/pack/container';
import type { Template } from '../../core/template/schema';
import { isCleanRefusal } from '../helpers/clean-line';
import { builtInTemplate, exportFonts } from '../helpers/docx';
import { nestedList } from '../helpers/hostile-packs';
import { mutant, rng, type MutationKind } from '../helpers/pack-mutations';
import { pythonWithDocx } from '../helpers/tools';

const SEED = Number(process.env.FUZZ_SEED ?? 20250213);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
/** How many of the exported documents of each format the independent readers open. */
const OPENED_PER_FORMAT = 30;
/** A guard against a hang, not a speed claim: about 40 s on an idle two-core machine, more on a busy one. */
const TIME_LIMIT_MS = 180_000;

/** A small pack using what a hostile edit can reach: a comment with a reply, an annex, a saved version, a deep list, a table. */
function basePack(): PackContents {
  const pack: BriefingPack = structuredClone(syntheticPack(1));
  const item = pack.items[0]!;
  item.source = [{ type: 'paragraph', children: [{ text: 'De ministers bespreken de afschrikking en verdediging.' }] }];
  item.sections = {
    kernboodschap: [
      { type: 'paragraph', children: [{ text: 'Kern ', bold: true }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'nato.int' }] }, { type: 'footnote', note: 'Kamerstuk 28 676.', children: [{ text: '' }] }] },
      nestedList(4),
    ],
    spreekpunten: [{ type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'Land' }] }, { type: 'table-cell', children: [{ text: 'NL' }] }] }] }],
  };
  item.comments = [
    {
      id: 'c1',
      anchor: { block: 0, start: 3, end: 11, quote: 'ministers' },
      author: 'J. de Vries',
      createdAt: '2025-02-01T10:00:00Z',
      text: 'Graag bronvermelding',
      resolved: false,
      replies: [{ id: 'r1', author: 'A. Jansen', createdAt: '2025-02-01T11:00:00Z', text: 'Eens.' }],
    },
  ];
  item.comments[0]!.anchor.end = 3 + 'ministers'.length;
  pack.annexes = [{ id: 'a1', title: 'Notitie', fileName: 'notitie.txt', mediaType: 'text/plain', size: 5 }];
  pack.versions = [{ id: 'v1', name: 'Eerste', createdAt: '2025-02-01T09:00:00Z' }];
  return { pack, annexFiles: new Map([['a1', strToU8('notes')]]), versionFiles: new Map([['v1', versionSnapshot(pack)]]) };
}

interface Failure {
  index: number;
  kind: MutationKind;
  stage: string;
  error: string;
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}

/** A refusal is fine when it is a UserError that reads as one line in both languages, with no control character or bidi override. */
const cleanRefusal = isCleanRefusal;

function contentKey(contents: PackContents): string {
  const hash = createHash('sha256').update(JSON.stringify(contents.pack));
  for (const [id, bytes] of contents.annexFiles) hash.update(id).update(bytes);
  return hash.digest('hex');
}

async function openWithPdfJs(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

const PYTHON_OPEN_ALL = `
import json, sys, docx
for name in sys.argv[1:]:
    try:
        document = docx.Document(name)
        print(json.dumps({"file": name, "paragraphs": len(document.paragraphs), "comments": len(getattr(document, "comments", []) or [])}))
    except Exception as error:
        print(json.dumps({"file": name, "error": type(error).__name__ + ": " + str(error).splitlines()[0] if str(error) else type(error).__name__}))
`;

describe('pack fuzzing: reader and both exporters', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pack-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${COUNT} seeded mutations end in a one-line refusal or in documents pdf.js and python-docx open`, { timeout: TIME_LIMIT_MS }, async () => {
    const started = performance.now();
    // The table of contents is off: the DOCX would lay out the whole PDF once more for its page numbers, and the TOC is not what is fuzzed here.
    const template: Template = { ...builtInTemplate(), tableOfContents: false };
    const assets: ExportAssets = await exportFonts(template);
    const base = encodePack(basePack());
    const sample = rng(SEED);
    const failures: Failure[] = [];
    const exported = new Set<string>();
    const pdfs: { index: number; bytes: Uint8Array }[] = [];
    const docxFiles: { index: number; file: string }[] = [];
    const counts = { refusedOnRead: 0, refusedOnExport: 0, accepted: 0, exportedDistinct: 0 };

    for (let index = 0; index < COUNT; index++) {
      const { kind, bytes } = mutant(base, SEED, index);
      let contents: PackContents;
      try {
        contents = decodePack(bytes, 'fuzz.briefpack');
      } catch (error) {
        if (cleanRefusal(error)) counts.refusedOnRead++;
        else failures.push({ index, kind, stage: 'read', error: describeFailure(error) });
        continue;
      }
      counts.accepted++;
      const key = contentKey(contents);
      if (exported.has(key)) continue;
      exported.add(key);
      counts.exportedDistinct++;
      for (const [format, run] of [
        ['pdf', async () => (await exportPdfWithReport(contents, template, assets, { created: new Date('2025-02-13T00:00:00Z') })).bytes],
        ['docx', () => exportDocx(contents, template, assets)],
      ] as const) {
        try {
          const output = await run();
          // A seeded sample of the outputs, spread over the whole run, goes to the readers.
          if (sample() < 0.12) {
            if (format === 'pdf' && pdfs.length < OPENED_PER_FORMAT) pdfs.push({ index, bytes: output });
            if (format === 'docx' && docxFiles.length < OPENED_PER_FORMAT) {
              const file = path.join(dir, `mutant-${index}.docx`);
              writeFileSync(file, output);
              docxFiles.push({ index, file });
            }
          }
        } catch (error) {
          if (cleanRefusal(error)) counts.refusedOnExport++;
          else failures.push({ index, kind, stage: `export ${format}`, error: describeFailure(error) });
        }
      }
    }
    const mutatedMs = performance.now() - started;

    for (const { index, bytes } of pdfs) {
      try {
        expect(await openWithPdfJs(bytes)).toBeGreaterThan(0);
      } catch (error) {
        failures.push({ index, kind: mutant(base, SEED, index).kind, stage: 'pdf.js', error: describeFailure(error) });
      }
    }
    let docxOpened = 0;
    if (pythonWithDocx && docxFiles.length > 0) {
      const result = spawnSync(pythonWithDocx, ['-c', PYTHON_OPEN_ALL, ...docxFiles.map((d) => d.file)], { encoding: 'utf8', timeout: 30_000 });
      const lines = result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { file: string; paragraphs?: number; error?: string });
      expect(lines, result.stderr).toHaveLength(docxFiles.length);
      for (const line of lines) {
        const index = docxFiles.find((d) => d.file === line.file)!.index;
        if (line.error || !line.paragraphs) failures.push({ index, kind: mutant(base, SEED, index).kind, stage: 'python-docx', error: line.error ?? 'no paragraphs' });
        else docxOpened++;
      }
    }
    const totalMs = Math.round(performance.now() - started);

    console.log(
      `pack fuzz: seed ${SEED}, ${COUNT} mutations: ${counts.refusedOnRead} refused on reading, ${counts.accepted} accepted ` +
        `(${counts.exportedDistinct} distinct, each exported to PDF and DOCX; ${counts.refusedOnExport} exports refused), ` +
        `opened ${pdfs.length} PDFs with pdf.js and ${pythonWithDocx ? `${docxOpened} DOCX with python-docx` : 'no DOCX (python-docx is not installed)'}; ` +
        `${Math.round(mutatedMs)} ms mutating, reading and exporting, ${totalMs} ms in all`,
    );
    const replay = failures.slice(0, 5).map((f) => `#${f.index} (${f.kind}, ${f.stage}): ${f.error}`);
    expect(failures, `replay with FUZZ_SEED=${SEED} FUZZ_COUNT=${COUNT}\n${replay.join('\n')}`).toEqual([]);
    expect(counts.refusedOnRead + counts.accepted).toBe(COUNT);
    // The mix must exercise both sides: many refusals, and enough accepted mutants to test the exporters.
    expect(counts.refusedOnRead).toBeGreaterThan(COUNT / 4);
    expect(counts.exportedDistinct).toBeGreaterThan(COUNT / 50);
    expect(pdfs.length).toBeGreaterThan(0);
    expect(totalMs).toBeLessThan(TIME_LIMIT_MS);
  });
});
