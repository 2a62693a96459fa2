/**
 * `npm run bench:merge`: merging two edited copies of a 200-item pack (as
 * `briefing merge` does: merge the states, read the pack, validate, encode
 * the container), the same two merged into the pack open in the app (as
 * Bijdrage samenvoegen… does: the open pack's unsaved typing taken as an edit
 * first, each copy's changes and writers found for the report), and the size
 * the state adds to the .briefpack. Prints
 * JSON with medians; `--items N`, `--runs N`.
 */
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { mergeContributions } from '../core/collab/merge-contributions';
import { mergePackCopies } from '../core/collab/merge-packs';
import { stateForPack } from '../core/collab/pack-state';
import type { BriefingPack } from '../core/model/pack';
import { syntheticPack } from '../core/model/synthetic';
import { decodePack, encodePack } from '../core/pack/container';

const { values } = parseArgs({ options: { items: { type: 'string', default: '200' }, runs: { type: 'string', default: '10' } } });
const items = Number(values.items);
const runs = Math.max(5, Number(values.runs));

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function edited(pack: BriefingPack, change: (copy: BriefingPack) => void): BriefingPack {
  const copy = structuredClone(pack);
  change(copy);
  return copy;
}

// Read back from bytes, as the command line gets them (see bench/export.ts on concatenated strings).
const pack = decodePack(encodePack({ pack: syntheticPack(items), annexFiles: new Map() }, { withoutState: true }), 'bench').pack;
const base = stateForPack(pack, undefined);
const copies = [
  edited(pack, (copy) => copy.items.forEach((item, i) => i % 2 === 0 && (item.sections.kernboodschap![0]!.children as { text: string }[]).unshift({ text: `Anna ${i}. ` }))),
  edited(pack, (copy) => copy.items.forEach((item, i) => i % 3 === 0 && (item.title = `Bram ${i}`))),
].map((next, i) => ({ file: `copy-${i}`, contents: { pack: next, annexFiles: new Map<string, Uint8Array>(), state: stateForPack(next, base, `author ${i}`) } }));

const mergeMs: number[] = [];
for (let run = 0; run < runs + 3; run++) {
  const start = performance.now();
  const merged = mergePackCopies(copies);
  encodePack(merged.contents, { stateIsCurrent: true });
  if (run >= 3) mergeMs.push(performance.now() - start);
}

// The app's merge: the open pack (here with one unsaved edit) and the two copies, with the report.
const open = { contents: { pack: edited(pack, (copy) => (copy.items[5]!.title = 'Carla 5')), annexFiles: new Map<string, Uint8Array>() }, state: base, file: 'open', author: 'Carla' };
const appMergeMs: number[] = [];
for (let run = 0; run < runs + 3; run++) {
  const start = performance.now();
  mergeContributions(open, copies);
  if (run >= 3) appMergeMs.push(performance.now() - start);
}

const withState = encodePack({ pack, annexFiles: new Map(), state: base });
const withoutState = encodePack({ pack, annexFiles: new Map() }, { withoutState: true });
const json = JSON.stringify(pack, null, 1);
const zipped = (data: Uint8Array) => zipSync({ x: [data, { level: 9 }] }).length;
console.log(
  JSON.stringify(
    {
      items,
      runs,
      mergeTwoCopies: { medianMs: Math.round(median(mergeMs)), minMs: Math.round(Math.min(...mergeMs)), maxMs: Math.round(Math.max(...mergeMs)) },
      appMergeTwoCopies: { medianMs: Math.round(median(appMergeMs)), minMs: Math.round(Math.min(...appMergeMs)), maxMs: Math.round(Math.max(...appMergeMs)) },
      size: {
        packFileWithoutStateBytes: withoutState.length,
        packFileWithStateBytes: withState.length,
        stateAddsPercent: Math.round(((withState.length - withoutState.length) / withoutState.length) * 100),
        packJsonBytes: strToU8(json).length,
        stateBytes: base.length,
        stateDeflatedBytes: zipped(base),
      },
    },
    null,
    1,
  ),
);
