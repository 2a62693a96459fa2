/**
 * Recent files where the app itself offers them (browser mode; the desktop
 * app has File > Open Recent in its menu instead). Outside the contract: only
 * the page knows what it kept.
 */
import type { ApiResult, OpenedPack } from '../../core/contract';

export interface RecentPack {
  fileName: string;
  /** When it was last opened or saved here, ISO 8601. */
  savedAt: string;
}

export interface RecentFiles {
  list(): RecentPack[];
  open(fileName: string): Promise<ApiResult<OpenedPack>>;
}
