/** The command line exports a pack with pictures, and refuses one whose picture has no alt text in one line, writing nothing. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkPicture, mediaId } from '../../core/media/picture-check';
import type { BriefingPack } from '../../core/model/pack';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { pngPicture } from '../helpers/pictures';
import { samplePack } from '../helpers/sample';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');

async function briefing(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

async function packFile(dir: string, alt: string): Promise<string> {
  const png = pngPicture(60, 30);
  const id = await mediaId(png);
  const contents = samplePack();
  const pack: BriefingPack = structuredClone(contents.pack);
  pack.items[0]!.sections.doel = [{ type: 'figure', media: id, alt, caption: 'Kaart', width: 0.5, children: [{ text: '' }] }];
  pack.media = [{ id, ...checkPicture(png, 'kaart.png') }];
  const file = path.join(dir, `${alt ? 'met' : 'zonder'}-alt.briefpack`);
  writeFileSync(file, encodePack({ ...contents, pack, mediaFiles: new Map([[id, png]]) }));
  return file;
}

describe('briefing export with pictures', () => {
  it('writes the PDF when every picture has alt text, and refuses in one line naming item and section when one has none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefing-cli-figures-'));
    const ok = await briefing(['export', await packFile(dir, 'Kaart van de Oostzee'), '--format', 'pdf', '-o', path.join(dir, 'ok.pdf')]);
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(dir, 'ok.pdf'))).toBe(true);
    const out = path.join(dir, 'refused.docx');
    const refused = await briefing(['export', await packFile(dir, ''), '--format', 'docx', '-o', out]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/Cannot export: a picture in item ".+", section "Doel" has no alternative text/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
