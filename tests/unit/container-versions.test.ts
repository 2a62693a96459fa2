import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addVersion } from '../../core/model/versions';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, PACK_LIMITS, versionEntryName } from '../../core/pack/container';
import { userErrorOf as failure } from '../helpers/user-error';


function withVersion(): { pack: BriefingPack; snapshot: BriefingPack } {
  const snapshot = syntheticPack(2);
  const pack: BriefingPack = {
    ...syntheticPack(3),
    versions: addVersion([], 'v1', 'Eerste concept', new Date('2025-02-01T10:00:00Z')),
  };
  return { pack, snapshot };
}

describe('versions in the container', () => {
  it('stores each version as versions/<id>.json and reads it back', () => {
    const { pack, snapshot } = withVersion();
    const bytes = encodePack({ pack, annexFiles: new Map(), versionFiles: new Map([['v1', { ...snapshot, versions: pack.versions }]]) });
    expect(Object.keys(unzipSync(bytes))).toContain('versions/v1.json');
    const decoded = decodePack(bytes, 'x.briefpack');
    expect(decoded.pack.versions).toEqual([{ id: 'v1', name: 'Eerste concept', createdAt: '2025-02-01T10:00:00.000Z' }]);
    // Versions never nest: the snapshot is stored without a version list of its own.
    expect(decoded.versionFiles?.get('v1')).toEqual(snapshot);
  });

  it('reads a pack without versions as having none, and leaves its pack.json as it was', () => {
    const pack = syntheticPack(1);
    const decoded = decodePack(encodePack({ pack, annexFiles: new Map() }), 'old.briefpack');
    expect(decoded.pack).toEqual(pack);
    expect(decoded.pack.versions ?? []).toEqual([]);
    expect(decoded.versionFiles?.size).toBe(0);
  });

  it('refuses a pack that lists a version whose content is missing, naming the version', () => {
    const { pack } = withVersion();
    const error = failure(() => decodePack(encodePack({ pack, annexFiles: new Map() }), 'x.briefpack'));
    expect(error.code).toBe('pack.missing-version');
    expect(error.describe('nl')).toContain('Eerste concept');
  });

  it('validates a version like a pack, naming the entry', () => {
    const { pack } = withVersion();
    const zip = zipSync({
      'pack.json': strToU8(JSON.stringify(pack)),
      [versionEntryName('v1')]: strToU8(JSON.stringify({ ...syntheticPack(1), status: 'nonsense' })),
    });
    const error = failure(() => decodePack(zip, 'x.briefpack'));
    expect(error.code).toBe('pack.invalid');
    expect(error.params.file).toContain('versions/v1.json');
  });

  it('applies the zip-bomb limits to version entries before inflating them', () => {
    const { pack } = withVersion();
    const zip = zipSync({ 'pack.json': strToU8(JSON.stringify(pack)), [versionEntryName('v1')]: strToU8('{}') });
    // Patch the declared uncompressed size of the version entry in the central directory.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = strToU8(versionEntryName('v1'));
    let patched = false;
    for (let i = 0; i + 46 < zip.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const entryName = zip.subarray(i + 46, i + 46 + nameLength);
      if (entryName.length === name.length && entryName.every((b, k) => b === name[k])) {
        view.setUint32(i + 24, PACK_LIMITS.manifestBytes + 1, true);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    const error = failure(() => decodePack(zip, 'bomb.briefpack'));
    expect(error.code).toBe('pack.too-large');
    expect(error.params.what).toBe('versions/v1.json');
  });
});
