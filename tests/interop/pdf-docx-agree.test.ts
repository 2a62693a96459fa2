/**
 * The PDF and the DOCX of one pack are the same document, read by readers
 * nobody here wrote: the contents (poppler's structure text against pandoc's
 * reading of the DOCX), the author (pdfinfo against python-docx), the footer
 * (pdftotext against python-docx), list markers at every level and the
 * numbering of notes (pdftotext of our PDF against pdftotext of LibreOffice's
 * PDF of the DOCX), and the DOCX's own parts (no updateFields; app.xml with
 * the application and the PDF's page count). Every built-in template.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportFonts, part, unzipDocx } from '../helpers/docx';
import { hasLibreOffice, hasPandoc, installed, pythonWithDocx } from '../helpers/tools';

/** Three levels of bullets and of numbers, each item's text naming its place. */
const DEEP_LISTS: RichText = (['bulleted-list', 'numbered-list'] as const).map((type) => ({
  type,
  children: [
    { type: 'list-item' as const, children: [{ text: `${type} niveau een` }] },
    {
      type,
      children: [
        { type: 'list-item' as const, children: [{ text: `${type} niveau twee` }] },
        { type, children: [{ type: 'list-item' as const, children: [{ text: `${type} niveau drie` }] }] },
      ],
    },
  ],
}));

function packFor(templateId: string): BriefingPack {
  const template = builtInTemplate(templateId);
  const pack = syntheticPack(3);
  const [first, second] = template.sections.map((s) => s.key);
  return {
    ...pack,
    templateId,
    items: pack.items.map((item, i) => ({
      ...item,
      sections: { [first!]: [...item.sections.kernboodschap!, ...(i === 0 ? DEEP_LISTS : [])], [second!]: item.sections.spreekpunten! },
    })),
    // A Word annex: listed in both, appended to neither, so both have the same pages.
    annexes: [{ id: 'notitie', title: 'Notitie', fileName: 'notitie.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 4 }],
  };
}

const python = (script: string, file: string): string => execFileSync(pythonWithDocx!, ['-c', script, file], { encoding: 'utf8' });
const pdftotext = (file: string, ...args: string[]): string => execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' });

/** The marker printed before each list item of DEEP_LISTS, by the item's text (with its paragraph marking, "(R) ", where the template prints one). */
function listMarkers(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, marker, item] of text.matchAll(/^\s*(\S+)\s+((?:\([^)\n]+\)\s+)?(?:bulleted|numbered)-list niveau \S+)/gm)) out[item!.replace(/\s+/g, ' ')] = marker!;
  return out;
}

/** Each note's marker, by its text ("Kamerstuk 28 676, nr. 400."), in the order they are printed. */
function noteMarkers(text: string): [string, string][] {
  return [...text.matchAll(/(\S+)\s+(Kamerstuk 28 676, nr\. \d+\.)/g)].map((m) => [m[2]!, m[1]!]);
}

describe.each(BUILT_IN_TEMPLATE_IDS)('the PDF and the DOCX of %s', (id) => {
  const template = builtInTemplate(id);
  const pack = packFor(id);
  const dir = mkdtempSync(path.join(tmpdir(), `agree-${id}-`));
  const pdfFile = path.join(dir, 'pack.pdf');
  const docxFile = path.join(dir, 'pack.docx');
  let docxParts: Record<string, string>;
  beforeAll(async () => {
    const assets = await exportFonts(template);
    const annexFiles = new Map([['notitie', new Uint8Array([0x50, 0x4b, 3, 4])]]);
    writeFileSync(pdfFile, (await exportPdfWithReport({ pack, annexFiles }, template, assets)).bytes);
    const docx = await exportDocx({ pack, annexFiles }, template, assets);
    writeFileSync(docxFile, docx);
    docxParts = unzipDocx(docx);
  });

  it.skipIf(!installed('pdfinfo') || !hasPandoc || !template.tableOfContents)('list the same contents: titles, order and page numbers (poppler, pandoc)', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', pdfFile], { encoding: 'utf8' });
    const inPdf = [...tree.matchAll(/^\s+TOCI\n\s+Link \(inline\)\n\s+"(.*)"$/gm)].map((m) => m[1]!);
    // pandoc reads each contents entry as a paragraph that is one link to the heading's bookmark.
    const blocks = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', docxFile], { encoding: 'utf8' })).blocks as { t: string; c: unknown }[];
    const plain = (inlines: { t: string; c?: unknown }[]): string =>
      inlines.map((i) => (i.t === 'Str' ? (i.c as string) : i.t === 'Space' ? ' ' : i.t === 'Link' ? plain((i.c as unknown[])[1] as { t: string }[]) : '')).join('');
    const inDocx = blocks
      .filter((b) => b.t === 'Para' && (b.c as { t: string }[]).length === 1 && (b.c as { t: string }[])[0]!.t === 'Link')
      .map((b) => plain(b.c as { t: string }[]).replace(/\s+/g, ' ').trim());
    expect(inPdf).toEqual(expect.arrayContaining([expect.stringMatching(/^Inleiding|^Introduction/), expect.stringMatching(/^Bijlagen \d+$|^Annexes \d+$/)]));
    expect(inDocx).toEqual(inPdf);
  });

  it.skipIf(!installed('pdfinfo') || !pythonWithDocx)('name the same author (pdfinfo, python-docx)', () => {
    const author = /^Author:\s+(.*)$/m.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1];
    expect(author).toBe(pack.letter.signatory.role);
    expect(python('import docx,sys; print(docx.Document(sys.argv[1]).core_properties.author)', docxFile).trim()).toBe(author);
  });

  it.skipIf(!installed('pdftotext') || !pythonWithDocx)('print the same footer on the pages after the cover (pdftotext, python-docx)', () => {
    const pdfPage = pdftotext(pdfFile, '-f', '3', '-l', '3').trim().split('\n');
    // The footer's text without the page numbers Word fills in; the marking is the last line in both.
    const normal = (line: string): string => line.replace(/\d+/g, '').replace(/\s+/g, ' ').trim();
    const footer = python(
      'import docx,sys\nfor p in docx.Document(sys.argv[1]).sections[0].footer.paragraphs:\n  print(p.text)',
      docxFile,
    )
      .split('\n')
      .map(normal)
      .filter(Boolean);
    const pdfFooter = pdfPage.slice(-footer.length - 2).map(normal).filter(Boolean).slice(-footer.length);
    expect(footer.length).toBeGreaterThan(0);
    expect(pdfFooter).toEqual(footer);
  });

  it.skipIf(!installed('pdfinfo'))('leave Word nothing to update on open, and tell the application and the page count (unzip)', () => {
    expect(part(docxParts, 'word/settings.xml')).not.toContain('updateFields');
    const pages = /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1];
    const app = part(docxParts, 'docProps/app.xml');
    expect(app).toContain('<Application>Briefing Composer</Application>');
    expect(app).toContain(`<Pages>${pages}</Pages>`);
  });

  describe.skipIf(!hasLibreOffice)('set in LibreOffice', () => {
    let libreText: string;
    beforeAll(() => {
      const profile = path.join(dir, 'lo-profile');
      const outdir = path.join(dir, 'lo');
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, docxFile], { stdio: 'ignore', timeout: 170_000 });
      libreText = pdftotext(path.join(outdir, 'pack.pdf'), '-layout');
    }, 180_000);

    it('mark list items with the same bullets and numbers at levels 1, 2 and 3', () => {
      const ours = listMarkers(pdftotext(pdfFile, '-layout'));
      expect(Object.keys(ours)).toHaveLength(6);
      expect(listMarkers(libreText)).toEqual(ours);
    });

    it('number the notes alike', () => {
      const ours = noteMarkers(pdftotext(pdfFile, '-layout'));
      expect(ours).toHaveLength(pack.items.length * 2);
      // LibreOffice gathers endnotes at the end of the document, where Word and the PDF put them after each item: compare by note.
      expect(new Map(noteMarkers(libreText))).toEqual(new Map(ours));
    });
  });
});
