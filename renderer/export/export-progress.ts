/**
 * The progress of one export, for its bar: nothing for the first half second (a quick export
 * shows no bar that flashes), then the furthest fraction the exporter has told, until it ends.
 */
import type { BriefingApi } from '../../core/contract';

export const SHOW_PROGRESS_AFTER_MS = 500;

export async function withExportProgress<T>(
  api: Pick<BriefingApi, 'onExportProgress'>,
  documentId: string,
  show: (fraction: number | null) => void,
  run: () => Promise<T>,
): Promise<T> {
  let furthest = 0;
  let shown = false;
  const stop = api.onExportProgress((progress) => {
    if (progress.documentId !== documentId) return;
    furthest = Math.max(furthest, progress.fraction);
    if (shown) show(furthest);
  });
  const timer = setTimeout(() => {
    shown = true;
    show(furthest);
  }, SHOW_PROGRESS_AFTER_MS);
  try {
    return await run();
  } finally {
    clearTimeout(timer);
    stop();
    show(null);
  }
}
