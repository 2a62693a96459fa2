/**
 * A progress line for an export that takes a while: on stderr, and only when stderr is a terminal,
 * so a pipe, a log file or `2>` gets nothing but the command's own lines. It appears once the export
 * has run for SHOW_AFTER_MS, is rewritten in place with the seconds so far, and is erased before
 * anything else is printed.
 */
const SHOW_AFTER_MS = 500;
const UPDATE_EVERY_MS = 250;

export interface Progress {
  /** Erases the line for a line of output; the next update draws it again. */
  clear(): void;
  /** Erases the line (if it was shown) and stops updating it. */
  done(): void;
}

interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

/** BRIEFING_PROGRESS_AFTER_MS changes the wait, for a test that cannot make an export slow. */
export function progressDelay(env: NodeJS.ProcessEnv): number {
  const asked = Number(env.BRIEFING_PROGRESS_AFTER_MS);
  return env.BRIEFING_PROGRESS_AFTER_MS !== undefined && Number.isFinite(asked) && asked >= 0 ? asked : SHOW_AFTER_MS;
}

export function startProgress(stream: ProgressStream, line: (seconds: string) => string, showAfterMs = SHOW_AFTER_MS): Progress {
  if (!stream.isTTY) return { clear() {}, done() {} };
  const started = Date.now();
  let shown = false;
  const draw = () => {
    shown = true;
    stream.write(`\r\x1b[K${line(((Date.now() - started) / 1000).toFixed(1))}`);
  };
  let timer: NodeJS.Timeout | undefined;
  // The export is mostly synchronous work, so the timers fire in its gaps; unref'd, they never keep node alive.
  const first = setTimeout(() => {
    draw();
    timer = setInterval(draw, UPDATE_EVERY_MS).unref();
  }, showAfterMs).unref();
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    clear,
    done() {
      clearTimeout(first);
      clearInterval(timer);
      clear();
    },
  };
}
