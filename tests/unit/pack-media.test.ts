/** Pictures in the .briefpack: media/<sha256> entries, stored once, dropped when unused, checked on open. */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePack, encodePack } from '../../core/pack/container';
import { checkPicture, mediaId } from '../../core/media/picture-check';
import type { BriefingPack, MediaMeta } from '../../core/model/pack';
import type { FigureElement } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { parsePack } from '../../core/model/validate';
import { jpegPicture, pngPicture } from '../helpers/pictures';

async function mediaOf(bytes: Uint8Array, name: string): Promise<MediaMeta> {
  const info = checkPicture(bytes, name);
  return { id: await mediaId(bytes), ...info };
}

function figure(media: string, alt: string): FigureElement {
  return { type: 'figure', media, alt, caption: 'Bron: Defensie', width: 0.5, children: [{ text: '' }] };
}

async function packWithPictures() {
  const png = pngPicture(40, 20);
  const jpeg = jpegPicture();
  const pngMeta = await mediaOf(png, 'kaart.png');
  const jpegMeta = await mediaOf(jpeg, 'foto.jpg');
  const pack: BriefingPack = structuredClone(syntheticPack(2));
  // The same map in two items: one media entry.
  pack.items[0]!.sections.doel = [figure(pngMeta.id, 'Kaart'), { type: 'paragraph', children: [{ text: 'Tekst na de kaart.' }] }];
  pack.items[1]!.sections.doel = [figure(pngMeta.id, 'Dezelfde kaart')];
  pack.media = [pngMeta, jpegMeta];
  const mediaFiles = new Map([[pngMeta.id, png], [jpegMeta.id, jpeg]]);
  return { pack, mediaFiles, png, pngMeta, jpegMeta };
}

describe('pictures in the pack file', () => {
  it('stores each picture once under media/<id>, drops one no figure uses, and reads them back', async () => {
    const { pack, mediaFiles, png, pngMeta, jpegMeta } = await packWithPictures();
    const bytes = encodePack({ pack, annexFiles: new Map(), mediaFiles });
    const names = Object.keys(unzipSync(bytes));
    expect(names.filter((name) => name.startsWith('media/'))).toEqual([`media/${pngMeta.id}`]);
    const read = decodePack(bytes, 'p.briefpack');
    expect(read.warnings).toEqual([]);
    expect(read.pack.media).toEqual([pngMeta]);
    expect(read.mediaFiles?.get(pngMeta.id)).toEqual(png);
    expect(read.mediaFiles?.has(jpegMeta.id)).toBe(false);
    expect(read.pack.items[0]!.sections.doel![0]).toEqual(figure(pngMeta.id, 'Kaart'));
  });

  it('keeps a picture only a saved version still shows', async () => {
    const { pack, mediaFiles, pngMeta } = await packWithPictures();
    const version = structuredClone(pack);
    pack.items.forEach((item) => delete item.sections.doel);
    pack.versions = [{ id: 'v1', name: 'Eerste', createdAt: '2026-12-01T10:00:00Z' }];
    const read = decodePack(encodePack({ pack, annexFiles: new Map(), mediaFiles, versionFiles: new Map([['v1', version]]) }), 'p.briefpack');
    expect(read.pack.media?.map((meta) => meta.id)).toEqual([pngMeta.id]);
    expect(read.mediaFiles?.has(pngMeta.id)).toBe(true);
  });

  it('opens a pack whose picture is missing or damaged with one warning each, the figures kept', async () => {
    const { pack, mediaFiles, pngMeta } = await packWithPictures();
    const entries = unzipSync(encodePack({ pack, annexFiles: new Map(), mediaFiles }));
    const damaged = { ...entries, [`media/${pngMeta.id}`]: entries[`media/${pngMeta.id}`]!.subarray(0, 30) };
    const bad = decodePack(zipSync(damaged), 'kapot.briefpack');
    expect(bad.warnings?.map((w) => w.code)).toEqual(['pack.bad-media']);
    expect(bad.mediaFiles?.size).toBe(0);
    expect(bad.pack.items[1]!.sections.doel).toEqual([figure(pngMeta.id, 'Dezelfde kaart')]);

    const { [`media/${pngMeta.id}`]: _gone, ...without } = entries;
    const missing = decodePack(zipSync(without), 'leeg.briefpack');
    expect(missing.warnings?.map((w) => w.describe('en'))).toEqual([
      `leeg.briefpack: 2 pictures (first in item "${pack.items[0]!.title}", section "doel") have no image in the pack; kept as a placeholder, and the pack cannot be exported until they are replaced or removed.`,
    ]);
    expect(missing.pack.items[0]!.sections.doel).toHaveLength(2);
  });

  it('warns of a figure whose id pack.json does not list, and opens it', async () => {
    const { pack, mediaFiles } = await packWithPictures();
    const entries = unzipSync(encodePack({ pack, annexFiles: new Map(), mediaFiles }));
    const manifest = JSON.parse(strFromU8(entries['pack.json']!)) as BriefingPack;
    delete manifest.media;
    const read = decodePack(zipSync({ ...entries, 'pack.json': strToU8(JSON.stringify(manifest)) }), 'p.briefpack');
    expect(read.warnings?.map((w) => w.code)).toContain('pack.missing-media');
  });

  it('validates packs saved before pictures, and refuses a picture in the letter\'s own text', async () => {
    const old = structuredClone(syntheticPack(1));
    expect(parsePack(old, 'oud.briefpack').media).toBeUndefined();
    const { pngMeta } = await packWithPictures();
    old.items[0]!.source = [figure(pngMeta.id, 'x')];
    expect(() => parsePack(old, 'bron.briefpack')).toThrow(/letter's text holds no pictures/);
  });
});
