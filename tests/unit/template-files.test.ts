/**
 * The files a user template makes us read: its template.json and the fonts it
 * names. Only regular files inside the template's folder (template.json) or
 * the assets folder (fonts) are read, links followed to their real path, of
 * bounded size, and a font only when it is one; a pipe is refused at once
 * instead of hanging the export. Real files in a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets, MAX_FONT_BYTES } from '../../host/assets';
import { projectResourceDirs } from '../../host/paths';
import { loadTemplates } from '../../host/templates';
import { userErrorOf, userErrorOfAsync } from '../helpers/user-error';

const resources = projectResourceDirs();
const posix = process.platform !== 'win32';
let dir: string;
let builtin: Template;
let raw: Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-template-files-'));
  raw = JSON.parse(await readFile(path.join(resources.templates, 'speaking-notes', 'template.json'), 'utf8')) as Record<string, unknown>;
  builtin = parseTemplate(raw, 'speaking-notes');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A user-template folder holding one folder `id`, whose template.json `place` puts there. */
async function userTemplate(id: string, place: (file: string) => Promise<void>): Promise<string> {
  const root = path.join(dir, `user-${id}`);
  await mkdir(path.join(root, id), { recursive: true });
  await place(path.join(root, id, 'template.json'));
  return root;
}

async function problemsOf(root: string): Promise<string[]> {
  const catalog = await loadTemplates(path.join(dir, 'no-built-ins'), root, 'en');
  expect(catalog.templates).toEqual([]);
  return catalog.problems.map((p) => p.reason);
}

/** An assets folder with the real fonts, and `place` to add what a test needs. */
async function assetsWith(name: string, place: (fonts: string) => Promise<void>): Promise<string> {
  const assets = path.join(dir, `assets-${name}`);
  await mkdir(path.join(assets, 'fonts'), { recursive: true });
  for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
    await copyFile(path.join(resources.assets, 'fonts', `LiberationSans-${style}.ttf`), path.join(assets, 'fonts', `LiberationSans-${style}.ttf`));
  }
  await place(path.join(assets, 'fonts'));
  return assets;
}

function withRegularFont(file: string): Template {
  return { ...builtin, font: { ...builtin.font, files: { ...builtin.font.files, regular: file } } };
}

describe.runIf(posix)('template.json', () => {
  it('linked to a file outside its folder is not read, so its content is never shown', async () => {
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'SECRET-TOKEN-1234 not json');
    const root = await userTemplate('linked', (file) => symlink(secret, file));
    const [reason] = await problemsOf(root);
    expect(reason).toBe('Template "linked" is broken: template.json: cannot be read: it lies outside the folders it may be read from.');
    expect(reason).not.toContain('SECRET');
  });

  it('linked to a valid template outside its folder is not loaded either', async () => {
    const outside = path.join(dir, 'outside.json');
    await writeFile(outside, JSON.stringify({ ...raw, id: 'elsewhere' }));
    const root = await userTemplate('elsewhere', (file) => symlink(outside, file));
    expect(await problemsOf(root)).toHaveLength(1);
  });

  it('as a named pipe is refused at once, without waiting for a writer', async () => {
    const root = await userTemplate('pipe', async (file) => void execFileSync('mkfifo', [file]));
    expect(await problemsOf(root)).toEqual(['Template "pipe" is broken: template.json: cannot be read: it is not a regular file.']);
  });

  it('larger than 1 MB is refused before it is read', async () => {
    const root = await userTemplate('huge', async (file) => {
      await writeFile(file, JSON.stringify({ ...raw, id: 'huge', name: { nl: 'x'.repeat(2_000_000), en: 'x' } }));
    });
    expect(await problemsOf(root)).toEqual(['Template "huge" is broken: template.json: cannot be read: it is larger than 1 MB.']);
  });
});

describe('font file names in the schema', () => {
  it.each(['../../../../usr/share/fonts/x.ttf', 'fonts/../../x.ttf', '/usr/share/fonts/x.ttf', '.ttf', 'fonts/.ttf', 'fonts/./x.ttf', 'fonts//x.ttf'])('refuses %s', (file) => {
    const error = userErrorOf(() => parseTemplate({ ...raw, font: { ...(raw.font as object), files: { ...(raw.font as { files: object }).files, bold: file } } }, 'speaking-notes'));
    expect(error.describe('en')).toBe('Template "speaking-notes" is broken: font.files.bold: must be a .ttf or .otf file name under assets/, without ".." or a name starting with ".".');
  });
});

describe.runIf(posix)('font files', () => {
  it('reads the fonts under assets, also through a link inside assets', async () => {
    const assets = await assetsWith('plain', (fonts) => symlink('LiberationSans-Regular.ttf', path.join(fonts, 'alias.ttf')));
    const direct = await loadExportAssets(builtin, assets);
    const linked = await loadExportAssets(withRegularFont('fonts/alias.ttf'), assets);
    expect(linked.fonts.regular).toEqual(direct.fonts.regular);
    expect(direct.fonts.regular).toEqual(new Uint8Array(await readFile(path.join(resources.assets, 'fonts', 'LiberationSans-Regular.ttf'))));
  });

  it('refuses a font whose link leads outside the assets folder', async () => {
    const assets = await assetsWith('escape', async (fonts) => {
      await writeFile(path.join(dir, 'not-a-font.txt'), 'private');
      await symlink(path.join(dir, 'not-a-font.txt'), path.join(fonts, 'evil.ttf'));
    });
    const error = await userErrorOfAsync(() => loadExportAssets(withRegularFont('fonts/evil.ttf'), assets));
    expect(error.describe('en')).toBe('Template "speaking-notes" is broken: font.files.regular: cannot read fonts/evil.ttf: it lies outside the folders it may be read from.');
  });

  it('refuses a named pipe at once instead of hanging the export', async () => {
    const assets = await assetsWith('pipe', async (fonts) => void execFileSync('mkfifo', [path.join(fonts, 'pipe.ttf')]));
    const error = await userErrorOfAsync(() => loadExportAssets(withRegularFont('fonts/pipe.ttf'), assets));
    expect(error.params.detail).toBe('cannot read fonts/pipe.ttf: it is not a regular file');
  });

  it('refuses a folder named like a font, and a font over 50 MB', async () => {
    const assets = await assetsWith('odd', async (fonts) => {
      await mkdir(path.join(fonts, 'folder.ttf'));
      await writeFile(path.join(fonts, 'huge.ttf'), '');
      await truncate(path.join(fonts, 'huge.ttf'), MAX_FONT_BYTES + 1);
    });
    expect((await userErrorOfAsync(() => loadExportAssets(withRegularFont('fonts/folder.ttf'), assets))).params.detail).toBe('cannot read fonts/folder.ttf: it is not a regular file');
    expect((await userErrorOfAsync(() => loadExportAssets(withRegularFont('fonts/huge.ttf'), assets))).params.detail).toBe('cannot read fonts/huge.ttf: it is larger than 50 MB');
  });

  it('refuses a file named .ttf that is not a font, in one line, before the PDF exporter fails on it', async () => {
    const assets = await assetsWith('fake', (fonts) => writeFile(path.join(fonts, 'fake.ttf'), 'not a font at all'));
    const error = await userErrorOfAsync(() => loadExportAssets(withRegularFont('fonts/fake.ttf'), assets));
    expect(error.describe('en')).toBe('Template "speaking-notes" is broken: font.files.regular: cannot read fonts/fake.ttf: it is not a TrueType or OpenType font.');
  });

  it('refuses a name that climbs out of assets even past the schema', async () => {
    const assets = await assetsWith('climb', async () => undefined);
    const outside = path.relative(assets, path.join(resources.assets, 'fonts', 'LiberationSans-Bold.ttf'));
    const error = await userErrorOfAsync(() => loadExportAssets(withRegularFont(outside), assets));
    expect(error.params.detail).toContain('it lies outside the folders it may be read from');
  });
});
