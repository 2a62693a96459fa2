/** Open Recent: the list in user data, the operating system's own recent list, and a menu refresh on change. */
import { addRecent, loadRecent, removeRecent, saveRecent } from '../../../host/recent-files';

export interface RecentService {
  list(): readonly string[];
  add(file: string): Promise<void>;
  remove(file: string): Promise<void>;
  clear(): Promise<void>;
  dispose(): void;
}

export interface RecentDeps {
  file: string;
  /** app.addRecentDocument / app.clearRecentDocuments. */
  os?: { add(file: string): void; clear(): void };
  onChange?: (list: readonly string[]) => void;
  log?: (message: string) => void;
}

export async function createRecentService(deps: RecentDeps): Promise<RecentService> {
  let list = await loadRecent(deps.file);
  const log = deps.log ?? console.warn;

  async function update(next: string[]): Promise<void> {
    list = next;
    deps.onChange?.(list);
    // A list that cannot be stored is an inconvenience, not an error to show.
    await saveRecent(deps.file, list).catch((error: unknown) => log(`Recent files not stored: ${String(error)}`));
  }

  return {
    list: () => list,
    async add(file) {
      deps.os?.add(file);
      await update(addRecent(list, file));
    },
    remove: (file) => update(removeRecent(list, file)),
    async clear() {
      deps.os?.clear();
      await update([]);
    },
    dispose() {},
  };
}
