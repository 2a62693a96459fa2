import { open, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { MAX_PACK_FILE_BYTES, readPackFile, writePackFile } from '../../host/pack-files';
import { samplePack } from '../helpers/sample';
import { userErrorOfAsync as failure } from '../helpers/user-error';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-packfiles-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


describe('writePackFile / readPackFile', () => {
  it('round-trips the sample pack with its annex', async () => {
    const file = path.join(dir, 'sample.briefpack');
    const contents = samplePack();
    await writePackFile(file, contents);
    const read = await readPackFile(file);
    expect(read.pack).toEqual(contents.pack);
    expect([...read.annexFiles]).toEqual([...contents.annexFiles]);
  });

  it('refuses to save a pack that lists an annex it has no bytes for, and leaves the file alone', async () => {
    const file = path.join(dir, 'keep.briefpack');
    await writePackFile(file, { pack: syntheticPack(1), annexFiles: new Map() });
    const before = await readFile(file);
    const pack = syntheticPack(2);
    pack.annexes.push({ id: 'ghost', title: 'Ghost', fileName: 'g.pdf', mediaType: 'application/pdf', size: 10 });
    const error = await failure(() => writePackFile(file, { pack, annexFiles: new Map() }));
    expect(error.code).toBe('internal');
    expect(error.params.detail).toMatch(/nothing was written/);
    expect(await readFile(file)).toEqual(before);
  });

  it('names a missing file as unreadable', async () => {
    const file = path.join(dir, 'missing.briefpack');
    const error = await failure(() => readPackFile(file));
    expect(error.code).toBe('file.unreadable');
    expect(error.params).toEqual({ file, detail: 'the file does not exist (ENOENT)' });
  });

  it('refuses a file over 1 GiB before reading it', async () => {
    const file = path.join(dir, 'huge.briefpack');
    const handle = await open(file, 'w');
    await handle.truncate(MAX_PACK_FILE_BYTES + 1); // sparse: no real disk space used
    await handle.close();
    const error = await failure(() => readPackFile(file));
    expect(error.code).toBe('file.unreadable');
    expect(error.params.detail).toMatch(/larger than the 1\.0 GB a briefing pack may be/);
  });

  it('passes container errors through, naming the file', async () => {
    const file = path.join(dir, 'not-a-pack.briefpack');
    await writeFile(file, 'plain text');
    const error = await failure(() => readPackFile(file));
    expect(error.code).toBe('pack.not-zip');
    expect(error.params.file).toBe(file);
  });

  it('reports a folder as unreadable', async () => {
    const error = await failure(() => readPackFile(dir));
    expect(error.code).toBe('file.unreadable');
  });
});
