/**
 * How the editor reaches the pictures of the open document: it adds files
 * through the contract (main or browser mode checks them and keeps the
 * bytes) and shows them from object URLs made once per picture. The Slate
 * value holds only ids, so typing never touches picture bytes.
 */
import { createContext, useContext } from 'react';
import type { ApiError, BriefingApi } from '../../core/contract';
import type { MediaMeta } from '../../core/model/pack';

export type AddedPicture = { ok: true; meta: MediaMeta } | { ok: false; error: ApiError };

export interface MediaAccess {
  add(bytes: Uint8Array, name: string, mediaType: string): Promise<AddedPicture>;
  /** An object URL for the picture; null when the document has no usable bytes for it. */
  url(id: string): Promise<string | null>;
}

export const NO_MEDIA: MediaAccess = {
  add: async (_bytes, name) => ({ ok: false, error: { code: 'media.not-picture', params: { file: name } } }),
  url: async () => null,
};

export function createMediaAccess(api: Pick<BriefingApi, 'addMedia' | 'getMedia'>, documentId: string): MediaAccess {
  const urls = new Map<string, Promise<string | null>>();
  return {
    async add(bytes, name, mediaType) {
      const result = await api.addMedia(documentId, bytes, name, mediaType);
      return result.ok ? { ok: true, meta: result.value } : { ok: false, error: result.error };
    },
    url(id) {
      let url = urls.get(id);
      if (!url) {
        url = api.getMedia(documentId, id).then((result) =>
          result.ok && result.value ? URL.createObjectURL(new Blob([result.value as Uint8Array<ArrayBuffer>])) : null,
        );
        urls.set(id, url);
      }
      return url;
    },
  };
}

export const MediaContext = createContext<MediaAccess>(NO_MEDIA);

export function useMedia(): MediaAccess {
  return useContext(MediaContext);
}
