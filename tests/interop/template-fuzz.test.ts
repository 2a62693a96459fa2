/**
 * Fuzzing user templates: seeded mutations of the built-in templates'
 * template.json (keys, types, sizes, hostile names and strings, font paths,
 * the file's bytes, and what the file is: a link, a pipe, a folder), each put
 * in a user-template folder and read by the real loader. Every mutant must
 * either be refused in one line (Dutch and English, no control or direction
 * characters, bounded length) or load and export the sample pack: the PDF
 * opens in pdf.js, the DOCX unzips with fflate and its XML parts are well
 * formed for jsdom's XML parser. A template never makes an export fail any
 * other way.
 *
 * Replay: FUZZ_SEED=<seed> FUZZ_COUNT=<count> [FUZZ_EXPORTS=<exports>] npx vitest run tests/interop/template-fuzz.test.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportAssets } from '../../core/export/assets';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { UserError } from '../../core/i18n/errors';
import type { PackContents } from '../../core/pack/container';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { projectResourceDirs } from '../../host/paths';
import { loadTemplates } from '../../host/templates';
import { rng, type Rng } from '../helpers/pack-mutations';
import { samplePack } from '../helpers/sample';

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const COUNT = Number(process.env.FUZZ_COUNT ?? 400);
/** Exports are what takes time: at most this many accepted mutants are exported (a seeded choice, spread over the run). */
const MAX_EXPORTS = Number(process.env.FUZZ_EXPORTS ?? 36);
/** A guard against a hang, not a speed claim: about 30 s on an idle two-core machine. */
const TIME_LIMIT_MS = 180_000;
const posix = process.platform !== 'win32';

const resources = projectResourceDirs();
const BUILT_INS = ['nl-ministeriele-briefing', 'en-nato-ministerial', 'speaking-notes'] as const;
const originals = BUILT_INS.map((id) => JSON.parse(readFileSync(path.join(resources.templates, id, 'template.json'), 'utf8')) as Json);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const HOSTILE_STRINGS = [
  '',
  ' ',
  'a'.repeat(201),
  'x'.repeat(20_000),
  'Regel\neen\r\ntwee',
  '\u001b[31mrood\u001b[0m\u001b[2J',
  'omgekeerd \u202egnp.exe',
  'half \ud800 paar',
  'nul\u0000byte',
  '</w:t></w:r><w:r><w:t>ingevoegd',
  ']]>&amp;<!ENTITY x "y">&x;',
  '{page} van {pages} {classification} {unknown}',
  '🇳🇱 Defensie 🛡️',
  'ÅÉÎÕÜ ĳ ß ø',
  '\u200b\ufeffonzichtbaar',
  '%PDF-1.7 endobj) Tj (',
  '__proto__',
  'constructor',
];

const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'a'.repeat(65), '', 'kern boodschap', '-dash', 'x\n', 'ïtem', 'sections'];

const NUMBERS = [0, -1, 1, 5.5, 6, 30, 40, 60, 399, 400, 401, 1e308, -1e308, 1e-9, 2 ** 53];

const FONT_PATHS = [
  '../../../../etc/passwd.ttf',
  '/etc/fonts/x.ttf',
  'fonts/../fonts/LiberationSans-Bold.ttf',
  '.ttf',
  'fonts/.ttf',
  'fonts/missing.ttf',
  'fonts/LiberationSans-Bold.ttf',
  'fonts/LiberationSans-Italic.ttf',
  'fonts\\LiberationSans-Bold.ttf',
  'fonts/LiberationSans-Bold.TTF',
  'C:/Windows/Fonts/arial.ttf',
  'icc/sRGB.icc',
  'fonts/LICENSE-Liberation.txt',
];

const KINDS = ['drop-key', 'unknown-key', 'retype', 'hostile-string', 'number', 'section-key', 'sections-size', 'font-path', 'id', 'bytes', 'file'] as const;
type Kind = (typeof KINDS)[number];
/** Mutations that often keep a template valid come more often, so the exporters see enough of them. */
const WEIGHTS: Readonly<Record<Kind, number>> = {
  'drop-key': 2,
  'unknown-key': 1,
  retype: 2,
  'hostile-string': 6,
  number: 3,
  'section-key': 2,
  'sections-size': 2,
  'font-path': 2,
  id: 1,
  bytes: 1,
  file: 1,
};

function pick<T>(random: Rng, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function pickKind(random: Rng): Kind {
  const total = KINDS.reduce((sum, kind) => sum + WEIGHTS[kind], 0);
  let roll = random() * total;
  for (const kind of KINDS) {
    roll -= WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return 'hostile-string';
}

/** Every place in the tree: its parent and key, with the value there. */
function places(value: Json, out: { parent: Json[] | { [key: string]: Json }; key: string | number; value: Json }[] = []) {
  if (!value || typeof value !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((child, index) => [index, child]) : Object.entries(value);
  for (const [key, child] of entries) {
    out.push({ parent: value, key, value: child });
    places(child, out);
  }
  return out;
}

function set(parent: Json[] | { [key: string]: Json }, key: string | number, value: Json): void {
  // defineProperty: a key such as __proto__ becomes the object's own, as JSON.parse would make it.
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function randomValue(random: Rng): Json {
  const values: Json[] = [null, true, 0, 7, 'tekst', [], {}, ['a', 1], { a: 1 }, '154273', 'A4', -3];
  return structuredClone(pick(random, values));
}

interface Mutant {
  kind: Kind;
  /** What template.json is: text to write, or a special file. */
  file: { text: string } | { link: string } | { fifo: true } | { folder: true };
  /** The folder the mutant lives in; its id when that makes a folder name. */
  folder: string;
}

function mutate(random: Rng, index: number): Mutant {
  const template = structuredClone(pick(random, originals)) as { [key: string]: Json };
  const kind = pickKind(random);
  const all = places(template);
  const strings = all.filter((p) => typeof p.value === 'string');
  const numbers = all.filter((p) => typeof p.value === 'number');
  const objects = all.filter((p) => p.value && typeof p.value === 'object' && !Array.isArray(p.value)).map((p) => p.value as { [key: string]: Json });
  const sections = template.sections as { [key: string]: Json }[];
  let file: Mutant['file'] | null = null;
  switch (kind) {
    case 'drop-key': {
      const place = pick(random, all);
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key as string];
      break;
    }
    case 'unknown-key':
      set(pick(random, [template, ...objects]), pick(random, HOSTILE_KEYS), randomValue(random));
      break;
    case 'retype': {
      const place = pick(random, all);
      set(place.parent, place.key, randomValue(random));
      break;
    }
    case 'hostile-string': {
      const place = pick(random, strings);
      set(place.parent, place.key, pick(random, HOSTILE_STRINGS));
      break;
    }
    case 'number': {
      const place = pick(random, numbers);
      set(place.parent, place.key, pick(random, NUMBERS));
      break;
    }
    case 'section-key': {
      const section = pick(random, sections);
      if (random() < 0.6) set(section, 'key', pick(random, HOSTILE_KEYS));
      else set(section, 'sameAs', [pick(random, HOSTILE_KEYS)]);
      break;
    }
    case 'sections-size': {
      const count = pick(random, [0, 1, 29, 30, 31, 500]);
      template.sections = Array.from({ length: count }, (_, n) => ({ key: `onderdeel-${n}`, label: n % 7 === 0 ? pick(random, HOSTILE_STRINGS) || 'Leeg' : `Onderdeel ${n}` }));
      break;
    }
    case 'font-path': {
      const files = (template.font as { files: { [key: string]: Json } }).files;
      set(files, pick(random, ['regular', 'bold', 'italic', 'boldItalic']), pick(random, FONT_PATHS));
      break;
    }
    case 'id':
      template.id = pick(random, ['Hoofdletters', 'mutant', '../mutant', 'a'.repeat(65), 7, '', 'mutant\u001b']);
      break;
    case 'bytes': {
      const text = JSON.stringify(template);
      const how = pick(random, ['truncate', 'bom', 'nul', 'huge', 'garbage']);
      const bytes =
        how === 'truncate' ? text.slice(0, Math.floor(random() * text.length))
        : how === 'bom' ? `\ufeff${text}`
        : how === 'nul' ? text.replace(':', ':\u0000')
        : how === 'huge' ? text + ' '.repeat(1_100_000)
        : `\u001b[2J${text}`;
      file = { text: bytes };
      break;
    }
    case 'file':
      file = pick<Mutant['file']>(random, [{ link: '/etc/passwd' }, { link: path.join(resources.templates, 'speaking-notes', 'template.json') }, { fifo: true }, { folder: true }]);
      break;
  }
  const id = template.id;
  const folder = typeof id === 'string' && /^[a-z0-9-]{1,64}$/.test(id) ? id : `mutant-${index}`;
  return { kind, file: file ?? { text: JSON.stringify(template) }, folder };
}

/** Invisible or line-breaking characters, and half surrogate pairs: none may reach a message. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function refusalProblem(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length === 0) return 'an empty message';
    if (UNPRINTABLE.test(line)) return `a control character in: ${JSON.stringify(line.slice(0, 200))}`;
    if (line.length > 1500) return `a message of ${line.length} characters`;
  }
  return null;
}

function errorProblem(error: unknown): string | null {
  if (!(error instanceof UserError)) return `not a UserError: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`;
  return refusalProblem([error.describe('en'), error.describe('nl')]);
}

function placeMutant(root: string, mutant: Mutant): void {
  const folder = path.join(root, mutant.folder);
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, 'template.json');
  if ('text' in mutant.file) writeFileSync(target, mutant.file.text);
  else if ('link' in mutant.file) symlinkSync(mutant.file.link, target);
  else if ('fifo' in mutant.file) execFileSync('mkfifo', [target]);
  else mkdirSync(target);
}

async function openWithPdfJs(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    await (await doc.getPage(1)).getTextContent();
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

const xmlParser = new new JSDOM('').window.DOMParser();

/** The first DOCX part that does not parse as XML, or null. */
function badDocxPart(bytes: Uint8Array): string | null {
  const parts = unzipSync(bytes);
  if (!parts['word/document.xml']) return 'no word/document.xml';
  for (const [name, part] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parsed = xmlParser.parseFromString(strFromU8(part), 'application/xml');
    const error = parsed.getElementsByTagName('parsererror')[0];
    if (error) return `${name}: ${error.textContent?.split('\n')[0] ?? 'not well formed'}`;
  }
  return null;
}

describe.runIf(posix)('template fuzzing: loader and both exporters', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'template-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${COUNT} seeded mutations of the built-in templates end in a one-line refusal or in documents that open`, { timeout: TIME_LIMIT_MS }, async () => {
    const started = performance.now();
    const random = rng(SEED);
    const contents: PackContents = { pack: samplePack().pack, annexFiles: new Map() };
    const noBuiltIns = path.join(dir, 'no-built-ins');
    const failures: string[] = [];
    const counts = { refusedOnLoad: 0, loaded: 0, refusedOnExport: 0, exported: 0 };
    const assetsByFonts = new Map<string, Promise<ExportAssets>>();
    const exportEvery = Math.max(1, Math.floor(COUNT / MAX_EXPORTS / 3));

    for (let index = 0; index < COUNT; index++) {
      const mutant = mutate(random, index);
      const root = path.join(dir, `m${index}`);
      placeMutant(root, mutant);
      const catalog = await loadTemplates(noBuiltIns, root, 'en');
      const catalogNl = await loadTemplates(noBuiltIns, root, 'nl');
      const where = `#${index} (${mutant.kind})`;
      if (catalog.problems.length > 0) {
        counts.refusedOnLoad++;
        const problem = refusalProblem([...catalog.problems, ...catalogNl.problems].map((p) => p.reason));
        if (problem) failures.push(`${where} refused on loading with ${problem}`);
        if (catalog.templates.length > 0) failures.push(`${where} both loaded and refused`);
        continue;
      }
      if (catalog.templates.length !== 1) {
        failures.push(`${where} neither loaded nor refused`);
        continue;
      }
      counts.loaded++;
      // Exports take the time: a seeded share of the loaded mutants, up to the cap.
      if (counts.exported >= MAX_EXPORTS || (index % exportEvery !== 0 && mutant.kind !== 'font-path' && mutant.kind !== 'section-key')) continue;
      const template: Template = catalog.templates[0]!;
      counts.exported++;
      try {
        const fonts = JSON.stringify(template.font.files);
        if (!assetsByFonts.has(fonts)) assetsByFonts.set(fonts, loadExportAssets(template, resources.assets));
        const assets = await assetsByFonts.get(fonts)!;
        const options = { templates: [template], created: new Date('2026-12-04T00:00:00Z') };
        const pdf = (await exportPdfWithReport(contents, template, assets, options)).bytes;
        expect(await openWithPdfJs(pdf), `${where} PDF pages`).toBeGreaterThan(0);
        const docx = await exportDocx(contents, template, assets, options);
        const bad = badDocxPart(docx);
        if (bad) failures.push(`${where} DOCX: ${bad}`);
      } catch (error) {
        counts.refusedOnExport++;
        const problem = errorProblem(error);
        if (problem) failures.push(`${where} export failed with ${problem}`);
      }
    }
    const ms = Math.round(performance.now() - started);
    console.log(
      `template fuzz: seed ${SEED}, ${COUNT} mutations: ${counts.refusedOnLoad} refused on loading, ${counts.loaded} loaded, ` +
        `${counts.exported} exported to PDF (opened with pdf.js) and DOCX (XML parts parsed), ${counts.refusedOnExport} exports refused; ${ms} ms`,
    );
    expect(failures, `replay with FUZZ_SEED=${SEED} FUZZ_COUNT=${COUNT}\n${failures.slice(0, 8).join('\n')}`).toEqual([]);
    // The mix must exercise both sides: refusals, and enough loaded templates to test the exporters.
    expect(counts.refusedOnLoad).toBeGreaterThan(COUNT / 4);
    expect(counts.exported - counts.refusedOnExport).toBeGreaterThanOrEqual(Math.min(MAX_EXPORTS, counts.loaded) / 2);
  });
});
