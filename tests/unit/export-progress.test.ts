/**
 * Export progress: both exporters tell how far they are in a few stages, the whole export's fraction
 * never goes down and ends at 1, and a listener changes nothing in the file.
 */
import { describe, expect, it } from 'vitest';
import type { ExportStep } from '../../core/export/progress';
import { progressReporter, PDF_STAGES } from '../../core/export/progress';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { syntheticPack } from '../../core/model/synthetic';
import { builtInTemplate, exportFonts, unzipDocx } from '../helpers/docx';

const CREATED = new Date('2025-02-01T10:00:00Z');

interface Told {
  done: number;
  total: number;
  step: ExportStep;
}

function listener(): { told: Told[]; onProgress: (done: number, total: number, step: ExportStep) => void } {
  const told: Told[] = [];
  return { told, onProgress: (done, total, step) => void told.push({ done, total, step }) };
}

function expectRising(told: readonly Told[]): void {
  const fractions = told.map((t) => t.step.fraction);
  expect(fractions.length).toBeGreaterThan(2);
  fractions.forEach((fraction, i) => expect(fraction).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0));
  expect(told.at(-1)!.step).toEqual({ stage: 'done', fraction: 1 });
}

describe('export progress', () => {
  const template = builtInTemplate();
  const contents = { pack: syntheticPack(40), annexFiles: new Map() };

  it('PDF: every item laid out and every page written, the same bytes as without a listener', async () => {
    const assets = await exportFonts(template);
    const plain = await exportPdfWithReport(contents, template, assets, { created: CREATED });
    const { told, onProgress } = listener();
    const watched = await exportPdfWithReport(contents, template, assets, { created: CREATED, onProgress });
    expect(Buffer.from(watched.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
    expectRising(told);
    // The end of each stage is always told, whatever the throttle left out.
    expect(told.filter((t) => t.step.stage === 'layout').at(-1)).toMatchObject({ done: 40, total: 40 });
    expect(told.filter((t) => t.step.stage === 'pages').at(-1)).toMatchObject({ done: plain.pages, total: plain.pages });
  });

  it('DOCX: the same parts as without a listener, items told up to the last', async () => {
    const assets = await exportFonts(template);
    const plain = unzipDocx(await exportDocx(contents, template, assets));
    const { told, onProgress } = listener();
    const watched = unzipDocx(await exportDocx(contents, template, assets, { onProgress }));
    // docProps/core.xml carries the time it was made; everything else is compared whole.
    const timeless = (parts: Record<string, string>) => ({ ...parts, 'docProps/core.xml': parts['docProps/core.xml']!.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T') });
    expect(timeless(watched)).toEqual(timeless(plain));
    expectRising(told);
    expect(told.filter((t) => t.step.stage === 'items').at(-1)).toMatchObject({ done: 40, total: 40 });
  });

  it('tells steps within a stage at most every 50 ms, and the end of a stage always', () => {
    let clock = 0;
    const told: number[] = [];
    const report = progressReporter((done) => void told.push(done), PDF_STAGES, () => clock);
    for (let done = 1; done <= 10; done++) {
      clock += 20;
      void report('pages', done, 10);
    }
    // At 20 ms a step: the first, then every third (60 ms later), and the last.
    expect(told).toEqual([1, 4, 7, 10]);
  });
});
