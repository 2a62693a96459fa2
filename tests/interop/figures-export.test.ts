/**
 * Pictures in the exports, read back by readers nobody here wrote: poppler's
 * pdfimages (the image at the size the column gives it), pdf.js (a Figure
 * with its Alt, its Caption), python-docx (inline shapes with their
 * descriptions, the caption in the Caption style). And the refusal of a
 * picture without alternative text, in both formats.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport, fontFileMetrics, layoutPack } from '../../core/export/pdf/index';
import { pageGeometry } from '../../core/export/pdf/geometry';
import type { Box, ImageBox } from '../../core/export/pdf/boxes';
import { UserError } from '../../core/i18n/errors';
import { checkPicture, mediaId } from '../../core/media/picture-check';
import type { BriefingPack, MediaMeta } from '../../core/model/pack';
import type { FigureElement } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import type { PackContents } from '../../core/pack/container';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { jpegPicture, pngPicture } from '../helpers/pictures';
import { installed, pythonWithDocx } from '../helpers/tools';

const TEMPLATE_ID = 'nl-ministeriele-briefing';
const template: Template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE_ID}/template.json`, 'utf8')), TEMPLATE_ID);
const geometry = pageGeometry(template);

async function meta(bytes: Uint8Array, name: string): Promise<MediaMeta> {
  return { id: await mediaId(bytes), ...checkPicture(bytes, name) };
}

function figure(media: string, alt: string, caption: string, width: number): FigureElement {
  return { type: 'figure', media, alt, caption, width, children: [{ text: '' }] };
}

const png = pngPicture(400, 200);
const jpeg = jpegPicture();
const tall = pngPicture(50, 1000);
let contents: PackContents;
let ids: { png: string; jpeg: string; tall: string };

beforeAll(async () => {
  const media = [await meta(png, 'kaart.png'), await meta(jpeg, 'foto.jpg'), await meta(tall, 'lang.png')];
  ids = { png: media[0]!.id, jpeg: media[1]!.id, tall: media[2]!.id };
  const pack: BriefingPack = structuredClone(syntheticPack(3));
  pack.items[0]!.sections.doel = [
    { type: 'paragraph', children: [{ text: 'Voor de kaart.' }] },
    figure(ids.png, 'Kaart van de Oostzee met de marinebases', 'Figuur 1. De Oostzee', 0.5),
    { type: 'paragraph', children: [{ text: 'Na de kaart.' }] },
  ];
  // The same map again and a photo: the map's bytes are embedded once.
  pack.items[1]!.sections.doel = [figure(ids.png, 'Dezelfde kaart', '', 0.25), figure(ids.jpeg, 'Foto van het schip', 'Zr.Ms. Karel Doorman', 1)];
  pack.items[2]!.sections.achtergrond = [figure(ids.tall, 'Een lange grafiek', 'Te lang voor een pagina', 1)];
  pack.media = media;
  contents = { pack, annexFiles: new Map(), mediaFiles: new Map([[ids.png, png], [ids.jpeg, jpeg], [ids.tall, tall]]) };
});

function withoutAlt(): PackContents {
  const pack = structuredClone(contents.pack);
  (pack.items[1]!.sections.doel![1] as FigureElement).alt = '  ';
  return { ...contents, pack };
}

describe('pictures in the PDF', () => {
  let file: string;
  beforeAll(async () => {
    const result = await exportPdfWithReport(contents, template, await loadExportAssets(template, 'assets'));
    file = path.join(mkdtempSync(path.join(tmpdir(), 'figures-')), 'pack.pdf');
    writeFileSync(file, result.bytes);
  });

  it.skipIf(!installed('pdfimages'))('draws each picture at its share of the column, the map embedded once', () => {
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
    const images = rows.map((r) => ({ width: Number(r[3]), height: Number(r[4]), enc: r[8], object: r[10], ppi: Number(r[12]) }));
    const maps = images.filter((image) => image.width === 400 && image.height === 200);
    expect(maps).toHaveLength(2);
    expect(new Set(maps.map((m) => m.object)).size).toBe(1);
    // 400 px over half the column: pixels per inch = 400 / (0.5 × column width / 72).
    const expectedPpi = 400 / ((0.5 * geometry.contentWidth) / 72);
    expect(Math.abs(maps[0]!.ppi - expectedPpi)).toBeLessThanOrEqual(1);
    const photo = images.find((image) => image.enc === 'jpeg')!;
    expect([photo.width, photo.height]).toEqual([48, 24]);
    expect(Math.abs(photo.ppi - 48 / (geometry.contentWidth / 72))).toBeLessThanOrEqual(1);
  });

  it('tags each picture as a Figure with its Alt and a Caption with the caption text', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
    type Node = { role?: string; alt?: string; children?: Node[]; type?: string; id?: string };
    const figures: Node[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const visit = (node: Node): void => {
        if (node.role === 'Figure') figures.push(node);
        node.children?.forEach(visit);
      };
      visit((await page.getStructTree()) as Node);
    }
    const alts = figures.map((f) => f.alt);
    expect(alts).toEqual(expect.arrayContaining(['Kaart van de Oostzee met de marinebases', 'Dezelfde kaart', 'Foto van het schip', 'Een lange grafiek']));
    const map = figures.find((f) => f.alt === 'Kaart van de Oostzee met de marinebases')!;
    expect(map.children?.some((kid) => kid.role === 'Caption')).toBe(true);
    await doc.destroy();
  });

  it.skipIf(!installed('qpdf'))('gives each Figure the BBox of its picture on the page (qpdf)', () => {
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
    const figures = qdf.split('endobj').filter((object) => /\/S \/Figure\b/.test(object));
    expect(figures).toHaveLength(4);
    const boxes = figures.map((object) => /\/BBox \[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(object)?.slice(1).map(Number));
    expect(boxes.every((box) => box !== undefined)).toBe(true);
    // The map at half the column, 2:1, inside the text area.
    const map = boxes.find((box) => Math.abs(box![2]! - box![0]! - geometry.contentWidth / 2) < 0.5)!;
    expect(map[2]! - map[0]!).toBeCloseTo(2 * (map[3]! - map[1]!), 0);
    expect(map[0]).toBeCloseTo(geometry.left, 0);
  });

  it.skipIf(!installed('pdftotext'))('prints the captions under their pictures', () => {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Figuur 1. De Oostzee');
    expect(text).toContain('Zr.Ms. Karel Doorman');
    expect(text.indexOf('Voor de kaart.')).toBeLessThan(text.indexOf('Figuur 1. De Oostzee'));
    expect(text.indexOf('Figuur 1. De Oostzee')).toBeLessThan(text.indexOf('Na de kaart.'));
  });

  it('scales a picture taller than a page down to fit it, its caption on the same page', async () => {
    const layout = layoutPack(contents.pack, template, fontFileMetrics((await loadExportAssets(template, 'assets')).fonts));
    const isTall = (b: Box): b is ImageBox => b.kind === 'image' && b.media === ids.tall;
    const page = layout.pages.find((p) => p.boxes.some(isTall))!;
    const box = page.boxes.find(isTall)!;
    expect(box.height).toBeLessThanOrEqual(geometry.top - geometry.bottom);
    expect(box.y).toBeGreaterThanOrEqual(geometry.bottom - 0.01);
    expect(box.width / box.height).toBeCloseTo(50 / 1000, 3);
    const texts = page.boxes.flatMap((b) => (b.kind === 'text' && b.y < box.y ? [b.text] : []));
    expect(texts.join(' ')).toContain('Te lang voor een pagina');
  });

  it('refuses a picture without alternative text, naming the item and section', async () => {
    const assets = await loadExportAssets(template, 'assets');
    const error = await exportPdfWithReport(withoutAlt(), template, assets).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe('en')).toBe(
      `Cannot export: a picture in item "${contents.pack.items[1]!.title}", section "Doel" has no alternative text; describe it first (click the picture).`,
    );
  });
});

describe('pictures in the DOCX', () => {
  let file: string;
  beforeAll(async () => {
    const bytes = await exportDocx(contents, template, await loadExportAssets(template, 'assets'));
    file = path.join(mkdtempSync(path.join(tmpdir(), 'figures-')), 'pack.docx');
    writeFileSync(file, bytes);
  });

  it.skipIf(!pythonWithDocx)('holds inline pictures with their descriptions, and captions in the Caption style (python-docx)', () => {
    const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
shapes = [(s._inline.docPr.get('descr'), s.width, s.height) for s in d.inline_shapes]
captions = [p.text for p in d.paragraphs if p.style.name == 'Caption']
parts = sorted(p.partname for p in d.part.package.parts if p.partname.startswith('/word/media/'))
print(json.dumps({'shapes': shapes, 'captions': captions, 'parts': parts}))
`;
    const result = spawnSync(pythonWithDocx!, ['-c', script, file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout) as { shapes: [string, number, number][]; captions: string[]; parts: string[] };
    expect(read.shapes.map(([descr]) => descr)).toEqual(['Kaart van de Oostzee met de marinebases', 'Dezelfde kaart', 'Foto van het schip', 'Een lange grafiek']);
    // Half the column wide, half as tall as wide (the picture is 400 × 200), in EMU.
    const columnEmu = (geometry.contentWidth / 72) * 914400;
    expect(Math.abs(read.shapes[0]![1] - columnEmu / 2) / columnEmu).toBeLessThan(0.01);
    expect(read.shapes[0]![2] / read.shapes[0]![1]).toBeCloseTo(0.5, 3);
    expect(read.captions).toEqual(['Figuur 1. De Oostzee', 'Zr.Ms. Karel Doorman', 'Te lang voor een pagina']);
    // One part per picture, the map once though shown twice.
    expect(read.parts).toHaveLength(3);
  });

  it('refuses a picture without alternative text, naming the item and section', async () => {
    const error = await exportDocx(withoutAlt(), template, await loadExportAssets(template, 'assets')).catch((e: unknown) => e);
    expect((error as UserError).code).toBe('export.figure-no-alt');
    expect((error as UserError).describe('nl')).toContain(`agendapunt "${contents.pack.items[1]!.title}", onderdeel "Doel"`);
  });

  it('refuses a picture whose image is missing', async () => {
    const error = await exportDocx({ ...contents, mediaFiles: new Map() }, template, await loadExportAssets(template, 'assets')).catch((e: unknown) => e);
    expect((error as UserError).code).toBe('export.bad-media');
  });
});
