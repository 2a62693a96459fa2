/** The unsaved-changes question as React state: mayReplace() shows it and waits for the answer. */
import { useCallback, useRef, useState } from 'react';
import type { DocumentState } from './document';
import { isDirty } from './document';
import { mayReplaceOpenPack, type ReplaceChoice } from './replace-guard';

export interface ReplaceGuard {
  /** True while the question is on screen. */
  asking: boolean;
  /** Resolves true when the open pack may be replaced (see mayReplaceOpenPack). */
  mayReplace(): Promise<boolean>;
  answer(choice: ReplaceChoice): void;
}

export function useReplaceGuard(state: DocumentState | null, save: () => Promise<boolean>): ReplaceGuard {
  const [asking, setAsking] = useState(false);
  const pending = useRef<((choice: ReplaceChoice) => void) | null>(null);
  const latest = useRef({ state, save });
  latest.current = { state, save };

  const ask = useCallback(
    () =>
      new Promise<ReplaceChoice>((resolve) => {
        pending.current = resolve;
        setAsking(true);
      }),
    [],
  );

  const mayReplace = useCallback(async () => {
    // A second replacing action while the question is open waits for nothing: it is refused.
    if (pending.current) return false;
    const { state: current } = latest.current;
    return mayReplaceOpenPack(current !== null && isDirty(current), ask, () => latest.current.save());
  }, [ask]);

  const answer = useCallback((choice: ReplaceChoice) => {
    const resolve = pending.current;
    pending.current = null;
    setAsking(false);
    resolve?.(choice);
  }, []);

  return { asking, mayReplace, answer };
}
