/**
 * The pure layout step: pack + template + font metrics -> pages of positioned
 * boxes. Nothing here draws; render.ts only paints what this returns, so the
 * boxes can be tested before any PDF bytes exist.
 *
 * Page order: cover, table of contents, then the agenda items. The contents
 * needs the items' page numbers and the items' page numbers depend on how
 * long the contents is, so the contents is laid out until its length is stable.
 */
import { classificationMarking, highestClassification } from '../../model/classification';
import { formatLongDate } from '../../i18n/language';
import type { BriefingPack } from '../../model/pack';
import { fillTokens } from '../../template/load';
import type { Template } from '../../template/schema';
import type { Box, LaidOutPage, LayoutWarning, OutlineEntry, PackLayout } from './boxes';
import { decoratePage, type DecorationContext, type PageFurniture } from './decorations';
import { coverLines, itemsLines } from './document';
import { FootnoteRegister, type FlowContext } from './flow';
import { pageGeometry } from './geometry';
import { GlyphGuard } from './glyphs';
import type { FontMetrics } from './metrics';
import { paginate, type PaginatedFlow } from './paginate';
import { themeOf } from './theme';
import { tocLines, type TocEntry } from './toc';

/** Where the cover text starts, as a share of the text area height. */
const COVER_OFFSET = 0.22;
const MAX_TOC_PASSES = 4;

function flowContext(template: Template, metrics: FontMetrics, glyphs: GlyphGuard, footnotes: FootnoteRegister): FlowContext {
  const theme = themeOf(template);
  return {
    theme,
    metrics,
    glyphs,
    width: pageGeometry(template).contentWidth,
    linkColor: theme.colors.heading,
    addFootnote: (note) => footnotes.add(note),
    noteText: (n) => footnotes.text(n),
  };
}

function tocFlow(template: Template, body: PaginatedFlow, firstBodyPage: number, ctx: FlowContext): PaginatedFlow {
  const entries: TocEntry[] = body.anchors.map((a) => ({
    title: a.anchor.title,
    level: a.anchor.level,
    page: firstBodyPage + a.pageIndex,
    y: a.y,
  }));
  return paginate(tocLines(template.labels.contents, entries, ctx), pageGeometry(template));
}

/** Body warnings, plus any character only the contents could not draw (its titles repeat the body's). */
function mergeWarnings(body: LayoutWarning[], toc: LayoutWarning[]): LayoutWarning[] {
  const seen = new Set(body.map((w) => w.char));
  return [...body, ...toc.filter((w) => !seen.has(w.char))];
}

export function layoutPack(pack: BriefingPack, template: Template, metrics: FontMetrics): PackLayout {
  const geometry = pageGeometry(template);
  const glyphs = new GlyphGuard(metrics);
  const ctx = flowContext(template, metrics, glyphs, new FootnoteRegister());
  const language = template.language;
  const marking = classificationMarking(highestClassification([pack.classification, ...pack.items.map((i) => i.classification)]), language);

  const cover = paginate(coverLines(pack, template, marking, ctx), geometry, {
    firstPageOffset: (geometry.top - geometry.bottom) * COVER_OFFSET,
  });
  const body = paginate(
    itemsLines(pack, template, (item) => classificationMarking(item.classification, language), ctx),
    geometry,
    { footnoteGap: ctx.theme.lineHeight },
  );

  // The contents is laid out with its own glyph guard: its titles repeat the body's, so warnings would double.
  const tocGlyphs = new GlyphGuard(metrics);
  const tocCtx = { ...ctx, glyphs: tocGlyphs };
  let tocPages = 1;
  let toc = tocFlow(template, body, cover.pages.length + tocPages + 1, tocCtx);
  for (let pass = 0; pass < MAX_TOC_PASSES && toc.pages.length !== tocPages; pass++) {
    tocPages = toc.pages.length;
    toc = tocFlow(template, body, cover.pages.length + tocPages + 1, tocCtx);
  }

  const firstBodyPage = cover.pages.length + toc.pages.length + 1;
  const flows: Box[][] = [...cover.pages, ...toc.pages, ...body.pages];
  const total = flows.length;
  const date = formatLongDate(pack.meeting.date, language);
  const tokensFor = (page: number): Record<string, string> => ({
    classification: marking,
    page: String(page),
    pages: String(total),
    meeting: pack.meeting.name,
    date,
    version: pack.version,
  });
  const decoration: DecorationContext = { geometry, theme: ctx.theme, metrics, glyphs };
  const headerColor = template.header.includes('{classification}') ? ctx.theme.colors.marking : ctx.theme.colors.muted;
  const watermark = pack.status === 'draft' ? template.labels.draft : null;

  const pages: LaidOutPage[] = flows.map((boxes, i) => {
    const number = i + 1;
    const tokens = tokensFor(number);
    const isCover = i < cover.pages.length;
    const furniture: PageFurniture = {
      header: fillTokens(template.header, tokens),
      headerColor,
      // The cover has no page footer, but repeats the marking at its foot as classified covers do.
      footer: isCover
        ? { text: marking, color: ctx.theme.colors.marking, bold: true }
        : { text: fillTokens(template.footer, tokens), color: ctx.theme.colors.muted, bold: false },
      watermark,
    };
    return { number, boxes: decoratePage(boxes, furniture, decoration) };
  });

  const outline: OutlineEntry[] = body.anchors.map((a) => ({
    title: a.anchor.title,
    level: a.anchor.level,
    page: firstBodyPage + a.pageIndex,
    y: a.y,
  }));
  return {
    width: geometry.width,
    height: geometry.height,
    pages,
    outline,
    warnings: mergeWarnings(glyphs.warnings(), tocGlyphs.warnings()),
  };
}
