/**
 * The Yjs state in the .briefpack (state.yjs beside pack.json): written on
 * save, old packs open unchanged, a pack.json changed by another tool becomes
 * an edit on top, and a damaged or foreign state falls back to pack.json.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docFromState, mergeStates } from '../../core/collab/pack-state';
import { packFromDoc } from '../../core/collab/pack-doc';
import { decodePack, encodePack } from '../../core/pack/container';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';
import { PROJECT_ROOT } from '../../host/paths';

const pack = syntheticPack(3);

function withEntries(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}

function edited(base: BriefingPack, change: (copy: BriefingPack) => void): BriefingPack {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('state in the pack container', () => {
  it('writes the state beside pack.json, and reads back the same pack with it', () => {
    const bytes = encodePack({ pack, annexFiles: new Map() });
    expect(Object.keys(unzipSync(bytes))).toEqual(expect.arrayContaining(['pack.json', 'state.yjs', 'state.json']));
    const read = decodePack(bytes, 'p.briefpack');
    expect(read.warnings).toEqual([]);
    expect(read.pack).toStrictEqual(pack);
    expect(packFromDoc(docFromState(read.state!))).toStrictEqual(pack);
  });

  it('opens a pack saved before states existed unchanged, without a state', () => {
    const old = encodePack({ pack, annexFiles: new Map() }, { withoutState: true });
    expect(Object.keys(unzipSync(old))).not.toContain('state.yjs');
    const read = decodePack(old, 'old.briefpack');
    expect(read.pack).toStrictEqual(pack);
    expect(read.state).toBeUndefined();
    expect(read.warnings).toEqual([]);
  });

  it('takes a pack.json changed by another tool as an edit on top of the stored state', () => {
    const saved = encodePack({ pack, annexFiles: new Map() });
    const repaired = edited(pack, (copy) => (copy.items[1]!.title = 'Hersteld door een script'));
    const bytes = withEntries(saved, (entries) => (entries['pack.json'] = strToU8(JSON.stringify(repaired))));
    const read = decodePack(bytes, 'p.briefpack');
    expect(read.pack).toStrictEqual(repaired);
    expect(read.warnings!.map((w) => w.code)).toEqual(['pack.changed-outside']);
    // The state holds the script's change, and still merges with a copy edited in the app from the old state.
    const inApp = decodePack(encodePack({ ...decodePack(saved, 'p'), pack: edited(pack, (copy) => (copy.items[0]!.title = 'In de app')) }), 'p');
    const merged = packFromDoc(docFromState(mergeStates([read.state!, inApp.state!])));
    expect(merged.items.map((item) => item.title)).toEqual(['In de app', 'Hersteld door een script', pack.items[2]!.title]);
  });

  it.each([
    ['cut short', (state: Uint8Array) => state.slice(0, Math.floor(state.length / 2))],
    ['garbage', () => new Uint8Array([1, 2, 3, 250, 251, 252, 7, 7, 7])],
    ['empty', () => new Uint8Array()],
  ])('falls back to pack.json with one warning for a state that is %s', (_name, damage) => {
    const bytes = withEntries(encodePack({ pack, annexFiles: new Map() }), (entries) => (entries['state.yjs'] = damage(entries['state.yjs']!)));
    const read = decodePack(bytes, 'p.briefpack');
    expect(read.pack).toStrictEqual(pack);
    expect(read.state).toBeUndefined();
    expect(read.warnings!.map((w) => w.describe('en'))).toEqual([expect.stringMatching(/^p\.briefpack: its editing history \(state\.yjs\) is damaged; opened from pack\.json/)]);
  });

  it('falls back to pack.json for the state of another pack', () => {
    const other = encodePack({ pack: { ...pack, id: 'another-pack' }, annexFiles: new Map() });
    const bytes = withEntries(encodePack({ pack, annexFiles: new Map() }), (entries) => (entries['state.yjs'] = unzipSync(other)['state.yjs']!));
    const read = decodePack(bytes, 'p.briefpack');
    expect(read.pack).toStrictEqual(pack);
    expect(read.warnings!.map((w) => w.code)).toEqual(['pack.state-foreign']);
    expect(read.warnings![0]!.describe('nl')).toMatch(/hoort bij een ander pakket \(another-pack\)/);
  });
});

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');

async function briefing(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('briefing merge', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
  const file = (name: string) => path.join(dir, name);
  const base = encodePack({ pack, annexFiles: new Map() });
  const opened = decodePack(base, 'base');
  const save = (name: string, next: BriefingPack, author: string) =>
    writeFileSync(file(name), encodePack({ ...opened, pack: next }, { author }));
  save('anna.briefpack', edited(pack, (copy) => (copy.items[0]!.sections.kernboodschap = [{ type: 'paragraph', children: [{ text: 'Anna schreef de kern.' }] }])), 'Anna');
  save('bram.briefpack', edited(pack, (copy) => {
    copy.items[2]!.title = 'Bram hernoemde dit';
    copy.items[0]!.status = 'approved';
  }), 'Bram');

  it('merges copies edited apart, says what changed per item, and does not depend on the order', async () => {
    const first = await briefing(['merge', file('anna.briefpack'), file('bram.briefpack'), '-o', file('ab.briefpack')]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Compared with ${file('anna.briefpack')}:`);
    expect(first.stdout).toMatch(/~ Bram hernoemde dit: renamed from "Agendapunt 3/);
    expect(first.stdout).toMatch(/~ Agendapunt 1: .*: status/);
    expect(first.stdout).toContain('Written by: Anna, Bram');
    const second = await briefing(['merge', file('bram.briefpack'), file('anna.briefpack'), '-o', file('ba.briefpack')]);
    expect(second.code).toBe(0);
    const ab = decodePack(new Uint8Array(readFileSync(file('ab.briefpack'))), 'ab');
    const ba = decodePack(new Uint8Array(readFileSync(file('ba.briefpack'))), 'ba');
    expect(ab.warnings).toEqual([]);
    expect(ab.pack).toStrictEqual(ba.pack);
    expect(plainLines(ab.pack.items[0]!.sections.kernboodschap!)).toEqual(['Anna schreef de kern.']);
    expect(ab.pack.items[0]!.status).toBe('approved');
    expect(ab.pack.items[2]!.title).toBe('Bram hernoemde dit');
  });

  it('refuses a copy of another pack with one line, and writes nothing', async () => {
    writeFileSync(file('other.briefpack'), encodePack({ pack: { ...pack, id: 'another-pack' }, annexFiles: new Map() }));
    const result = await briefing(['merge', file('anna.briefpack'), file('other.briefpack'), '-o', file('x.briefpack')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `briefing: ${file('other.briefpack')} is not a copy of ${file('anna.briefpack')}: it is another pack (id another-pack, not synthetic-3); only copies of the same pack can be merged.`,
    ]);
    expect(() => readFileSync(file('x.briefpack'))).toThrow();
  });
});
