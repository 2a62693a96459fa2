import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/model/migrations';
import { SCHEMA_VERSION } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, PACK_LIMITS } from '../../core/pack/container';
import { samplePack } from '../helpers/sample';
import { userErrorOf as failure } from '../helpers/user-error';


function zipWith(manifest: unknown): Uint8Array {
  return zipSync({ 'pack.json': strToU8(typeof manifest === 'string' ? manifest : JSON.stringify(manifest)) });
}

describe('encodePack / decodePack', () => {
  it('round-trips a pack with its annexes byte for byte', () => {
    const contents = samplePack();
    const decoded = decodePack(encodePack(contents), 'x.briefpack');
    expect(decoded.pack).toEqual(contents.pack);
    expect([...decoded.annexFiles.entries()]).toEqual([...contents.annexFiles.entries()]);
  });

  it('is deterministic, so saving an unchanged pack writes the same bytes', () => {
    const contents = { pack: syntheticPack(3), annexFiles: new Map() };
    expect(encodePack(contents)).toEqual(encodePack(contents));
  });
});

describe('decodePack refuses bad files with one clear reason', () => {
  const good = encodePack(samplePack());

  it.each([
    ['an empty file', new Uint8Array(), 'pack.empty'],
    ['a text file', strToU8('hello, this is not a pack'), 'pack.not-zip'],
    ['a truncated pack', good.slice(0, Math.floor(good.length / 2)), 'pack.corrupt'],
    ['a zip without pack.json', zipSync({ 'readme.txt': strToU8('hi') }), 'pack.no-manifest'],
    ['broken JSON', zipWith('{"schemaVersion": 1,'), 'pack.bad-json'],
    ['a pack from a newer version', zipWith({ ...syntheticPack(1), schemaVersion: SCHEMA_VERSION + 1 }), 'pack.newer-version'],
  ])('%s', (_name, bytes, code) => {
    const error = failure(() => decodePack(bytes, 'brief.briefpack'));
    expect(error.code).toBe(code);
    expect(error.describe('en')).toContain('brief.briefpack');
    expect(error.describe('nl')).toContain('brief.briefpack');
    expect(error.describe('en')).not.toContain('\n');
  });

  it('names the bad field of an invalid pack', () => {
    const pack = syntheticPack(2) as unknown as { items: { status: string }[] };
    pack.items[1]!.status = 'done';
    const error = failure(() => decodePack(zipWith(pack), 'p.briefpack'));
    expect(error.code).toBe('pack.invalid');
    expect(error.params.path).toBe('items[1].status');
  });

  it('rejects a javascript: link and unknown node types', () => {
    const withLink = syntheticPack(1);
    withLink.items[0]!.sections.x = [
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'click' }] }] },
    ];
    expect(failure(() => decodePack(zipWith(withLink), 'p')).code).toBe('pack.invalid');
    const withScript = JSON.parse(JSON.stringify(syntheticPack(1)));
    withScript.introduction = [{ type: 'script', children: [{ text: 'alert(1)' }] }];
    expect(failure(() => decodePack(zipWith(withScript), 'p')).params.path).toMatch(/^introduction\[0\]/);
  });

  it('rejects path traversal in entry names', () => {
    const bytes = zipSync({ 'pack.json': strToU8('{}'), '../../etc/evil': strToU8('x') });
    expect(failure(() => decodePack(bytes, 'p')).code).toBe('pack.unsafe-entry');
  });

  it('refuses a zip bomb before inflating it', () => {
    // 300 MB of zeros compresses to ~300 KB; the declared size gives it away.
    const bomb = zipSync({ 'pack.json': new Uint8Array(PACK_LIMITS.manifestBytes + 1) }, { level: 9 });
    const before = process.memoryUsage().arrayBuffers;
    const error = failure(() => decodePack(bomb, 'bomb.briefpack'));
    expect(error.code).toBe('pack.too-large');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(PACK_LIMITS.manifestBytes / 2);
  });

  it('refuses an annex listed without its file', () => {
    const { pack } = samplePack();
    const error = failure(() => decodePack(encodePack({ pack, annexFiles: new Map() }), 'p'));
    expect(error.code).toBe('pack.missing-annex');
  });
});

describe('migrate', () => {
  it('runs each step from the file version up to the current one', () => {
    const steps = { 1: (raw: Record<string, unknown>) => ({ ...raw, schemaVersion: 2, added: true }) };
    expect(migrate({ schemaVersion: 1 }, 'f', steps, 2)).toEqual({ schemaVersion: 2, added: true });
  });
  it('fails clearly when a step is missing', () => {
    expect(failure(() => migrate({ schemaVersion: 1 }, 'f', {}, 2)).code).toBe('pack.invalid');
  });
});
