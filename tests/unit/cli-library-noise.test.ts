/**
 * What the libraries print for themselves does not reach the person: pdf-lib
 * warns "Removing parsed object: 0 0 R" on the console when a PDF holds an
 * object numbered 0, which would be a second line under the command's own.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../host/paths';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'briefing.mjs');
let letter = '';

/** A letter whose PDF has an object 0 0 obj that pdf-lib removes with a console warning. */
async function letterWithObjectZero(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  ['Geannoteerde agenda', '', 'Afschrikking en verdediging', 'De ministers spreken over de afschrikking.'].forEach((line, i) =>
    page.drawText(line, { x: 50, y: 780 - i * 20, size: 11, font }),
  );
  const text = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  const at = text.indexOf('1 0 obj');
  return Buffer.from(`${text.slice(0, at)}0 0 obj\n<< /Junk true >>\nendobj\n${text.slice(at)}`, 'latin1');
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-noise-'));
  letter = path.join(dir, 'letter.pdf');
  writeFileSync(letter, await letterWithObjectZero());
});

describe('the command line', () => {
  it('prints nothing of pdf-lib\'s own on importing a PDF it warns about', async () => {
    const { stderr, stdout } = await run(process.execPath, [BIN, 'import', letter, '--json'], { env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    expect(JSON.parse(stdout).items.length).toBeGreaterThan(0);
    expect(stderr).toBe('');
  });

  it('keeps them with BRIEFING_DEBUG=1, for whoever looks into a file', async () => {
    const { stderr } = await run(process.execPath, [BIN, 'import', letter, '--json'], { env: { ...process.env, LANG: 'en_GB.UTF-8', BRIEFING_DEBUG: '1' } });
    expect(stderr).toContain('Removing parsed object: 0 0 R');
  });
});
