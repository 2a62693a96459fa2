/**
 * Issue 16: security rules put the pack's marking at the top and the bottom
 * of every page. A pack marked at one level with one item a level higher is
 * exported with each built-in template to PDF (with an appended PDF annex
 * of another page size) and to DOCX (converted by LibreOffice), and poppler
 * reads the top and bottom band of every page: the margins, where nothing
 * but the page furniture is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { PAGE_SIZES } from '../../core/export/pdf/geometry';
import { classificationMarking, type Classification } from '../../core/model/classification';
import type { MarkingSystem } from '../../core/model/markings';
import type { BriefingPack } from '../../core/model/pack';
import type { Template } from '../../core/template/schema';
import { annotatedSample, BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportFonts, exportPack } from '../helpers/docx';
import { hasLibreOffice, works } from '../helpers/tools';

const hasPoppler = works('pdftotext') && works('pdfinfo');
const ANNEX_TEXT = 'KAARTBLAD NOORD';

interface MarkedCase {
  name: string;
  template: Template;
  pack: BriefingPack;
  /** The pack's marking: its highest level. */
  marking: string;
  /** The caveat printed under every marking, or ''. */
  caveat: string;
  /** Items whose heading must carry their own level, and that level's marking. */
  headings: { title: string; marking: string }[];
}

/** Marked restricted, its first item restricted and its second one level higher. */
function markedCase(templateId: string, system: MarkingSystem, caveat = ''): MarkedCase {
  const template = builtInTemplate(templateId);
  const sample = annotatedSample(template);
  const levels: Classification[] = ['restricted', 'confidential'];
  const items = sample.items.map((item, i) => ({ ...item, classification: levels[i] ?? 'unclassified' }));
  const pack: BriefingPack = {
    ...sample,
    classification: 'restricted',
    ...(system !== 'national' && { markingSystem: system }),
    ...(caveat && { markingCaveat: caveat }),
    items,
    annexes: [...sample.annexes, { id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: 0 }],
  };
  const marking = (level: Classification) => classificationMarking(level, template.language, system);
  return {
    name: `${templateId}-${system}`,
    template,
    pack,
    marking: marking('confidential'),
    caveat,
    headings: items.slice(0, 2).map((item) => ({ title: item.title, marking: marking(item.classification) })),
  };
}

// Existing packs name no system and are marked in the national one; a NATO pack with a releasability caveat.
const cases = [...BUILT_IN_TEMPLATE_IDS.map((id) => markedCase(id, 'national')), ...BUILT_IN_TEMPLATE_IDS.map((id) => markedCase(id, 'nato', 'REL TO NLD, NATO'))];

/** A two-page annex in US Letter, its text mid-page: the stamp is scaled to a page size not the pack's. */
async function annexPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 2; i++) doc.addPage([612, 792]).drawText(`${ANNEX_TEXT} ${i + 1}`, { x: 100, y: 400, size: 20, font });
  return doc.save();
}

let dir: string;
const file = (c: MarkedCase, suffix: string) => path.join(dir, `${c.name}${suffix}`);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface PageBands {
  top: string;
  bottom: string;
  all: string;
}

/** Each page's top and bottom margin as poppler reads them, the margins scaled to the page's own size. */
function readBands(pdf: string, template: Template): PageBands[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const packHeight = PAGE_SIZES[template.page.size].height;
  const { top, bottom } = template.page.margins;
  const text = (page: number, y: number, h: number, w: number) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), '-x', '0', '-y', String(Math.floor(y)), '-W', String(Math.ceil(w)), '-H', String(Math.ceil(h)), pdf, '-'], {
      encoding: 'utf8',
    });
  return sizes.map(({ width, height }, i) => {
    const scale = height / packHeight;
    return {
      top: clean(text(i + 1, 0, top * scale, width)),
      bottom: clean(text(i + 1, height - bottom * scale, bottom * scale, width)),
      all: clean(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })),
    };
  });
}

/** The footer with its numbers taken out, so two renderings that paginate differently compare. */
function footerShape(bottom: string): string {
  return bottom.replace(/\d+/g, '#');
}

const read: Record<string, { pdf: PageBands[]; docx: PageBands[] }> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'marking-every-page-'));
  const annex = await annexPdf();
  for (const c of cases) {
    const annexFiles = new Map([...c.pack.annexes.filter((a) => a.id !== 'kaart').map((a) => [a.id, new Uint8Array(a.size)] as const), ['kaart', annex] as const]);
    const pack = { ...c.pack, annexes: c.pack.annexes.map((a) => (a.id === 'kaart' ? { ...a, size: annex.length } : a)) };
    const pdf = await exportPdfWithReport({ pack, annexFiles }, c.template, await exportFonts(c.template));
    writeFileSync(file(c, '.pdf'), pdf.bytes);
    writeFileSync(file(c, '-word.docx'), await exportPack(pack, c.template));
  }
  if (hasLibreOffice) {
    // One run for all files; a private profile so parallel runs and a running LibreOffice do not clash.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...cases.map((c) => file(c, '-word.docx'))],
      { stdio: 'ignore', timeout: 240_000 },
    );
  }
  for (const c of cases) {
    read[c.name] = {
      pdf: hasPoppler ? readBands(file(c, '.pdf'), c.template) : [],
      docx: hasPoppler && hasLibreOffice ? readBands(file(c, '-word.pdf'), c.template) : [],
    };
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasPoppler)('the PDF: the marking at the top and bottom of every page (poppler)', () => {
  it.each(cases)('$name: every page, cover, contents, annex list and appended annex pages included', ({ name, marking, caveat, template }) => {
    const pages = read[name]!.pdf;
    const annexPages = pages.filter((page) => page.all.includes(ANNEX_TEXT));
    expect(annexPages).toHaveLength(2);
    if (template.tableOfContents) expect(pages.some((page) => page.all.startsWith(`${page.top} ${template.labels.contents}`))).toBe(true);
    expect(pages.some((page) => page.all.startsWith(`${page.top} ${template.labels.annexes}`))).toBe(true);
    pages.forEach((page, i) => {
      expect(page.top, `page ${i + 1} top`).toContain(`${marking}${caveat && ` ${caveat}`}`);
      expect(page.bottom, `page ${i + 1} bottom`).toMatch(new RegExp(`${escape(marking)}${caveat && ` ${escape(caveat)}`}$`));
    });
  });
});

describe.skipIf(!hasPoppler || !hasLibreOffice)('the DOCX as LibreOffice prints it: the same furniture as the PDF', () => {
  it.each(cases)('$name: the marking at the top and bottom of every page, cover, contents and annex list included', ({ name, marking, caveat, template }) => {
    const pages = read[name]!.docx;
    expect(pages.length).toBeGreaterThan(2);
    if (template.tableOfContents) expect(pages.some((page) => page.all.startsWith(`${page.top} ${template.labels.contents}`))).toBe(true);
    expect(pages.some((page) => page.all.startsWith(`${page.top} ${template.labels.annexes}`))).toBe(true);
    pages.forEach((page, i) => {
      expect(page.top, `page ${i + 1} top`).toContain(`${marking}${caveat && ` ${caveat}`}`);
      expect(page.bottom, `page ${i + 1} bottom`).toMatch(new RegExp(`${escape(marking)}${caveat && ` ${escape(caveat)}`}$`));
    });
  });

  it.each(cases)('$name: the same header and footer text, in the same order, as the PDF', ({ name, marking, caveat }) => {
    const { pdf, docx } = read[name]!;
    // The cover carries the marking only (and the caveat under it), top and bottom.
    const alone = caveat ? `${marking} ${caveat}` : marking;
    for (const pages of [pdf, docx]) expect([pages[0]!.top, pages[0]!.bottom]).toEqual([alone, alone]);
    const shapes = (pages: PageBands[]) => new Set(pages.slice(1).map((page) => `${page.top} | ${footerShape(page.bottom)}`));
    expect([...shapes(docx)]).toEqual([...shapes(pdf)]);
    // The footer line first, the marking under it.
    expect([...shapes(pdf)][0]).toMatch(new RegExp(`^${escape(alone)} \\| .*# .*${escape(alone)}$`));
  });

  it.each(cases)("$name: each item's own level under its heading, in both formats", ({ name, headings }) => {
    const { pdf, docx } = read[name]!;
    for (const [format, pages] of Object.entries({ pdf, docx })) {
      for (const { title, marking } of headings) {
        expect(
          pages.some((page) => new RegExp(`${escape(title)} ${escape(marking)}`).test(page.all)),
          `${format}: ${title} followed by ${marking}`,
        ).toBe(true);
      }
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
