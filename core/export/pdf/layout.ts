/**
 * The pure layout step: pack + template + font metrics -> pages of positioned
 * boxes. Nothing here draws; render.ts only paints what this returns, so the
 * boxes can be tested before any PDF bytes exist.
 *
 * Page order: cover, table of contents, then the introduction, the agenda
 * items and the list of annexes, then the pages of annexes that are PDFs.
 * The contents needs the items' page numbers and the items' page numbers
 * depend on how long the contents is, so the contents is laid out until its
 * length is stable.
 */
import { classificationMarking, highestClassification } from '../../model/classification';
import { markingSystemOf } from '../../model/markings';
import { formatMeetingDates, type Language } from '../../i18n/language';
import type { Annex, BriefingPack } from '../../model/pack';
import type { CopyMark } from '../../model/recipient-copy';
import type { Template } from '../../template/schema';
import type { AnnexFrame, AnnexPlacement, Box, LaidOutComment, LaidOutPage, LayoutWarning, OutlineEntry, PackLayout, StructElem } from './boxes';
import { decoratePage, type DecorationContext, type FurnitureText, type PageFurniture } from './decorations';
import { copyLineText, furnitureLines, furnitureText, pageTokens, type FurnitureLine } from '../page-furniture';
import { annexListLines, coverLines, introductionLines, itemLines, itemsLines, type ItemsContext } from './document';
import { layoutBodyCached, type BodyPart, type LayoutCache } from './layout-cache';
import { FootnoteRegister, within, type FlowContext, type FlowLine } from './flow';
import { pageGeometry } from './geometry';
import { drawnCharacters, GlyphGuard } from './glyphs';
import type { FontMetrics } from './metrics';
import { paginate, paginateParts, type PaginatedFlow } from './paginate';
import { themeOf } from './theme';
import { tocLines, type TocEntry } from './toc';
import { annotationAsPrinted } from '../paragraph-markings';

/** Where the cover text starts, as a share of the text area height. */
const COVER_OFFSET = 0.22;
const MAX_TOC_PASSES = 4;

export interface LayoutOptions {
  /** Annexes appended as PDF pages, in order, with their page counts. */
  appendedAnnexes?: readonly { annex: Annex; pages: number }[];
  /** Hyphenation points of a word: in table cells always, in body text when the template asks for hyphenation. */
  hyphenate?: ((word: string) => string[]) | null;
  /**
   * Only where things fall (pages, outline, anchors), nothing to draw: text
   * lines keep their heights but get no boxes, pages no header or footer.
   * What the DOCX contents needs for its page numbers, at a fraction of the work.
   */
  measureOnly?: boolean;
  /** Kept between layouts of the same pack: what did not change is reused (see layout-cache.ts). */
  cache?: LayoutCache;
  /** A numbered copy: the recipient and "Exemplaar N van M" on every page. */
  copy?: CopyMark;
  /** Told after each item is laid out and paginated: done of total items (a progress line's first stage). */
  onItem?: (done: number, total: number) => void;
}

/** The body's parts with the keys the cache knows them by: an untitled item is named by its number. */
function bodyPartsOf(pack: BriefingPack, template: Template, items: ItemsContext, ctx: FlowContext, cache: LayoutCache): BodyPart[] {
  return [
    { key: () => cache.contentKey(pack.introduction), breaksBefore: false, lines: () => introductionLines(pack, template, items, ctx) },
    ...pack.items.map(
      (item, i): BodyPart => ({
        key: () => cache.contentKey(item) + (item.title.trim() ? '' : `#${i}`),
        breaksBefore: template.pageBreakBeforeItem && item.level === 1,
        lines: () => itemLines(item, i, template, items, ctx),
      }),
    ),
    {
      key: () => cache.contentKey(pack.annexes),
      breaksBefore: template.pageBreakBeforeItem && pack.annexes.length > 0,
      lines: () => annexListLines(pack.annexes, template, ctx),
    },
  ];
}

function flowContext(pack: BriefingPack, template: Template, metrics: FontMetrics, glyphs: GlyphGuard, footnotes: FootnoteRegister, root: StructElem, options: LayoutOptions): FlowContext {
  const theme = themeOf(template);
  const geometry = pageGeometry(template);
  const media = new Map((pack.media ?? []).map((meta) => [meta.id, meta]));
  return {
    theme,
    metrics,
    glyphs,
    width: pageGeometry(template).contentWidth,
    linkColor: theme.colors.link,
    addFootnote: (note) => footnotes.add(note),
    noteText: (n) => footnotes.text(n),
    hyphenate: template.hyphenation ? (options.hyphenate ?? null) : null,
    cellHyphenate: options.hyphenate ?? null,
    footnoteMode: template.footnotes,
    structure: { parent: root },
    measureOnly: options.measureOnly ?? false,
    pageHeight: geometry.top - geometry.bottom,
    mediaSize: (id) => media.get(id),
  };
}

function tocFlow(template: Template, entries: readonly TocEntry[], ctx: FlowContext): PaginatedFlow {
  return paginate(tocLines(template.labels.contents, entries, ctx), pageGeometry(template));
}

/** Body warnings and the contents' together: one per character, counts added up, places in order. */
function mergeWarnings(body: LayoutWarning[], toc: LayoutWarning[]): LayoutWarning[] {
  const merged = body.map((w) => ({ ...w, places: [...w.places] }));
  for (const warning of toc) {
    const same = merged.find((w) => w.char === warning.char);
    if (!same) merged.push(warning);
    else {
      same.count += warning.count;
      same.places.push(...warning.places);
    }
  }
  return merged;
}

/** Where a character the fonts lack was found, when it is in the header, footer or watermark. */
const PAGE_FURNITURE = { nl: 'kop- en voettekst', en: 'page header and footer' } as const;

const ANNEX_PAGE_ALT = {
  nl: { word: 'Bijlage', page: (page: number, pages: number) => `pagina ${page} van ${pages}` },
  en: { word: 'Annex', page: (page: number, pages: number) => `page ${page} of ${pages}` },
} as const;

/** A name that already says it is an annex ("Bijlage 2: kaart", "annex-b.pdf"), in either language. */
const NAMES_ITSELF_ANNEX = /(?<!\p{L})(bijlagen?|annex(es)?|appendix)(?!\p{L})/iu;

/** What a screen reader says for an appended page: the annex by title and file, and which page of it. */
function annexPageAlt(annex: Annex, page: number, pages: number, language: Language): string {
  const title = annex.title.trim();
  const name = title && annex.fileName && title !== annex.fileName ? `${title} (${annex.fileName})` : title || annex.fileName;
  const { word, page: pageOf } = ANNEX_PAGE_ALT[language];
  // Not "Bijlage Bijlage 2: kaart": the word is said once.
  return `${NAMES_ITSELF_ANNEX.test(name) ? name : `${word} ${name}`}, ${pageOf(page, pages)}`;
}

export function layoutPack(pack: BriefingPack, template: Template, metrics: FontMetrics, options: LayoutOptions = {}): PackLayout {
  const geometry = pageGeometry(template);
  const glyphs = new GlyphGuard(metrics);
  const footnotes = new FootnoteRegister();
  const root: StructElem = { role: 'Document', kids: [] };
  const ctx = flowContext(pack, template, metrics, glyphs, footnotes, root, options);
  const language = template.language;
  const system = markingSystemOf(pack);
  const marking = classificationMarking(highestClassification([pack.classification, ...pack.items.map((i) => i.classification)]), language, system);
  const comments: LaidOutComment[] = [];
  const items: ItemsContext = {
    markingOf: (item) => classificationMarking(item.classification, language, system),
    annotationOf: (item, value) => annotationAsPrinted(value, item, pack, template),
    addComment: (comment) => comments.push(comment) - 1,
    footnoteCount: () => footnotes.count,
  };

  const cover = paginate(within(ctx, 'Sect', () => coverLines(pack, template, marking, ctx)), geometry, {
    firstPageOffset: (geometry.top - geometry.bottom) * COVER_OFFSET,
  });
  // The contents comes second in reading order: its element is placed now and filled below.
  const tocElem: StructElem = { role: 'TOC', kids: [] };
  if (template.tableOfContents) root.kids.push(tocElem);
  // Laid out and paginated an item at a time, so an item's lines are garbage once placed.
  function* bodyParts(): Generator<FlowLine[]> {
    yield introductionLines(pack, template, items, ctx);
    let done = 0;
    for (const lines of itemsLines(pack, template, items, ctx)) {
      yield lines;
      // Resumed once the item's lines are on their pages.
      options.onItem?.(++done, pack.items.length);
    }
    yield annexListLines(pack.annexes, template, ctx);
  }
  const bodyOptions = { footnoteGap: ctx.theme.lineHeight };
  const body = options.cache
    ? layoutBodyCached(
        bodyPartsOf(pack, template, items, ctx, options.cache),
        options.cache,
        [template, metrics, ctx.hyphenate, ctx.cellHyphenate, ctx.measureOnly, system],
        { root, footnotes, comments, glyphs },
        geometry,
        bodyOptions,
      )
    : paginateParts(bodyParts(), geometry, bodyOptions);
  const appended = options.appendedAnnexes ?? [];

  // The contents may be laid out more than once (until its page count settles): each pass has its own
  // glyph guard and structure element, and the last pass's count.
  let tocGlyphs = new GlyphGuard(metrics);
  const tocCtx = (): FlowContext => {
    tocElem.kids = [];
    tocGlyphs = new GlyphGuard(metrics);
    tocGlyphs.place = template.labels.contents;
    return { ...ctx, glyphs: tocGlyphs, structure: { parent: tocElem } };
  };
  const entries = (firstBodyPage: number): TocEntry[] => {
    const list: TocEntry[] = body.anchors
      .filter((a) => a.anchor.inContents)
      .map((a) => ({ title: a.anchor.title, level: a.anchor.level === 1 ? 1 : 2, page: firstBodyPage + a.pageIndex, y: a.y }));
    let next = firstBodyPage + body.pages.length;
    for (const { annex, pages } of appended) {
      list.push({ title: annex.title.trim() || annex.fileName, level: 2, page: next, y: geometry.height });
      next += pages;
    }
    return list;
  };
  let toc: PaginatedFlow = { pages: [], anchors: [] };
  if (template.tableOfContents) {
    let tocPages = 1;
    toc = tocFlow(template, entries(cover.pages.length + tocPages + 1), tocCtx());
    for (let pass = 0; pass < MAX_TOC_PASSES && toc.pages.length !== tocPages; pass++) {
      tocPages = toc.pages.length;
      toc = tocFlow(template, entries(cover.pages.length + tocPages + 1), tocCtx());
    }
  }

  const firstBodyPage = cover.pages.length + toc.pages.length + 1;
  const annexPlacements: AnnexPlacement[] = [];
  let nextPage = firstBodyPage + body.pages.length;
  const frame: AnnexFrame = { top: geometry.marginTop, bottom: geometry.marginBottom, border: template.annexPageBorder, size: template.annexPageSize };
  for (const { annex, pages } of appended) {
    const title = annex.title.trim() || annex.fileName;
    const figures = Array.from({ length: pages }, (_, i): StructElem => ({ role: 'Figure', kids: [], alt: annexPageAlt(annex, i + 1, pages, pack.language) }));
    const section: StructElem = { role: 'Sect', kids: [...figures] };
    root.kids.push(section);
    annexPlacements.push({ id: annex.id, title, firstPage: nextPage, pages, section, figures, frame });
    nextPage += pages;
  }
  const flows: Box[][] = [...cover.pages, ...toc.pages, ...body.pages, ...annexPlacements.flatMap((a) => Array.from({ length: a.pages }, (): Box[] => []))];
  const total = flows.length;
  const date = formatMeetingDates(pack.meeting, language);
  const tokens = pageTokens(pack, marking, date, options.copy ? copyLineText(options.copy, language) : '');
  const pageLine = (line: FurnitureLine, page: number): FurnitureText => ({
    text: furnitureText(line, page, total),
    color: line.marking ? ctx.theme.colors.marking : ctx.theme.colors.muted,
    bold: line.marking,
    align: line.align,
  });
  const decoration: DecorationContext = { geometry, theme: ctx.theme, metrics, glyphs };
  glyphs.place = PAGE_FURNITURE[language];
  const furnitureOf = { cover: furnitureLines(template, tokens, 'cover'), body: furnitureLines(template, tokens, 'body') };
  const watermark = pack.status === 'draft' && template.draftWatermark ? template.labels.draft : null;

  const pages: LaidOutPage[] = flows.map((boxes, i) => {
    const number = i + 1;
    const lines = furnitureOf[i < cover.pages.length ? 'cover' : 'body'];
    const furniture: PageFurniture = {
      header: lines.header.map((line) => pageLine(line, number)),
      footer: lines.footer.map((line) => pageLine(line, number)),
      watermark,
      watermarkColor: ctx.theme.colors.watermark,
    };
    return { number, boxes: options.measureOnly ? boxes : decoratePage(boxes, furniture, decoration) };
  });

  const outline: OutlineEntry[] = body.anchors.map((a) => ({
    title: a.anchor.title,
    level: a.anchor.level,
    page: firstBodyPage + a.pageIndex,
    y: a.y,
  }));
  for (const annex of annexPlacements) outline.push({ title: annex.title, level: 2, page: annex.firstPage, y: geometry.height });
  return {
    width: geometry.width,
    height: geometry.height,
    pages,
    outline,
    warnings: mergeWarnings(glyphs.warnings(), tocGlyphs.warnings()),
    comments,
    structure: root,
    annexes: annexPlacements,
    characters: drawnCharacters([glyphs, tocGlyphs]),
  };
}
