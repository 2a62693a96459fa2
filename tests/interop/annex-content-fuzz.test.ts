/**
 * The fuzzing finding behind issue 19: letters with damaged page content
 * imported (pdf.js reads past it), became the annex, and the exported pack
 * failed qpdf --check. Now such a letter is refused on import, and an annex
 * that is already in a pack is refused before it is appended.
 */
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { ExportAssets } from '../../core/export/assets';
import { UserError } from '../../core/i18n/errors';
import { importAgenda } from '../../core/import/import-letter';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { PROJECT_ROOT } from '../../host/paths';
import { readPdfPages } from '../../host/pdf-text';
import { loadTemplates } from '../../host/templates';
import { samplePack } from '../helpers/sample';
import { hasQpdf, pdfWithContent, qpdfCheck } from '../helpers/hostile-pdf';

let template: Template;
let assets: ExportAssets;
beforeAll(async () => {
  const { templates } = await loadTemplates(path.join(PROJECT_ROOT, 'templates'), null, 'en');
  template = templates.find((t) => t.id === 'nl-ministeriele-briefing')!;
  assets = await loadExportAssets(template, path.join(PROJECT_ROOT, 'assets'));
});

/** A two-page letter as pdf-lib writes it: deflated content streams, as most producers do. */
async function letterPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let n = 0; n < 2; n++) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    const line = (text: string, face = font, size = 10) => {
      page.drawText(text, { x: 70, y, size, font: face });
      y -= 28;
    };
    if (n === 0) line('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    if (n === 0) line('Den Haag, 31 januari 2025');
    line(n === 0 ? 'Afschrikking en verdediging' : 'Oekraine', bold, 12);
    for (let i = 0; i < 20; i++, y += 14) line(`Regel ${i} van pagina ${n + 1} over de agenda van de Raad.`);
  }
  return pdf.save();
}

/** Offsets of the bytes inside the file's streams (between "stream" and "endstream"). */
function streamBytes(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes).toString('latin1');
  const offsets: number[] = [];
  for (const match of text.matchAll(/stream\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    for (let i = start; i < end - 1; i++) offsets.push(i);
  }
  return offsets;
}

describe.skipIf(!hasQpdf)('letters with damaged page content (qpdf --check)', () => {
  it('never become an export that qpdf rejects: each is refused on import in one line, or exports cleanly', async () => {
    const letter = await letterPdf();
    const targets = streamBytes(letter);
    let seed = 19;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const outcomes = { refused: 0, exported: 0 };
    const rejected: string[] = [];
    for (let i = 0; i < 60; i++) {
      const bytes = letter.slice();
      for (let flips = 1 + random(3); flips > 0; flips--) bytes[targets[random(targets.length)]!] = random(256);
      let contents;
      try {
        ({ contents } = await importAgenda(bytes, `brief-${i}.pdf`, { readPdfPages }));
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).describe('nl')).toContain(`brief-${i}.pdf`);
        outcomes.refused++;
        continue;
      }
      const { bytes: pdf } = await exportPdfWithReport(contents, template, assets);
      const check = qpdfCheck(pdf);
      if (check.status !== 0) rejected.push(`brief-${i}.pdf: ${check.output.split('\n').find((l) => /WARNING|ERROR/.test(l))}`);
      outcomes.exported++;
    }
    expect(rejected).toEqual([]);
    // Both paths were taken: damaged letters refused, intact or harmlessly changed ones exported.
    expect(outcomes.refused).toBeGreaterThan(10);
    expect(outcomes.exported).toBeGreaterThan(2);
  });

  it('names the page when refusing a letter on import', async () => {
    const page = (title: string, last: string) => [
      { data: `BT /F1 12 Tf 70 780 Td (${title}) Tj ET BT /F1 10 Tf 70 750 Td (Nederland blijft Oekraine steunen in 2025.) Tj ET ${last}` },
    ];
    const letter = await pdfWithContent([page('Afschrikking en verdediging', ''), page('Oekraine', 'BT /F1 10 Tf 70 700 Td (De Minister van Defensie, Tj ET')]);
    const error = await importAgenda(letter, 'kamerbrief.pdf', { readPdfPages }).then(
      () => null,
      (e: unknown) => e as UserError,
    );
    expect(error?.code).toBe('import.pdf-damaged-page');
    expect(error?.params.page).toBe(2);
    expect(error?.describe('en')).toMatch(/^kamerbrief\.pdf is damaged: page 2 has content a strict PDF reader rejects/);
    expect(error?.describe('nl')).toMatch(/^kamerbrief\.pdf is beschadigd: pagina 2 /);
  });

  it('refuses a damaged annex already in a pack before appending it; --skip-bad-annexes leaves it out and the export passes', async () => {
    const letter = await letterPdf();
    const text = Buffer.from(letter).toString('latin1');
    const broken = letter.slice();
    const first = /stream\n/.exec(text.slice(text.indexOf('/Filter /FlateDecode')))!;
    const start = text.indexOf('/Filter /FlateDecode') + first.index + first[0].length;
    for (let i = 10; i < 30; i++) broken[start + i] = 0x41;
    const contents = samplePack();
    const annex = { id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: broken.length };
    const pack = { ...contents, pack: { ...contents.pack, annexes: [...contents.pack.annexes, annex] }, annexFiles: new Map([...contents.annexFiles, ['kaart', broken]]) };
    const refused = await exportPdfWithReport(pack, template, assets).then(
      () => null,
      (e: unknown) => e as UserError,
    );
    expect(refused?.code).toBe('export.bad-annex');
    expect(refused?.params).toMatchObject({ file: 'kaart.pdf', reason: 'damaged', annexId: 'kaart' });
    const report = await exportPdfWithReport(pack, template, assets, { skipBadAnnexes: true });
    expect(report.skipped.map((s) => s.error.params.file)).toEqual(['kaart.pdf']);
    expect(qpdfCheck(report.bytes).status).toBe(0);
  });
});
