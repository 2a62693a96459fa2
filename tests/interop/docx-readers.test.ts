/**
 * Independent readers open the exported DOCX: pandoc, python-docx and
 * LibreOffice (via PDF and pdftotext). Each suite skips, saying why, when its
 * program is not installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { exportPack } from '../helpers/docx';
import { hasLibreOffice, hasPandoc, pythonWithDocx } from '../helpers/tools';

const python = pythonWithDocx;

const MARKING = 'DEPARTEMENTAAL VERTROUWELIJK';

function readerPack(): BriefingPack {
  const pack = syntheticPack(4);
  pack.items[1] = { ...pack.items[1]!, title: 'Steun aan Oekraïne: coördinatie, € 1,4 miljoen en «to prevent war»' };
  return pack;
}

describe('DOCX opened by independent readers', () => {
  const pack = readerPack();
  const titles = pack.items.map((item) => item.title);
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'docx-readers-'));
    file = path.join(dir, 'pack.docx');
    writeFileSync(file, await exportPack(pack));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.skipIf(!hasPandoc)('pandoc (skipped when pandoc is not installed)', () => {
    it('finds the item titles as level-1 headings, in order, with footnotes and links', () => {
      const json = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', file], { encoding: 'utf8' })) as {
        blocks: { t: string; c: unknown }[];
      };
      const headers = json.blocks
        .filter((block) => block.t === 'Header' && (block.c as [number])[0] === 1)
        .map((block) => execFileSync('pandoc', ['-f', 'json', '-t', 'plain', '--wrap=none'], {
          input: JSON.stringify({ ...json, blocks: [block] }),
          encoding: 'utf8',
        }).trim());
      expect(headers).toEqual(titles);

      const plain = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
      expect(plain).toContain('Kamerstuk 28 676, nr. 400.');
      expect(JSON.stringify(json)).toContain('https://www.nato.int/');
    }, 60_000);
  });

  describe.skipIf(!python)('python-docx (skipped when python3 with python-docx is not installed)', () => {
    it('finds a Heading 1 paragraph for every item and the marking in the headers', () => {
      const script = [
        'import docx, json, sys',
        'd = docx.Document(sys.argv[1])',
        's = d.sections[0]',
        'print(json.dumps({',
        '  "paragraphs": [[p.style.name if p.style is not None else None, p.text] for p in d.paragraphs],',
        '  "firstPage": s.different_first_page_header_footer,',
        '  "header": "\\n".join(p.text for p in s.header.paragraphs),',
        '  "firstHeader": "\\n".join(p.text for p in s.first_page_header.paragraphs),',
        '  "footer": "\\n".join(p.text for p in s.footer.paragraphs),',
        '  "title": d.core_properties.title,',
        '}))',
      ].join('\n');
      const result = JSON.parse(execFileSync(python!, ['-c', script, file], { encoding: 'utf8' })) as {
        paragraphs: [string | null, string][];
        firstPage: boolean;
        header: string;
        firstHeader: string;
        footer: string;
        title: string;
      };
      const headings = result.paragraphs.filter(([style]) => style === 'Heading 1').map(([, text]) => text);
      expect(headings).toEqual(titles);
      expect(result.paragraphs.filter(([style]) => style === 'Heading 2').length).toBeGreaterThanOrEqual(titles.length * 3);
      expect(result.paragraphs.some(([style]) => style === 'List Number')).toBe(true);
      expect(result.paragraphs.some(([style]) => style === 'Quote')).toBe(true);
      expect(result.firstPage).toBe(true);
      expect(result.header).toContain(MARKING);
      expect(result.firstHeader).toContain(MARKING);
      expect(result.footer).toContain(MARKING);
      expect(result.title).toBe('Briefingmap: Bijeenkomst van de NAVO-ministers van Defensie (DMM)');
    }, 60_000);
  });

  describe.skipIf(!hasLibreOffice)('LibreOffice to PDF (skipped when soffice or pdftotext is not installed)', () => {
    it('converts it; every page carries the marking and every item title is in the text', () => {
      // A private profile, so parallel runs and a running LibreOffice do not clash.
      const profile = path.join(dir, 'lo-profile');
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { stdio: 'ignore', timeout: 170_000 },
      );
      const pdf = path.join(dir, 'pack.pdf');
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      // Cover, contents, and at least one page per item.
      expect(pages.length).toBeGreaterThanOrEqual(titles.length + 2);
      pages.forEach((page, index) => {
        expect(page, `page ${index + 1}`).toContain(MARKING);
        // Top and bottom: the marking appears twice on each page.
        expect(page.split(MARKING).length - 1, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      });
      const flat = text.replace(/\s+/g, ' ');
      for (const title of titles) expect(flat).toContain(title);
      // PAGE / NUMPAGES fields are evaluated by the reader.
      expect(flat).toContain(`DMM · pagina 2 van ${pages.length}`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }, 180_000);

    it('converts it to ODT with every footnote holding its text', () => {
      const profile = path.join(dir, 'lo-profile');
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'odt', '--outdir', dir, file], {
        stdio: 'ignore',
        timeout: 170_000,
      });
      const content = strFromU8(unzipSync(readFileSync(path.join(dir, 'pack.odt')), { filter: (entry) => entry.name === 'content.xml' })['content.xml']!);
      const bodies = [...content.matchAll(/<text:note-body>(.*?)<\/text:note-body>/gs)].map(([, body]) => plainXmlText(body!));
      const notes = packFootnotes(pack);
      expect(notes.length).toBeGreaterThan(0);
      expect(bodies).toHaveLength(notes.length);
      expect(bodies).toEqual(notes);
    }, 180_000);
  });
});

/** The footnotes' texts in document order: the introduction, then each item's sections as exported. */
function packFootnotes(pack: BriefingPack): string[] {
  const notes: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const element = node as { type?: string; note?: string; children?: unknown[] };
    if (element.type === 'footnote') notes.push(element.note!.replace(/\s+/g, ' ').trim());
    element.children?.forEach(walk);
  };
  pack.introduction.forEach(walk);
  for (const item of pack.items) {
    item.source.forEach(walk);
    for (const section of Object.values(item.sections)) section.forEach(walk);
  }
  return notes;
}

/** An ODF fragment's text: tags dropped, <text:s/> as a space, entities decoded. */
function plainXmlText(xml: string): string {
  return xml
    .replace(/<text:s\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
