/** "New from agenda…": ask main (or browser mode) to read a letter, review it, then open the new pack. */
import { useCallback, useEffect, useState } from 'react';
import type { AgendaReview, ApiError, BriefingApi, OpenedPack } from '../../core/contract';
import type { BriefingPack } from '../../core/model/pack';
import { useStableCallback } from '../hooks/use-stable-callback';
import { NEW_FROM_AGENDA_EVENT } from '../state/use-menu-commands';

export interface AgendaImport {
  review: AgendaReview | null;
  busy: boolean;
  start(): void;
  cancel(): void;
  create(pack: BriefingPack): void;
}

/** mayReplace: the unsaved-changes question, asked before the letter is picked. */
export function useAgendaImport(
  api: BriefingApi,
  mayReplace: () => Promise<boolean>,
  onOpened: (document: OpenedPack) => void,
  onError: (error: ApiError) => void,
): AgendaImport {
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

  const start = useStableCallback(() => {
    if (busy || review) return;
    void mayReplace().then((replace) => {
      if (replace) void run(() => api.importAgenda(), (value) => setReview(value));
    });
  });
  // File > New from agenda… in the desktop menu arrives as a window event.
  useEffect(() => {
    window.addEventListener(NEW_FROM_AGENDA_EVENT, start);
    return () => window.removeEventListener(NEW_FROM_AGENDA_EVENT, start);
  }, [start]);

  return {
    review,
    busy,
    start,
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
