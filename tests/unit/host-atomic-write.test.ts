import { spawn } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, type PackContents } from '../../core/pack/container';
import { isTempFileName, removeStaleTempFiles, writeFileAtomic } from '../../host/atomic-write';
import { PROJECT_ROOT } from '../../host/paths';
import { writePackFile } from '../../host/pack-files';
import { userErrorOfAsync as failure } from '../helpers/user-error';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-atomic-'));
  await chmod(dir, 0o755); // readable by the unprivileged child below
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


/** Bundles a small script that uses the real modules, so a child process starts in milliseconds. */
async function bundleScript(name: string, source: string): Promise<string> {
  const outfile = path.join(dir, name);
  await build({
    stdin: { contents: source, resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  await chmod(outfile, 0o644);
  return outfile;
}

describe('writeFileAtomic', () => {
  it('writes new files and replaces existing ones, leaving no temp file', async () => {
    const target = path.join(dir, 'plain.txt');
    await writeFileAtomic(target, new TextEncoder().encode('eerste versie'));
    expect(await readFile(target, 'utf8')).toBe('eerste versie');
    await writeFileAtomic(target, new TextEncoder().encode('tweede versie, langer dan de eerste'));
    expect(await readFile(target, 'utf8')).toBe('tweede versie, langer dan de eerste');
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it('reports a missing folder as file.unwritable with a short reason', async () => {
    const target = path.join(dir, 'no-such-folder', 'x.pdf');
    const error = await failure(() => writeFileAtomic(target, new Uint8Array([1, 2, 3])));
    expect(error.code).toBe('file.unwritable');
    expect(error.params).toEqual({ file: target, detail: 'the folder does not exist (ENOENT)' });
  });

  it('fails after writing the temp file (target is a folder) and cleans up, leaving the target as it was', async () => {
    const target = path.join(dir, 'a-folder.briefpack');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'unchanged');
    const error = await failure(() => writeFileAtomic(target, new Uint8Array(1000)));
    expect(error.code).toBe('file.unwritable');
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('unchanged');
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses to write into a read-only folder and leaves the original intact',
    async () => {
      const folder = path.join(dir, 'read-only');
      await mkdir(folder);
      const target = path.join(folder, 'pack.briefpack');
      await writeFile(target, 'original contents');
      await chmod(target, 0o666);
      await chmod(folder, 0o555);
      // As root, permissions are not enforced; the write then runs as an unprivileged user.
      const script = await bundleScript(
        'write-read-only.mjs',
        `import { writeFileAtomic } from './host/atomic-write';
         try { await writeFileAtomic(process.argv[2], new TextEncoder().encode('new contents')); console.log(JSON.stringify({ ok: true })); }
         catch (error) { console.log(JSON.stringify({ ok: false, name: error.name, code: error.code, params: error.params })); }`,
      );
      const asRoot = process.getuid?.() === 0;
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [script, target], {
          stdio: ['ignore', 'pipe', 'inherit'],
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', () => resolve(out));
      });
      await chmod(folder, 0o755);
      const result = JSON.parse(output) as { ok: boolean; name?: string; code?: string; params?: Record<string, string> };
      expect(result).toMatchObject({ ok: false, name: 'UserError', code: 'file.unwritable' });
      expect(result.params?.file).toBe(target);
      expect(result.params?.detail).toMatch(/permission denied \((EACCES|EPERM)\)/);
      expect(await readFile(target, 'utf8')).toBe('original contents');
      expect(await readdir(folder)).toEqual(['pack.briefpack']);
    },
  );
});

describe('removeStaleTempFiles', () => {
  it('removes only old temp files of the writer, not fresh ones or other files', async () => {
    const folder = path.join(dir, 'stale');
    await mkdir(folder);
    const old = path.join(folder, '.pack.briefpack.0123456789ab.tmp');
    const fresh = path.join(folder, '.pack.briefpack.ba9876543210.tmp');
    const other = path.join(folder, '.notes.tmp');
    for (const file of [old, fresh, other]) await writeFile(file, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, hourAgo, hourAgo);
    await utimes(other, hourAgo, hourAgo);
    expect(await removeStaleTempFiles(folder)).toEqual([old]);
    expect((await readdir(folder)).sort()).toEqual(['.notes.tmp', '.pack.briefpack.ba9876543210.tmp']);
  });
});

describe('a save killed at a random moment', () => {
  const KILLS = 60;
  const ANNEX_BYTES = 5 * 1024 * 1024;

  function contents(version: string, annex: Uint8Array): PackContents {
    const pack = syntheticPack(20);
    pack.version = version;
    pack.annexes = [{ id: 'bulk', title: 'Bulk', fileName: 'bulk.bin', mediaType: 'application/octet-stream', size: annex.length }];
    return { pack, annexFiles: new Map([['bulk', annex]]) };
  }

  it(`leaves the old or a complete new version, never a torn file (${KILLS} kills)`, async () => {
    const folder = path.join(dir, 'kill');
    await mkdir(folder);
    const target = path.join(folder, 'pack.briefpack');
    // Random bytes do not compress, so each pack on disk is about 5 MB.
    const annex = new Uint8Array(randomBytes(ANNEX_BYTES));
    const annexHash = createHash('sha256').update(annex).digest('hex');
    await writePackFile(target, contents('initial', annex));
    // Encoding 5 MB takes far longer than writing it; encode the versions once so the
    // child spends its time in the write path, where a kill could tear a file.
    const versionFiles: string[] = [];
    for (const version of ['child-1', 'child-2', 'child-3']) {
      const file = path.join(dir, `${version}.bin`);
      await writeFile(file, encodePack(contents(version, annex)));
      versionFiles.push(file);
    }

    const script = await bundleScript(
      'save-loop.mjs',
      `import { readFileSync } from 'node:fs';
       import { writeFileAtomic } from './host/atomic-write';
       const [target, ...versionFiles] = process.argv.slice(2);
       const versions = versionFiles.map((file) => new Uint8Array(readFileSync(file)));
       for (let i = 0; ; i++) {
         await writeFileAtomic(target, versions[i % versions.length]);
         process.stdout.write('saved ' + i + '\\n');
       }`,
    );

    const versions = new Set<string>();
    let killedMidWrite = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const child = spawn(process.execPath, [script, target, ...versionFiles], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Mostly kill while a save is under way (after one completed); sometimes during startup or the first save.
      if (kill % 4 !== 0) {
        await new Promise<void>((resolve) => {
          child.stdout.once('data', () => resolve());
          child.on('exit', () => resolve());
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 80));
      child.kill('SIGKILL');
      await exited;

      const names = await readdir(folder);
      if (names.some(isTempFileName)) killedMidWrite++;
      const decoded = decodePack(new Uint8Array(await readFile(target)), target);
      expect(decoded.pack.version).toMatch(/^(initial|child-[123])$/);
      const bytes = decoded.annexFiles.get('bulk');
      expect(bytes && createHash('sha256').update(bytes).digest('hex')).toBe(annexHash);
      versions.add(decoded.pack.version);
      await removeStaleTempFiles(folder, 0);
    }
    // The test only proves something if kills really hit saves in progress and saves really completed.
    expect(killedMidWrite).toBeGreaterThanOrEqual(3);
    expect(versions.size).toBeGreaterThan(1);
    expect(await readdir(folder)).toEqual(['pack.briefpack']);
  });
});
