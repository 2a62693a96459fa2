/**
 * The live preview's PDF: the pages of one part of the pack (an agenda item,
 * or the cover and contents) exactly as the whole pack's PDF prints them, with
 * the same page numbers, headers and footers. Held per open pack and template:
 * its layout cache lays out again only the items an edit changed, and only the
 * pages shown are written.
 */
import { zlibSync } from 'fflate';
import type { PDFDocument } from 'pdf-lib';
import { UserError } from '../../i18n/errors';
import type { AgendaItem, BriefingPack } from '../../model/pack';
import { checkAnnexPdf } from '../../pdf/annex-pdf';
import type { PackContents } from '../../pack/container';
import { resolvePackSections } from '../../template/resolve-sections';
import { FONT_STYLES, type FontStyle, type Template } from '../../template/schema';
import type { ExportAssets } from '../assets';
import { checkFiguresReady, figureImages } from '../figures-ready';
import type { Box, LaidOutPage, PackLayout } from './boxes';
import { hyphenatorForPack } from './hyphenation';
import { frontPages, partPages, partStarts } from './item-pages';
import { layoutPack } from './layout';
import { LayoutCache } from './layout-cache';
import { fontFileMetrics, type FontMetrics } from './metrics';
import { renderPdf } from './render';

/** Which pages to show: an agenda item's (by its index in the pack), or the cover and contents. */
export type PreviewPart = { kind: 'item'; index: number } | { kind: 'front' };

export interface PreviewPages {
  /** A PDF of just these pages. */
  bytes: Uint8Array;
  /** Their numbers in the whole pack's PDF, in order. */
  pages: number[];
  /** The whole pack's page count. */
  total: number;
}

/** The preview has no bookmarks or document properties to show: these stay out of its file. */
const PREVIEW_INFO = { title: '', subject: '', author: '', keywords: [], language: 'nl-NL', creator: '', created: new Date(0) };

/** The preview's file never leaves memory: its streams are stored, not compressed (a fifth of the time it takes to write). */
const storedDeflate = (data: Uint8Array): Uint8Array => zlibSync(data, { level: 0 });

/** Only what is drawn: links to other pages would point at pages the preview's file lacks. */
function drawnOnly(boxes: readonly Box[]): Box[] {
  return boxes.filter((box) => box.kind !== 'link' || box.target.kind !== 'page');
}

/** The characters the pages draw, per style: the fonts are cut down to these, so the file is small to write and to read. */
function charactersOf(pages: readonly LaidOutPage[]): PackLayout['characters'] {
  const sets = Object.fromEntries(FONT_STYLES.map((style) => [style, new Set<string>()])) as Record<FontStyle, Set<string>>;
  for (const page of pages) for (const box of page.boxes) if (box.kind === 'text') for (const char of box.text) sets[box.style].add(char);
  return Object.fromEntries(FONT_STYLES.map((style) => [style, [...sets[style]].sort()])) as PackLayout['characters'];
}

/** The layout cut down to the given pages, each still numbered and decorated as in the whole. */
export function layoutOfPages(layout: PackLayout, pages: readonly number[]): PackLayout {
  const shown = new Set(pages);
  const kept = layout.pages.filter((page) => shown.has(page.number)).map((page) => ({ ...page, boxes: drawnOnly(page.boxes) }));
  return { ...layout, pages: kept, outline: [], annexes: [], characters: charactersOf(kept) };
}

export class PdfPreview {
  private readonly cache = new LayoutCache();
  private readonly metrics: FontMetrics;
  /** Each item as resolved last time, reused while the item and the template's sections are the same objects and text. */
  private resolved = new WeakMap<AgendaItem, AgendaItem>();
  private resolvedTemplate: { sections: string; template: Template } | null = null;
  private annexDocs = new Map<string, { bytes: Uint8Array; doc: PDFDocument }>();

  constructor(
    private readonly template: Template,
    private readonly assets: ExportAssets,
    private readonly catalog: readonly Template[],
  ) {
    this.metrics = fontFileMetrics(assets.fonts);
  }

  /** Units of the body the last layout reused and laid out again. */
  layoutRun(): { reused: number; laidOut: number } {
    return { ...this.cache.lastRun };
  }

  /** The part's pages; an export that would be refused throws its UserError. */
  async pages(contents: PackContents, part: PreviewPart): Promise<PreviewPages> {
    checkFiguresReady(contents, this.template);
    const { pack, template } = this.resolve(contents.pack);
    const appendedAnnexes = await this.appendedAnnexes(pack, contents.annexFiles);
    const hyphenate = await hyphenatorForPack(pack, template);
    const layout = layoutPack(pack, template, this.metrics, { appendedAnnexes, hyphenate, cache: this.cache });
    const { starts, firstItem } = partStarts(layout, pack, template);
    const last = layout.pages.length;
    const pages = part.kind === 'front' ? frontPages(starts, last) : partPages(starts, firstItem + part.index, last);
    const bytes = await renderPdf(layoutOfPages(layout, pages), this.assets.fonts, PREVIEW_INFO, {
      deflate: storedDeflate,
      images: figureImages(contents),
    });
    return { bytes, pages, total: last };
  }

  /** As the exporter resolves sections, keeping the objects of unchanged items so the cache knows them at once. */
  private resolve(original: BriefingPack): { pack: BriefingPack; template: Template } {
    const fresh = resolvePackSections(original, this.template, this.catalog);
    const sections = JSON.stringify(fresh.template.sections);
    if (this.resolvedTemplate?.sections !== sections) {
      this.resolvedTemplate = { sections, template: fresh.template };
      this.resolved = new WeakMap();
    }
    const items = original.items.map((item, i) => {
      const known = this.resolved.get(item);
      if (known) return known;
      const resolved = fresh.pack.items[i]!;
      this.resolved.set(item, resolved);
      return resolved;
    });
    return { pack: { ...fresh.pack, items }, template: this.resolvedTemplate.template };
  }

  /** The PDF annexes the export appends, with their page counts; one it cannot append refuses, as the export does. */
  private async appendedAnnexes(pack: BriefingPack, files: ReadonlyMap<string, Uint8Array>) {
    const appended = [];
    for (const annex of pack.annexes) {
      if (annex.mediaType.toLowerCase() !== 'application/pdf') continue;
      const bytes = files.get(annex.id);
      // Bytes the caller did not give are left out of the count, not refused: the export checks them.
      if (bytes === undefined) continue;
      let known = this.annexDocs.get(annex.id);
      if (!known || known.bytes !== bytes) {
        const checked = await checkAnnexPdf(bytes);
        if (!checked.ok) throw new UserError('export.bad-annex', { file: annex.fileName || annex.id, reason: checked.reason, annexId: annex.id });
        this.annexDocs.set(annex.id, (known = { bytes, doc: checked.doc }));
      }
      appended.push({ annex, pages: known.doc.getPageCount() });
    }
    return appended;
  }
}
