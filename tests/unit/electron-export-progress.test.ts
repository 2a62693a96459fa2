/**
 * Main tells the window how far an export is (what it sends on EXPORT_PROGRESS_CHANNEL): the
 * document's id and a fraction that only rises, ending at 1 before the file is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPack } from '../../core/contract';
import { syntheticPack } from '../../core/model/synthetic';
import { mainApp, value } from '../helpers/main-app';
import { works } from '../helpers/tools';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-export-progress-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('export progress from main', () => {
  it('rises to 1 for the document being exported, and the PDF is whole', async () => {
    const main = mainApp(dir);
    const { documentId } = value(await main.call('openSample', [])) as OpenedPack;
    const file = main.saveTo(path.join(dir, 'groot.pdf'));
    const pack = { ...syntheticPack(60), id: 'groot' };
    value(await main.call('exportPack', [documentId, pack, 'pdf', 'nl-ministeriele-briefing', { skipBadAnnexes: [] }]));
    const fractions = main.progress.map((told) => told.fraction);
    expect(new Set(main.progress.map((told) => told.documentId))).toEqual(new Set([documentId]));
    expect(fractions.length).toBeGreaterThan(2);
    fractions.forEach((fraction, i) => expect(fraction).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0));
    expect(fractions.at(-1)).toBe(1);
    if (works('pdftotext')) expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(pack.items.at(-1)!.title);
  });
});
