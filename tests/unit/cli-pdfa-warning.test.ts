/**
 * Issue 15: briefing export says in one line on stderr why a PDF with an
 * appended annex does not claim PDF/A, and still writes the PDF.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, it } from 'vitest';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { samplePack } from '../helpers/sample';

const run = promisify(execFile);

it('briefing export names the annex that keeps the PDF from claiming PDF/A, in one warning line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-pdfa-'));
  const annexDoc = await PDFDocument.create();
  const font = await annexDoc.embedFont(StandardFonts.Helvetica);
  annexDoc.addPage([595.28, 841.89]).drawText('Kaartblad', { x: 40, y: 700, size: 11, font });
  const annex = await annexDoc.save();
  const sample = samplePack();
  const pack = { ...sample.pack, annexes: [{ id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: annex.length }] };
  const file = path.join(dir, 'pack.briefpack');
  writeFileSync(file, encodePack({ ...sample, pack, annexFiles: new Map([['kaart', annex]]) }));
  const out = path.join(dir, 'pack.pdf');
  const { stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'briefing.mjs'), 'export', file, '--format', 'pdf', '-o', out], {
    env: { ...process.env, LANG: 'nl_NL.UTF-8' },
  });
  expect(stderr.trim().split('\n').filter((line) => line.includes('PDF/A'))).toEqual([
    'briefing: De PDF wordt niet als PDF/A (archiefformaat) gemerkt: bijlage kaart.pdf gebruikt een lettertype dat niet is ingesloten op pagina 1.',
  ]);
  expect(existsSync(out)).toBe(true);
});
