/** Merging copies that each added pictures: the merged pack lists every picture once and carries its bytes. */
import { describe, expect, it } from 'vitest';
import { mergePackCopies } from '../../core/collab/merge-packs';
import { stateForPack } from '../../core/collab/pack-state';
import { checkPicture, mediaId } from '../../core/media/picture-check';
import type { BriefingPack, MediaMeta } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { pngPicture } from '../helpers/pictures';

async function picture(width: number): Promise<{ meta: MediaMeta; bytes: Uint8Array }> {
  const bytes = pngPicture(width, 10);
  return { meta: { id: await mediaId(bytes), ...checkPicture(bytes, 'p.png') }, bytes };
}

function withFigure(pack: BriefingPack, item: number, meta: MediaMeta, media: MediaMeta[]): BriefingPack {
  const copy = structuredClone(pack);
  copy.items[item]!.sections.doel = [{ type: 'figure', media: meta.id, alt: 'Kaart', caption: '', width: 1, children: [{ text: '' }] }];
  copy.media = media;
  return copy;
}

describe('merging copies with pictures', () => {
  it('pools the pictures of every copy, the same picture once', async () => {
    const base = syntheticPack(3);
    const state = stateForPack(base, undefined);
    const shared = await picture(20);
    const own = await picture(30);
    const anna = withFigure(base, 0, shared.meta, [shared.meta]);
    const bram = withFigure(withFigure(base, 1, shared.meta, [shared.meta]), 2, own.meta, [shared.meta, own.meta]);
    const merged = mergePackCopies([
      { file: 'anna.briefpack', contents: { pack: anna, annexFiles: new Map(), mediaFiles: new Map([[shared.meta.id, shared.bytes]]), state: stateForPack(anna, state, 'Anna') } },
      { file: 'bram.briefpack', contents: { pack: bram, annexFiles: new Map(), mediaFiles: new Map([[shared.meta.id, shared.bytes], [own.meta.id, own.bytes]]), state: stateForPack(bram, state, 'Bram') } },
    ]);
    expect(merged.contents.pack.media?.map((meta) => meta.id).sort()).toEqual([shared.meta.id, own.meta.id].sort());
    expect(merged.contents.mediaFiles?.get(own.meta.id)).toEqual(own.bytes);
    expect(merged.contents.mediaFiles?.get(shared.meta.id)).toEqual(shared.bytes);
    expect(merged.contents.pack.items.map((item) => item.sections.doel?.[0]?.type)).toEqual(['figure', 'figure', 'figure']);
  });
});
