/**
 * The preview's pages for the open pack: a job for the worker shortly after
 * the pack or the selection last changed (typing is not interrupted by one
 * per keystroke), the newest reply kept.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError, BriefingApi } from '../../core/contract';
import type { PreviewPart } from '../../core/export/pdf/preview';
import type { Template } from '../../core/template/schema';
import type { DocumentState } from '../state/document';
import { PreviewClient } from './preview-client';

/** From the last keystroke to the job: long enough to wait out typing, short enough to feel live. */
export const PREVIEW_DEBOUNCE_MS = 150;

export type PreviewShown =
  | { kind: 'waiting' }
  | { kind: 'pages'; bytes: Uint8Array; pages: number[]; total: number; partKey: string }
  | { kind: 'refused'; error: ApiError };

export interface Preview {
  shown: PreviewShown;
  /** A job is on its way for what the pane should show. */
  updating: boolean;
  /** The cover and contents instead of the selected item's pages. */
  front: boolean;
  setFront(front: boolean): void;
  /** Names what is shown: the pane starts at its first page when it changes. */
  partKey: string;
  /** No item is selected (the overview, an empty pack) and the cover is not asked for. */
  nothingToShow: boolean;
}

const keyOf = (part: PreviewPart | null, itemId: string | null): string => (part?.kind === 'front' ? 'front' : `item:${itemId ?? ''}`);

export function usePreview(api: BriefingApi, state: DocumentState | null, template: Template | undefined, templates: readonly Template[], open: boolean): Preview {
  const [front, setFront] = useState(false);
  const [shown, setShown] = useState<PreviewShown>({ kind: 'waiting' });
  const [updating, setUpdating] = useState(false);
  const client = useRef<PreviewClient | null>(null);
  const requested = useRef('');
  const documentId = state?.documentId;
  const pack = state?.pack;
  const itemId = state?.selectedItemId ?? null;
  const index = pack && itemId ? pack.items.findIndex((item) => item.id === itemId) : -1;

  // Selecting an item shows its pages again.
  useEffect(() => setFront(false), [itemId]);

  // One worker, and so one layout cache, per open pack.
  useEffect(() => {
    if (!open || !documentId) return;
    const started = new PreviewClient((reply) => {
      setUpdating(false);
      setShown(reply.ok ? { kind: 'pages', bytes: reply.bytes, pages: reply.pages, total: reply.total, partKey: requested.current } : { kind: 'refused', error: reply.error });
    });
    client.current = started;
    setShown({ kind: 'waiting' });
    return () => {
      started.close();
      client.current = null;
    };
  }, [open, documentId]);

  const part: PreviewPart | null = front ? { kind: 'front' } : index >= 0 ? { kind: 'item', index } : null;
  const partKey = keyOf(part, itemId);
  useEffect(() => {
    const worker = client.current;
    if (!worker || !pack || !template || !documentId || !part) return;
    let cancelled = false;
    // Typing goes on: what the worker is making now is already out of date, and is not drawn.
    worker.supersede();
    setUpdating(true);
    const timer = setTimeout(async () => {
      const media = new Map<string, Uint8Array>();
      for (const id of worker.missingMedia(pack)) {
        const result = await api.getMedia(documentId, id);
        if (result.ok && result.value) media.set(id, result.value);
      }
      if (cancelled) return;
      requested.current = partKey;
      worker.request(pack, templates, template.id, part, media);
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `part` is named by partKey and index; a new object each render is no change.
  }, [api, documentId, pack, template, templates, partKey, index, open]);

  return { shown, updating, front, setFront, partKey, nothingToShow: part === null };
}
