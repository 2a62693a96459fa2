/**
 * How the editor reaches the pictures of the open document: it adds files
 * through the contract (main or browser mode checks them and keeps the
 * bytes) and shows them from object URLs made once per picture. The Slate
 * value holds only ids, so typing never touches picture bytes.
 */
import { createContext, useContext } from 'react';
import type { ApiError, BriefingApi } from '../../core/contract';
import type { MediaMeta } from '../../core/model/pack';
import type { HeldPicture } from './carried-pictures';

export type AddedPicture = { ok: true; meta: MediaMeta } | { ok: false; error: ApiError };

export interface MediaAccess {
  add(bytes: Uint8Array, name: string, mediaType: string): Promise<AddedPicture>;
  /** An object URL for the picture; null when the document has no usable bytes for it. */
  url(id: string): Promise<string | null>;
  /** The picture as drawn so far (its object URL and bytes), for a copy, which cannot wait; undefined before it is drawn. */
  held(id: string): HeldPicture | undefined;
}

export const NO_MEDIA: MediaAccess = {
  add: async (_bytes, name) => ({ ok: false, error: { code: 'media.not-picture', params: { file: name } } }),
  url: async () => null,
  held: () => undefined,
};

export function createMediaAccess(api: Pick<BriefingApi, 'addMedia' | 'getMedia'>, documentId: string): MediaAccess {
  const urls = new Map<string, Promise<string | null>>();
  const held = new Map<string, HeldPicture>();
  return {
    async add(bytes, name, mediaType) {
      const result = await api.addMedia(documentId, bytes, name, mediaType);
      return result.ok ? { ok: true, meta: result.value } : { ok: false, error: result.error };
    },
    url(id) {
      let url = urls.get(id);
      if (!url) {
        url = api.getMedia(documentId, id).then((result) => {
          if (!result.ok || !result.value) return null;
          const url = URL.createObjectURL(new Blob([result.value as Uint8Array<ArrayBuffer>]));
          held.set(id, { id, url, bytes: result.value });
          return url;
        });
        urls.set(id, url);
      }
      return url;
    },
    held: (id) => held.get(id),
  };
}

export const MediaContext = createContext<MediaAccess>(NO_MEDIA);

export function useMedia(): MediaAccess {
  return useContext(MediaContext);
}
