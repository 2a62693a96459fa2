/**
 * The export's speed with the document rules a ministry applies (issue 16),
 * against a plain export of the same pack in the same process: a recipient's
 * numbered copy (an item left out), the Woo publication (a passage redacted
 * in every tenth item), and NATO markings with a caveat, items at two levels.
 * Each choice is prepared as the app and `briefing export` prepare it
 * (prepareExport), which is part of the time. Runs alternate between the
 * choices, so a slower stretch of the machine does not fall on one of them.
 */
import type { ExportAssets, ExportFormat } from '../core/export/assets';
import { EXPORTERS } from '../core/export/registry';
import { prepareExport, type ExportChoice } from '../core/model/export-choice';
import type { BriefingPack } from '../core/model/pack';
import type { PackContents } from '../core/pack/container';
import type { Template } from '../core/template/schema';

interface Choice {
  pack: BriefingPack;
  choice: ExportChoice;
}

function choices(pack: BriefingPack): Record<string, Choice> {
  const distributed: BriefingPack = {
    ...pack,
    distribution: { recipients: [{ id: 'r1', name: 'Jan de Vries', function: 'DGB', copyNumber: 1, leaveOut: [pack.items[1]!.id], withComments: false }], handedOut: [] },
  };
  const redacted: BriefingPack = {
    ...pack,
    items: pack.items.map((item, i) => {
      if (i % 10 !== 0) return item;
      const [first, ...rest] = item.sections.kernboodschap ?? [];
      const paragraph = { type: 'paragraph' as const, children: [{ text: 'Open deel. ' }, { text: 'Weggelakte passage.', redacted: '5.1.2e' }] };
      return { ...item, sections: { ...item.sections, kernboodschap: [paragraph, ...(first ? [first] : []), ...rest] } };
    }),
  };
  const marked: BriefingPack = {
    ...pack,
    markingSystem: 'nato',
    markingCaveat: 'REL TO NLD, BEL, LUX',
    items: pack.items.map((item, i) => ({ ...item, classification: i % 2 ? 'confidential' : 'restricted' })),
  };
  return {
    plain: { pack, choice: {} },
    recipient: { pack: distributed, choice: { recipient: 'Jan de Vries' } },
    publication: { pack: redacted, choice: { publication: { date: '2026-12-04' } } },
    markings: { pack: marked, choice: {} },
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function timeChoices(contents: PackContents, format: ExportFormat, template: Template, assets: ExportAssets, runs: number): Promise<Record<string, unknown>> {
  const exporter = EXPORTERS[format];
  const all = Object.entries(choices(contents.pack));
  const exportOnce = async ({ pack, choice }: Choice) => {
    const prepared = prepareExport(pack, choice);
    return exporter({ ...contents, pack: prepared.pack }, template, assets, prepared.copy ? { copy: prepared.copy } : {});
  };
  for (const [, choice] of all) await exportOnce(choice); // JIT, font parsing
  const times = new Map(all.map(([name]) => [name, [] as number[]]));
  for (let run = 0; run < runs; run++) {
    for (const [name, choice] of all) {
      const start = performance.now();
      await exportOnce(choice);
      times.get(name)!.push(performance.now() - start);
    }
  }
  const plain = median(times.get('plain')!);
  return Object.fromEntries(
    [...times].map(([name, samples]) => {
      const ms = median(samples);
      return [name, { medianMs: Math.round(ms * 10) / 10, ...(name === 'plain' ? {} : { vsPlainPercent: Math.round(((ms - plain) / plain) * 1000) / 10 }) }];
    }),
  );
}
