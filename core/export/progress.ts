/**
 * How far an export is, for a progress line or bar. The exporters report a few stages (laying out
 * each item, writing each page or item) through one reporter, which turns them into a fraction of
 * the whole that never goes down, and calls the listener at most every THROTTLE_MS, so a 1,000-page
 * export costs a few dozen calls. Reporting only reads counters: the exported bytes are the same
 * with or without a listener.
 */

/** layout: an item laid out; pages: a PDF page written; items: a DOCX item written; done: the file is made. */
export type ExportStage = 'layout' | 'pages' | 'items' | 'done';

export interface ExportStep {
  stage: ExportStage;
  /** The whole export so far, 0 to 1; never less than the step before. */
  fraction: number;
}

/**
 * done of total in the stage's own unit (items or pages), with the stage and the whole export's
 * fraction. A listener may return a promise (a page that wants to paint the bar); the exporter
 * waits for it where it can, between pages or items.
 */
export type ProgressListener = (done: number, total: number, step: ExportStep) => void | Promise<void>;

export type Report = (stage: ExportStage, done: number, total: number) => void | Promise<void>;

const THROTTLE_MS = 50;

/** Each stage's share of the export's time, in order; measured on 200-item packs. */
export type StageShares = readonly (readonly [ExportStage, number])[];

export const PDF_STAGES: StageShares = [
  ['layout', 0.45],
  ['pages', 0.5],
];

export const DOCX_STAGES: StageShares = [
  ['layout', 0.3],
  ['items', 0.6],
];

const nothing: Report = () => undefined;

export function progressReporter(listener: ProgressListener | undefined, shares: StageShares, now: () => number = Date.now): Report {
  if (!listener) return nothing;
  let last = -Infinity;
  let highest = 0;
  return (stage, done, total) => {
    const index = shares.findIndex(([name]) => name === stage);
    const before = index < 0 ? 1 : shares.slice(0, index).reduce((sum, [, share]) => sum + share, 0);
    const within = index < 0 || total <= 0 ? 0 : shares[index]![1] * Math.min(1, done / total);
    const fraction = stage === 'done' ? 1 : Math.max(highest, Math.min(1, before + within));
    const time = now();
    // The end of a stage is always told; steps within it at most every THROTTLE_MS.
    if (done < total && stage !== 'done' && time - last < THROTTLE_MS) return undefined;
    last = time;
    highest = fraction;
    return listener(done, total, { stage, fraction });
  };
}
