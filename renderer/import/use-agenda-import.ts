/** "New from agenda…": ask main (or browser mode) to read a letter, review it, then open the new pack. */
import { useCallback, useState } from 'react';
import type { AgendaReview, ApiError, BriefingApi, OpenedPack } from '../../core/contract';
import type { BriefingPack } from '../../core/model/pack';

export interface AgendaImport {
  review: AgendaReview | null;
  busy: boolean;
  start(): void;
  cancel(): void;
  create(pack: BriefingPack): void;
}

export function useAgendaImport(api: BriefingApi, onOpened: (document: OpenedPack) => void, onError: (error: ApiError) => void): AgendaImport {
  const [review, setReview] = useState<AgendaReview | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T,>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, done: (value: T) => void) => {
      setBusy(true);
      try {
        const result = await call();
        if (result.ok) done(result.value);
        else onError(result.error);
      } catch (error) {
        onError({ code: 'internal', params: { detail: String(error) } });
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );

  return {
    review,
    busy,
    start: () => void run(() => api.importAgenda(), (value) => setReview(value)),
    cancel: () => setReview(null),
    create: (pack) =>
      review &&
      void run(
        () => api.createFromReview(review.importId, pack),
        (document) => {
          setReview(null);
          onOpened(document);
        },
      ),
  };
}
