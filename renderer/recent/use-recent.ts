/** The recent files list where the page keeps one (browser mode): shown on request, reopened after the unsaved-changes question. */
import { useCallback, useState, type Dispatch } from 'react';
import type { DocumentAction } from '../state/document';
import type { Outcome } from '../state/use-file-commands';
import type { RecentFiles, RecentPack } from './recent-files';

export interface RecentList {
  /** The list being shown; null while it is closed. */
  shown: RecentPack[] | null;
  show(): void;
  close(): void;
  open(fileName: string): Promise<void>;
}

export function useRecent(
  recent: RecentFiles | undefined,
  dispatch: Dispatch<DocumentAction>,
  report: (outcome: Outcome | null) => void,
  mayReplace: () => Promise<boolean>,
): RecentList | null {
  const [shown, setShown] = useState<RecentPack[] | null>(null);
  const show = useCallback(() => setShown(recent?.list() ?? []), [recent]);
  const close = useCallback(() => setShown(null), []);
  const open = useCallback(
    async (fileName: string) => {
      if (!recent) return;
      setShown(null);
      if (!(await mayReplace())) return;
      const result = await recent.open(fileName);
      if (!result.ok) return report({ kind: 'error', error: result.error });
      dispatch({ type: 'opened', document: result.value });
      if (result.value.warnings?.length) report({ kind: 'opened', fileName, warnings: result.value.warnings });
    },
    [recent, dispatch, report, mayReplace],
  );
  return recent ? { shown, show, close, open } : null;
}
