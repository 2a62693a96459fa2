/**
 * The PDF exporter: lay the pack out (pure), then paint the boxes with pdf-lib.
 */
import type { PDFDocument } from 'pdf-lib';
import { UserError } from '../../i18n/errors';
import { classificationMarking, highestClassification } from '../../model/classification';
import { markingSystemOf } from '../../model/markings';
import type { Annex } from '../../model/pack';
import { checkAnnexPdf } from '../../pdf/annex-pdf';
import { archivalObstacle } from './annex-archival';
import type { PackContents } from '../../pack/container';
import type { Template } from '../../template/schema';
import type { ExportAssets, ExportOptions, Exporter } from '../assets';
import type { LayoutWarning } from './boxes';
import { hyphenatorForPack } from './hyphenation';
import { layoutPack } from './layout';
import { fontFileMetrics } from './metrics';
import { renderPdf, type DocumentInfo } from './render';
import { SRGB_ICC_PROFILE } from './srgb-icc';
import { documentTitle, LANGUAGE_TAGS } from '../language-tag';
import { documentAuthor, GENERATOR } from '../document-author';
import { unplacedSectionWarnings } from '../unplaced-sections';
import { checkFiguresReady, figureImages } from '../figures-ready';
import { resolvePackSections } from '../../template/resolve-sections';
import { PDF_STAGES, progressReporter } from '../progress';

export { layoutPack } from './layout';
export { fontFileMetrics, type FontMetrics } from './metrics';
export type { LayoutWarning, PackLayout } from './boxes';

const CREATOR = GENERATOR;
const PDF_MEDIA_TYPE = 'application/pdf';

export interface PdfExportOptions extends ExportOptions {
  /** When the file is made (info dictionary and XMP); now by default. */
  created?: Date;
}

function documentInfo({ pack }: PackContents, template: Template, created: Date): DocumentInfo {
  const level = highestClassification([pack.classification, ...pack.items.map((i) => i.classification)]);
  const meeting = pack.meeting;
  return {
    title: documentTitle(template.labels.cover, meeting.name, template.language, pack.language, ' – '),
    subject: [meeting.abbreviation, meeting.date, meeting.location].filter(Boolean).join(', '),
    author: documentAuthor(pack),
    keywords: [classificationMarking(level, template.language, markingSystemOf(pack)), `${template.labels.status}: ${pack.status === 'draft' ? template.labels.draft : template.labels.final}`],
    language: LANGUAGE_TAGS[pack.language],
    creator: CREATOR,
    created,
  };
}

/** A warning about the export as a whole, e.g. an annex left out. */
export interface ExportWarning {
  kind: 'skipped-annex';
  error: UserError;
}

export interface PdfExport {
  bytes: Uint8Array;
  pages: number;
  /** Characters the fonts could not draw; each was replaced by a visible mark. */
  warnings: LayoutWarning[];
  /** Annexes left out (only with skipBadAnnexes). */
  skipped: ExportWarning[];
}

/** Loads an annex PDF; a damaged (down to one page's content) or encrypted one is a UserError naming the file. */
async function loadAnnexPdf(annex: Annex, bytes: Uint8Array | undefined): Promise<PDFDocument> {
  const checked = await checkAnnexPdf(bytes);
  if (checked.ok) return checked.doc;
  throw new UserError('export.bad-annex', { file: annex.fileName || annex.id, reason: checked.reason, annexId: annex.id });
}

function skips(skipBadAnnexes: ExportOptions['skipBadAnnexes'], annexId: string): boolean {
  return skipBadAnnexes === true || (Array.isArray(skipBadAnnexes) && skipBadAnnexes.includes(annexId));
}

async function annexPdfs(contents: PackContents, options: PdfExportOptions): Promise<{ loaded: { annex: Annex; doc: PDFDocument }[]; skipped: ExportWarning[] }> {
  const loaded: { annex: Annex; doc: PDFDocument }[] = [];
  const skipped: ExportWarning[] = [];
  for (const annex of contents.pack.annexes) {
    if (annex.mediaType.toLowerCase() !== PDF_MEDIA_TYPE) continue;
    try {
      loaded.push({ annex, doc: await loadAnnexPdf(annex, contents.annexFiles.get(annex.id)) });
    } catch (error) {
      if (!(error instanceof UserError) || !skips(options.skipBadAnnexes, annex.id)) throw error;
      skipped.push({ kind: 'skipped-annex', error: new UserError('export.skipped-annex', error.params) });
    }
  }
  return { loaded, skipped };
}

/** Whether the file may claim PDF/A-2b with these annexes appended; when not, the first annex in the way is told why. */
function archivalClaim(loaded: readonly { annex: Annex; doc: PDFDocument }[], options: PdfExportOptions): boolean {
  for (const { annex, doc } of loaded) {
    const found = archivalObstacle(doc);
    if (!found) continue;
    options.onWarning?.(new UserError('export.pdfa-dropped', { file: annex.fileName || annex.id, obstacle: found.obstacle, page: found.page }));
    return false;
  }
  return true;
}

/** Like exportPdf, with the page count and the warnings a caller may show. */
export async function exportPdfWithReport(
  chosen: PackContents,
  chosenTemplate: Template,
  assets: ExportAssets,
  options: PdfExportOptions = {},
): Promise<PdfExport> {
  // Sections the template has no place for are exported under their own label, never dropped.
  checkFiguresReady(chosen, chosenTemplate);
  const catalog = options.templates ?? [];
  for (const warning of unplacedSectionWarnings(chosen.pack, chosenTemplate, catalog)) options.onWarning?.(warning);
  const resolved = resolvePackSections(chosen.pack, chosenTemplate, catalog);
  const contents: PackContents = { ...chosen, pack: resolved.pack };
  const template = resolved.template;
  const { loaded, skipped } = await annexPdfs(contents, options);
  // Hyphenated by the rules of the language the text is written in.
  const hyphenate = await hyphenatorForPack(contents.pack, template);
  const report = progressReporter(options.onProgress, PDF_STAGES);
  const layout = layoutPack(contents.pack, template, fontFileMetrics(assets.fonts), {
    appendedAnnexes: loaded.map(({ annex, doc }) => ({ annex, pages: doc.getPageCount() })),
    hyphenate,
    ...(options.copy && { copy: options.copy }),
    // Layout runs in one go: what a listener returns is waited for between pages only.
    ...(options.onProgress && { onItem: (done: number, total: number) => void report('layout', done, total) }),
  });
  const bytes = await renderPdf(layout, assets.fonts, documentInfo(contents, template, options.created ?? new Date()), {
    annexDocs: loaded.map((l) => l.doc),
    claimPdfA: archivalClaim(loaded, options),
    iccProfile: SRGB_ICC_PROFILE,
    deflate: assets.deflate,
    images: figureImages(contents),
    ...(options.onProgress && { onPage: (done: number, total: number) => report('pages', done, total) }),
  });
  await report('done', 1, 1);
  return { bytes, pages: layout.pages.length, warnings: layout.warnings, skipped };
}

/** How many places a warning names before it says "and N more". */
const PLACES_NAMED = 5;

/** A layout warning as a message for a person: the character, how often, and where. */
export function layoutWarningMessage(warning: LayoutWarning): UserError {
  return new UserError('export.missing-glyph', {
    char: warning.char,
    codePoint: warning.codePoint,
    count: warning.count,
    places: warning.places.slice(0, PLACES_NAMED).join(', '),
    more: Math.max(0, warning.places.length - PLACES_NAMED),
  });
}

/** The registry's exporter; the optional fourth argument carries the PDF options. */
export const exportPdf: Exporter = async (contents, template, assets, options?: PdfExportOptions) => {
  const report = await exportPdfWithReport(contents, template, assets, options);
  for (const warning of report.warnings) options?.onWarning?.(layoutWarningMessage(warning));
  return report.bytes;
};
