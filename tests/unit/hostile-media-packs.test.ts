/**
 * A pack whose picture entry is too large or not the format pack.json says:
 * the pack opens without that picture, with one warning line naming it in
 * either language; its figure stays (a placeholder in the editor), the rest
 * is intact, and the file's bytes are not touched. The zip-bomb limits still
 * refuse everything else.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readPackFile } from '../../host/pack-files';
import { describe, expect, it } from 'vitest';
import { checkPicture, mediaId } from '../../core/media/picture-check';
import { MediaStore } from '../../core/media/media-store';
import type { BriefingPack, MediaMeta } from '../../core/model/pack';
import type { FigureElement } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, PACK_LIMITS } from '../../core/pack/container';
import { UserError } from '../../core/i18n/errors';
import { declaringSize } from '../helpers/hostile-packs';
import { jpegPicture, pngPicture } from '../helpers/pictures';

const MB = 1024 * 1024;

function figure(media: string, alt: string): FigureElement {
  return { type: 'figure', media, alt, caption: '', width: 1, children: [{ text: '' }] };
}

async function metaOf(bytes: Uint8Array, name: string): Promise<MediaMeta> {
  return { id: await mediaId(bytes), ...checkPicture(bytes, name) };
}

/** A pack with a good map in item 1 and a chart in item 2, whose entry the test then spoils. */
async function twoPictures() {
  const map = pngPicture(40, 20);
  const chart = pngPicture(60, 30);
  const [mapMeta, chartMeta] = [await metaOf(map, 'kaart.png'), await metaOf(chart, 'grafiek.png')];
  const pack: BriefingPack = structuredClone(syntheticPack(2));
  pack.items[0]!.sections.doel = [figure(mapMeta.id, 'Kaart'), { type: 'paragraph', children: [{ text: 'Tekst bij de kaart.' }] }];
  pack.items[1]!.sections.doel = [{ type: 'paragraph', children: [{ text: 'Tekst bij de grafiek.' }] }, figure(chartMeta.id, 'Grafiek uitgaven')];
  pack.media = [mapMeta, chartMeta];
  const entries = unzipSync(encodePack({ pack, annexFiles: new Map(), mediaFiles: new Map([[mapMeta.id, map], [chartMeta.id, chart]]) }));
  return { pack, entries, map, mapMeta, chartMeta, item: pack.items[1]!.title };
}

function failure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

/** Opens the bytes and checks that opening left them as they were. */
function opened(bytes: Uint8Array, file: string) {
  const before = Uint8Array.from(bytes);
  const contents = decodePack(bytes, file);
  expect(Buffer.from(bytes).equals(Buffer.from(before))).toBe(true);
  return contents;
}

describe('a pack with a picture over the limit or not what it claims', () => {
  it('opens without a picture entry larger than 20 MB, with one warning naming it, and does not inflate it', async () => {
    const { pack, entries, map, mapMeta, chartMeta, item } = await twoPictures();
    // 60 MB of zeros after a PNG signature: a few hundred KB deflated, 60 MB if it were inflated.
    const big = new Uint8Array(60 * MB);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const file = zipSync({ ...entries, [`media/${chartMeta.id}`]: [big, { level: 9 }] });
    const memory = process.memoryUsage().arrayBuffers;
    const read = opened(file, 'groot.briefpack');
    expect(process.memoryUsage().arrayBuffers - memory).toBeLessThan(20 * MB);
    expect(read.warnings?.map((warning) => warning.describe('en'))).toEqual([
      `groot.briefpack: the image media/${chartMeta.id} (the picture "Grafiek uitgaven" in item "${item}", section "doel") was left out: it is 60.0 MB, more than the 20.0 MB a picture may be; its picture shows a placeholder, and the pack cannot be exported until it is replaced or removed.`,
    ]);
    expect(read.warnings?.map((warning) => warning.describe('nl'))).toEqual([
      `groot.briefpack: het beeld media/${chartMeta.id} (de afbeelding "Grafiek uitgaven" in agendapunt "${item}", onderdeel "doel") is weggelaten: het is 60.0 MB, meer dan de 20.0 MB die een afbeelding mag zijn; de afbeelding toont een plaatshouder, en het pakket kan pas worden geëxporteerd als die is vervangen of verwijderd.`,
    ]);
    // Everything else as it was: both figures with their alt text, the text, the good picture's bytes.
    expect(read.pack.items).toEqual(pack.items);
    expect(read.pack.media).toEqual([mapMeta, chartMeta]);
    expect([...read.mediaFiles!.keys()]).toEqual([mapMeta.id]);
    expect(read.mediaFiles!.get(mapMeta.id)).toEqual(map);
    // What the editor draws from: the left-out picture has no bytes, so its figure shows the placeholder.
    const store = MediaStore.of(read);
    expect(store.get(chartMeta.id)).toBeUndefined();
    expect(store.get(mapMeta.id)).toEqual(map);
  });

  it('names a picture entry of 21 MB declared but stored small the same way: the declared size decides, before inflating', async () => {
    const { entries, chartMeta } = await twoPictures();
    const file = declaringSize(zipSync(entries), `media/${chartMeta.id}`, 21 * MB);
    const read = opened(file, 'p.briefpack');
    expect(read.warnings?.map((warning) => warning.code)).toEqual(['pack.oversized-media']);
    expect(read.warnings?.[0]?.describe('en')).toContain('it is 21.0 MB, more than the 20.0 MB');
    expect(read.mediaFiles?.has(chartMeta.id)).toBe(false);
  });

  it('opening the file from disk leaves it as it was', async () => {
    const { entries, chartMeta } = await twoPictures();
    const bytes = declaringSize(zipSync(entries), `media/${chartMeta.id}`, 21 * MB);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'oversized-media-')), 'groot.briefpack');
    writeFileSync(file, bytes);
    const modified = statSync(file).mtimeMs;
    const read = await readPackFile(file);
    expect(read.warnings?.map((warning) => warning.code)).toEqual(['pack.oversized-media']);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))).toBe(true);
    expect(statSync(file).mtimeMs).toBe(modified);
  });

  it('opens without a picture whose bytes are JPEG where pack.json says PNG, with one warning naming it', async () => {
    const { pack, entries, mapMeta, chartMeta, item } = await twoPictures();
    const jpeg = jpegPicture();
    const info = checkPicture(jpeg, 'foto.jpg');
    // pack.json claims a PNG of the JPEG's own size and dimensions, so only the format is wrong.
    const manifest = JSON.parse(new TextDecoder().decode(entries['pack.json'])) as BriefingPack;
    manifest.media = [mapMeta, { ...chartMeta, width: info.width, height: info.height, size: info.size }];
    const { 'state.yjs': _state, 'state.json': _info, ...rest } = entries;
    const file = zipSync({ ...rest, 'pack.json': strToU8(JSON.stringify(manifest)), [`media/${chartMeta.id}`]: jpeg });
    const read = opened(file, 'vals.briefpack');
    expect(read.warnings?.map((warning) => warning.describe('en'))).toEqual([
      `vals.briefpack: the image media/${chartMeta.id} (the picture "Grafiek uitgaven" in item "${item}", section "doel") is damaged or not what pack.json says; its picture shows a placeholder, and the pack cannot be exported until it is replaced or removed.`,
    ]);
    expect(read.warnings?.[0]?.describe('nl')).toContain('(de afbeelding "Grafiek uitgaven" in agendapunt');
    expect(read.pack.items).toEqual(pack.items);
    expect([...read.mediaFiles!.keys()]).toEqual([mapMeta.id]);
  });

  it('still refuses the whole pack for an annex, a version or pack.json over its limit, and for a total over 512 MB', async () => {
    const { pack, entries } = await twoPictures();
    const annexed: BriefingPack = { ...pack, annexes: [{ id: 'a1', title: 'Bijlage', fileName: 'b.txt', mediaType: 'text/plain', size: 3 }] };
    const withAnnex = unzipSync(encodePack({ pack: annexed, annexFiles: new Map([['a1', strToU8('abc')]]), mediaFiles: new Map() }));
    const annexBomb = declaringSize(zipSync(withAnnex), 'annexes/a1', PACK_LIMITS.annexBytes + 1);
    expect(failure(() => decodePack(annexBomb, 'bijlage.briefpack')).code).toBe('pack.too-large');
    const manifestBomb = declaringSize(zipSync(entries), 'pack.json', PACK_LIMITS.manifestBytes + 1);
    expect(failure(() => decodePack(manifestBomb, 'p.briefpack')).describe('en')).toContain('pack.json');
    const stateBomb = declaringSize(zipSync(entries), 'state.yjs', PACK_LIMITS.manifestBytes + 1);
    expect(failure(() => decodePack(stateBomb, 'p.briefpack')).code).toBe('pack.too-large');
    // Three annexes just under their own limit are over the total together: the third is refused.
    const three: BriefingPack = {
      ...pack,
      annexes: ['a1', 'a2', 'a3'].map((id) => ({ id, title: id, fileName: `${id}.txt`, mediaType: 'text/plain', size: 1 })),
    };
    let total: Uint8Array = zipSync(unzipSync(encodePack({ pack: three, annexFiles: new Map(['a1', 'a2', 'a3'].map((id) => [id, strToU8('x')])), mediaFiles: new Map() })));
    for (const id of ['a1', 'a2', 'a3']) total = declaringSize(total, `annexes/${id}`, PACK_LIMITS.annexBytes - 1);
    expect(failure(() => decodePack(total, 'totaal.briefpack')).params.what).toBe('annexes/a3');
  });
});
