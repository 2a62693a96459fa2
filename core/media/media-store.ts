/**
 * The pictures of one open document, as main (or browser mode) holds them:
 * bytes by content id with their metadata. The renderer only ever holds ids;
 * on save and export the pack's media list is made from what its figures use.
 */
import type { BriefingPack, MediaMeta } from '../model/pack';
import { usedMediaIds } from '../model/figures';
import type { PackContents } from '../pack/container';
import { checkPicture, mediaId } from './picture-check';

export class MediaStore {
  private readonly metas = new Map<string, MediaMeta>();
  private readonly bytes = new Map<string, Uint8Array>();

  /** The pictures a pack was opened with; listed ones whose bytes were damaged keep their metadata only. */
  static of(contents: Pick<PackContents, 'pack' | 'mediaFiles'>): MediaStore {
    const store = new MediaStore();
    store.adopt(contents);
    return store;
  }

  /** Takes in another pack's pictures (a merge, a restore). */
  adopt({ pack, mediaFiles }: Pick<PackContents, 'pack' | 'mediaFiles'>): void {
    for (const meta of pack.media ?? []) {
      if (!this.metas.has(meta.id)) this.metas.set(meta.id, meta);
      const data = mediaFiles?.get(meta.id);
      if (data && !this.bytes.has(meta.id)) this.bytes.set(meta.id, data);
    }
  }

  /** Checks a new picture (UserError naming it when refused) and keeps it once, however often it is added. */
  async add(data: Uint8Array, name: string, declaredType?: string): Promise<MediaMeta> {
    const info = checkPicture(data, name, declaredType);
    const id = await mediaId(data);
    const meta: MediaMeta = { id, ...info };
    this.metas.set(id, meta);
    this.bytes.set(id, data);
    return meta;
  }

  get(id: string): Uint8Array | undefined {
    return this.bytes.get(id);
  }

  get files(): ReadonlyMap<string, Uint8Array> {
    return this.bytes;
  }

  /** The pack with the media list its figures (and its versions' figures) need; absent when none. */
  listedIn(pack: BriefingPack, versions: readonly BriefingPack[] = []): BriefingPack {
    const used = usedMediaIds([pack, ...versions]);
    // The list's own order first, so a save changes nothing a picture did not change.
    const kept = (pack.media ?? []).filter((meta) => used.has(meta.id));
    const keptIds = new Set(kept.map((meta) => meta.id));
    const added = [...used].flatMap((id) => (!keptIds.has(id) && this.metas.has(id) ? [this.metas.get(id)!] : []));
    const media = [...kept, ...added];
    const { media: _media, ...rest } = pack;
    if (media.length === 0) return pack.media === undefined ? pack : rest;
    return { ...rest, media };
  }
}
