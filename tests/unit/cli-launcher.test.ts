/**
 * bin/briefing.mjs runs the built command line only while it is built from the sources as they
 * are now, builds it again when they changed, and runs the TypeScript sources when it cannot
 * build. Each test works on a copy of the project (node_modules linked), so editing a source
 * there touches nobody's working tree.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSamplePack } from '../../core/sample';
import { PROJECT_ROOT } from '../../host/paths';
import { samplePackFromJson } from '../../host/sample-json';
import { SAMPLE_LETTER, SAMPLE_TITLES } from '../helpers/sample';
import { installed } from '../helpers/tools';

const run = promisify(execFile);
/** What the launcher needs to build and run the command line; the rest of the project is not read. */
const PROJECT_PARTS = ['bin', 'scripts/cli-bundle.mjs', 'cli', 'core', 'host', 'templates', 'assets', 'package.json', 'package-lock.json', 'tsconfig.json'];

function copyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'briefing-launcher-'));
  for (const part of PROJECT_PARTS) cpSync(path.join(PROJECT_ROOT, part), path.join(root, part), { recursive: true, preserveTimestamps: true });
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

interface Launch {
  /** bundle, rebuilt or sources, as the launcher says with BRIEFING_SHOW_LAUNCH. */
  how: string;
  entry: string;
  /** Why it rebuilt: the first changed file it found. */
  why: string;
  stdout: string;
  stderr: string;
}

async function launch(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Launch> {
  const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin', 'briefing.mjs'), ...args], {
    env: { ...process.env, BRIEFING_SHOW_LAUNCH: '1', LANG: 'en_GB.UTF-8', ...env },
  });
  const said = /^briefing: running (bundle|rebuilt|sources) ?(\S*)(?: \((.*)\))?$/m.exec(stderr);
  expect(said, stderr).not.toBeNull();
  return { how: said![1]!, entry: said![2]!, why: said![3] ?? '', stdout, stderr: stderr.replace(said![0] + '\n', '') };
}

/** Every output of the build that loads with `from` before any dynamic import() runs. */
function loadedAtStart(meta: { outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }> }, from: string): string[] {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of meta.outputs[output]!.imports) if (imported.kind === 'import-statement' && meta.outputs[imported.path]) visit(imported.path);
  };
  visit(from);
  return [...seen].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));
}

describe('bin/briefing.mjs', () => {
  const copies: string[] = [];
  const copy = () => {
    const root = copyProject();
    copies.push(root);
    return root;
  };
  afterAll(() => {
    for (const root of copies) rmSync(root, { recursive: true, force: true });
  });

  describe('with a build', () => {
    let root: string;
    let entry: string;
    beforeAll(async () => {
      root = copy();
      const first = await launch(root, ['--help']);
      expect(first).toMatchObject({ how: 'rebuilt', why: 'there was none' });
      entry = first.entry;
    });

    it('runs the bundle it built, as long as no source changed', async () => {
      expect(entry).toMatch(new RegExp(`^${root}/dist/cli/build-[^/]+/main\\.mjs$`));
      const second = await launch(root, ['--help']);
      expect(second).toMatchObject({ how: 'bundle', entry });
      expect(second.stdout).toContain('briefing: Briefing Composer on the command line');
      expect((await launch(root, ['--help', '--lang', 'nl'])).stdout).toContain('Briefing Composer op de opdrachtregel');
    });

    it('loads no exporter or PDF reader for --help and templates', () => {
      const meta = JSON.parse(readFileSync(path.join(path.dirname(entry), 'meta.json'), 'utf8'));
      const outputOf = (input: string) => Object.keys(meta.outputs).find((output) => input in meta.outputs[output].inputs)!;
      // node_modules is linked into the copy, so esbuild names packages by their real path.
      const heavy = /(^|\/)node_modules\/(pdf-lib|@pdf-lib|docx|pdfjs-dist|mammoth)\//;
      const atHelp = loadedAtStart(meta, outputOf('cli/main.ts'));
      const atTemplates = loadedAtStart(meta, outputOf('cli/commands/templates.ts'));
      const atExport = loadedAtStart(meta, outputOf('cli/commands/export.ts'));
      expect(atHelp).toContain('cli/messages.ts');
      expect(atHelp.filter((input) => heavy.test(input) || /(^|\/)node_modules\/zod\//.test(input))).toEqual([]);
      expect(atTemplates).toContain('core/template/schema.ts');
      expect(atTemplates.filter((input) => heavy.test(input))).toEqual([]);
      // The export command loads each exporter only once the format is known.
      expect(atExport.filter((input) => heavy.test(input))).toEqual([]);
    });

    it('exports the sample from the bundle: fonts, templates and the letter are found from dist/', async () => {
      const docx = path.join(root, 'sample.docx');
      const result = await launch(root, ['export', '--sample', '--format', 'docx', '-o', docx]);
      expect(result).toMatchObject({ how: 'bundle', entry, stderr: '' });
      const text = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!).replace(/<[^>]+>/g, '');
      for (const title of SAMPLE_TITLES) expect(text).toContain(title);
    });

    it.skipIf(!installed('pdftotext'))('exports the sample to a PDF that poppler reads, from the bundle', async () => {
      const pdf = path.join(root, 'sample.pdf');
      expect((await launch(root, ['export', '--sample', '--format', 'pdf', '-o', pdf])).how).toBe('bundle');
      const { stdout } = await run('pdftotext', [pdf, '-']);
      for (const title of SAMPLE_TITLES) expect(stdout.replace(/\s+/g, ' ')).toContain(title);
    });

    it('carries the sample pack ready-made: the pack importing the sample letter gives, in a chunk of its own', async () => {
      const meta = JSON.parse(readFileSync(path.join(path.dirname(entry), 'meta.json'), 'utf8'));
      const chunk = Object.keys(meta.outputs).find((output) => 'host/sample-prebuilt.ts' in meta.outputs[output].inputs)!;
      expect(loadedAtStart(meta, chunk).filter((input) => /(^|\/)(node_modules\/mammoth|core\/import)\//.test(input))).toEqual([]);
      const { PREBUILT_SAMPLE_PACK } = await import(pathToFileURL(path.join(root, chunk)).href);
      expect(typeof PREBUILT_SAMPLE_PACK).toBe('string');
      expect(samplePackFromJson(PREBUILT_SAMPLE_PACK, SAMPLE_LETTER)).toStrictEqual(createSamplePack(SAMPLE_LETTER));
    });

    it.skipIf(!installed('pdftotext'))('gives what the sources give: the ready-made sample\'s pages, zod\'s English messages', async () => {
      const fromBundle = path.join(root, 'bundle.pdf');
      expect((await launch(root, ['export', '--sample', '--format', 'pdf', '-o', fromBundle])).how).toBe('bundle');
      const sources = copy();
      writeFileSync(path.join(sources, 'dist'), 'no build here: the launcher runs the sources\n');
      const fromSources = path.join(sources, 'sources.pdf');
      expect((await launch(sources, ['export', '--sample', '--format', 'pdf', '-o', fromSources])).how).toBe('sources');
      const pages = async (pdf: string) => (await run('pdftotext', ['-layout', pdf, '-'])).stdout.split('\f');
      const bundled = await pages(fromBundle);
      expect(bundled.length).toBeGreaterThan(2);
      expect(bundled).toEqual(await pages(fromSources));
      // The bundle keeps zod's English messages only (scripts/cli-bundle.mjs); a broken template shows one.
      const userTemplates = path.join(sources, 'user-templates');
      cpSync(path.join(PROJECT_ROOT, 'templates', 'speaking-notes'), path.join(userTemplates, 'broken'), { recursive: true });
      const broken = path.join(userTemplates, 'broken', 'template.json');
      writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(broken, 'utf8')), id: 'broken', name: 42 }));
      const problems = async (project: string) => JSON.parse((await launch(project, ['templates', '--json'], { BRIEFING_TEMPLATES_DIR: userTemplates })).stdout).problems;
      const bundledProblems = await problems(root);
      expect(bundledProblems[0].reason).toContain('expected object, received number');
      expect(bundledProblems).toEqual(await problems(sources));
    });

    it('imports a PDF and a Word letter from the bundle (pdf.js and mammoth in chunks of their own)', async () => {
      const letters = path.join(PROJECT_ROOT, 'tests/fixtures/letters/corpus');
      for (const file of ['nl-er-2024-12-boldheadings.pdf', 'nl-ecofin-2025-01-headingstyles.docx']) {
        const result = await launch(root, ['import', path.join(letters, file), '--json']);
        expect(result.how).toBe('bundle');
        expect(JSON.parse(result.stdout).items.length, file).toBeGreaterThan(1);
      }
    });
  });

  it('builds again after a source changed, so the change runs at once', async () => {
    const root = copy();
    const before = await launch(root, ['--help']);
    const messages = path.join(root, 'cli', 'messages.ts');
    writeFileSync(messages, readFileSync(messages, 'utf8').replace('Briefing Composer on the command line', 'Briefing Composer on the edited command line'));
    const after = await launch(root, ['--help']);
    expect(after).toMatchObject({ how: 'rebuilt', why: 'cli/messages.ts changed' });
    expect(after.entry).not.toBe(before.entry);
    expect(after.stdout).toContain('Briefing Composer on the edited command line');
    expect((await launch(root, ['--help'])).how).toBe('bundle');
  });

  it('notices an edit deep in core/ even when the file keeps its old modification time', async () => {
    const root = copy();
    await launch(root, ['templates']);
    const language = path.join(root, 'core', 'i18n', 'errors.ts');
    const { atime, mtime } = statSync(language);
    writeFileSync(language, readFileSync(language, 'utf8') + '\n// edited\n');
    utimesSync(language, atime, mtime); // as a copy or an unpacked archive may leave it
    expect(await launch(root, ['templates'])).toMatchObject({ how: 'rebuilt', why: 'core/i18n/errors.ts changed' });
  });

  it('runs the TypeScript sources when it cannot build (dist/ not writable), with the same output', async () => {
    const root = copy();
    writeFileSync(path.join(root, 'dist'), 'a file where the build folder would go\n');
    const result = await launch(root, ['templates', '--json']);
    expect(result.how).toBe('sources');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).templates.map((t: { id: string }) => t.id)).toContain('nl-ministeriele-briefing');
  });
});
