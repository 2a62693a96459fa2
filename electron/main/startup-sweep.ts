/**
 * At start-up, removes the temp files that saves killed in an earlier session
 * left beside the packs (the folders of the recent files) and in the app's own
 * folders (backups, the recent list). Each folder is swept on its own, so one
 * unreachable folder (an unplugged drive) does not stop the rest.
 */
import { removeStaleTempFiles } from '../../host/atomic-write';
import { foldersOf } from '../../host/recent-files';

export interface StartupSweepInputs {
  recentFiles: readonly string[];
  /** Folders the app writes to itself, such as the backups folder. */
  appFolders: readonly string[];
}

/** The folders to sweep, each once. */
export function sweepFolders({ recentFiles, appFolders }: StartupSweepInputs): string[] {
  return [...new Set([...foldersOf(recentFiles), ...appFolders])];
}

/** Returns the removed temp files. Never throws: this is housekeeping. */
export async function sweepInterruptedSaves(inputs: StartupSweepInputs): Promise<string[]> {
  const removed = await Promise.all(sweepFolders(inputs).map((dir) => removeStaleTempFiles(dir).catch(() => [])));
  return removed.flat();
}
