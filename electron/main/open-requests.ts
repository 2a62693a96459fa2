/**
 * Packs the operating system asks us to open: on the command line, from a
 * second start of the app (which then quits), or by macOS's open-file event.
 * Before the renderer has asked for its first document the path is kept for
 * startup; afterwards it is opened and handed to the renderer as a command.
 */
import { packPathFromArgv } from './command-line';

export interface OpenRequests {
  /** What startup opens first; calling it marks the renderer as started. */
  takeInitial(): string | null;
  /** A path from the OS: kept for startup, or opened now. */
  request(file: string): void;
  /** The argv of a second instance (its working directory resolves relative paths). */
  fromSecondInstance(argv: readonly string[], cwd: string): void;
}

export function createOpenRequests(initial: string | null, openNow: (file: string) => void): OpenRequests {
  let pending = initial;
  let started = false;
  return {
    takeInitial() {
      started = true;
      const file = pending;
      pending = null;
      return file;
    },
    request(file) {
      if (started) openNow(file);
      else pending = file;
    },
    fromSecondInstance(argv, cwd) {
      const file = packPathFromArgv(argv, cwd);
      if (file) this.request(file);
    },
  };
}
