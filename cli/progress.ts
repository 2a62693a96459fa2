/**
 * A progress line for an export that takes a while: on stderr, and only when stderr is a terminal,
 * so a pipe, a log file or `2>` gets nothing but the command's own lines. It appears once the export
 * has run for SHOW_AFTER_MS, is rewritten in place (\r) as the exporter tells how far it is, and is
 * erased before anything else is printed and at the end.
 */
const SHOW_AFTER_MS = 500;
/** Redrawn at most this often within a stage: a terminal needs no more. */
const REDRAW_EVERY_MS = 100;

/** How far the export is: the whole as a fraction, and the step it is at (a page, an item, a copy). */
export interface ProgressState {
  fraction: number;
  part?: { kind: ProgressPart; done: number; total: number };
}

export type ProgressPart = 'layout' | 'pages' | 'items' | 'copies';

export interface Progress {
  /** The export got further; drawn now if the line is due. */
  update(state: ProgressState): void;
  /** Erases the line for a line of output; the next update draws it again. */
  clear(): void;
  /** Erases the line (if it was shown) and stops drawing it. */
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

export function startProgress(stream: ProgressStream, line: (state: ProgressState) => string, showAfterMs = SHOW_AFTER_MS): Progress {
  if (!stream.isTTY) return { update() {}, clear() {}, done() {} };
  const started = Date.now();
  let state: ProgressState = { fraction: 0 };
  let shown = false;
  let drawnAt = -Infinity;
  let drawnKind: ProgressPart | undefined;
  let finished = false;
  const draw = () => {
    shown = true;
    drawnAt = Date.now();
    drawnKind = state.part?.kind;
    stream.write(`\r\x1b[K${line(state)}`);
  };
  // The export is mostly synchronous work: the line is drawn from its reports, and this timer
  // (unref'd, never keeping node alive) shows it in a gap before the first one.
  const first = setTimeout(draw, showAfterMs).unref();
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    update(next) {
      state = { ...next, fraction: Math.max(state.fraction, next.fraction) };
      const now = Date.now();
      if (finished || now - started < showAfterMs) return;
      if (next.part?.kind !== drawnKind || now - drawnAt >= REDRAW_EVERY_MS) draw();
    },
    clear,
    done() {
      finished = true;
      clearTimeout(first);
      clear();
    },
  };
}
