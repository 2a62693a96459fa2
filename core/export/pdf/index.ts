/**
 * The PDF exporter: lay the pack out (pure), then paint the boxes with pdf-lib.
 */
import { classificationMarking, highestClassification } from '../../model/classification';
import type { PackContents } from '../../pack/container';
import type { Template } from '../../template/schema';
import type { ExportAssets, Exporter } from '../assets';
import type { LayoutWarning } from './boxes';
import { layoutPack } from './layout';
import { fontFileMetrics } from './metrics';
import { renderPdf, type DocumentInfo } from './render';

export { layoutPack } from './layout';
export { fontFileMetrics, type FontMetrics } from './metrics';
export type { LayoutWarning, PackLayout } from './boxes';

const LANGUAGE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;
const CREATOR = 'Briefing Composer';

function documentInfo({ pack }: PackContents, template: Template): DocumentInfo {
  const level = highestClassification([pack.classification, ...pack.items.map((i) => i.classification)]);
  const meeting = pack.meeting;
  return {
    title: [template.labels.cover, meeting.name].filter(Boolean).join(' – '),
    subject: [meeting.abbreviation, meeting.date, meeting.location].filter(Boolean).join(', '),
    author: pack.letter.signatory.role || pack.letter.signatory.name,
    keywords: [classificationMarking(level, template.language), `${template.labels.status}: ${pack.status}`],
    language: LANGUAGE_TAGS[template.language],
    creator: CREATOR,
  };
}

export interface PdfExport {
  bytes: Uint8Array;
  pages: number;
  /** Characters the fonts could not draw; each was replaced by a visible mark. */
  warnings: LayoutWarning[];
}

/** Like exportPdf, with the page count and the warnings a caller may show. */
export async function exportPdfWithReport(contents: PackContents, template: Template, assets: ExportAssets): Promise<PdfExport> {
  const layout = layoutPack(contents.pack, template, fontFileMetrics(assets.fonts));
  const bytes = await renderPdf(layout, assets.fonts, documentInfo(contents, template));
  return { bytes, pages: layout.pages.length, warnings: layout.warnings };
}

export const exportPdf: Exporter = async (contents, template, assets) =>
  (await exportPdfWithReport(contents, template, assets)).bytes;
