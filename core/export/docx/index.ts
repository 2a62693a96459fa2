/**
 * DOCX exporter: pack + template -> a native, editable Word document in house
 * style (styles, numbering, notes, comments, tables, fields, watermark), as
 * bytes. Pure: no file access. Word paginates; the contents is pre-filled
 * with page numbers from the PDF layout of the same pack.
 */
import { Document, SectionType, type ISectionOptions } from 'docx';
import { formatMeetingDates } from '../../i18n/language';
import { classificationMarking, highestClassification } from '../../model/classification';
import type { Exporter } from '../assets';
import { annexesXml, introductionXml, itemTitle, itemXml, showsIntroduction } from './body';
import { CommentPlan } from './comments';
import { contentsBlock, INTRODUCTION_BOOKMARK, itemBookmark, type ContentsEntry } from './contents';
import { coverXml, meetingTitle } from './cover';
import { NoteCollector } from './footnotes';
import { coverFooter, coverHeader, pageFooter, pageHeader } from './headers';
import { copyLineText, pageTokens } from '../page-furniture';
import { markingSystemOf } from '../../model/markings';
import { HyperlinkTargets } from './hyperlinks';
import { NumberingPlan } from './numbering';
import { bodyPlaceholder, packageDocument } from './package';
import { layoutPages } from './page-numbers';
import { appPropertiesXml } from './app-properties';
import { documentAuthor, GENERATOR } from '../document-author';
import type { RichTextContext } from './rich-text';
import { buildStyles, STYLE } from './styles';
import { PicturePlan } from './pictures';
import { tableGrid } from './table-grid';
import { hyphenatorForPack } from '../pdf/hyphenation';
import { checkFiguresReady } from '../figures-ready';
import { xmlSafe } from '../xml-text';
import { PAGE_SIZES_TWIPS, pointsToTwips } from './units';
import { watermarkRun } from './watermark';
import { unplacedSectionWarnings } from '../unplaced-sections';
import { resolvePackSections } from '../../template/resolve-sections';
import { documentTitle, LANGUAGE_TAGS } from '../language-tag';
import { DOCX_STAGES, progressReporter } from '../progress';

export const exportDocx: Exporter = async (contents, chosen, assets, options = {}) => {
  // Sections the template has no place for are exported under their own label, never dropped.
  const catalog = options.templates ?? [];
  for (const warning of unplacedSectionWarnings(contents.pack, chosen, catalog)) options.onWarning?.(warning);
  const { pack, template } = resolvePackSections(contents.pack, chosen, catalog);
  checkFiguresReady(contents, chosen);
  // Dates and markings follow the template's house style; the document's language is the pack's.
  const language = template.language;
  // The document is marked at the highest level of anything in it.
  const level = highestClassification([pack.classification, ...pack.items.map((item) => item.classification)]);
  const system = markingSystemOf(pack);
  const copyLine = options.copy ? copyLineText(options.copy, language) : '';
  const tokens = pageTokens(pack, classificationMarking(level, language, system), pack.meeting.date ? formatMeetingDates(pack.meeting, language) : '', copyLine);
  const { margins, size } = template.page;
  const textWidth = PAGE_SIZES_TWIPS[size].width - pointsToTwips(margins.left) - pointsToTwips(margins.right);
  const textHeight = PAGE_SIZES_TWIPS[size].height - pointsToTwips(margins.top) - pointsToTwips(margins.bottom);
  const notes = new NoteCollector(template.footnotes);
  const pictures = new PicturePlan({ media: pack.media ?? [], files: contents.mediaFiles ?? new Map(), textWidth, textHeight, captionStyle: STYLE.caption });
  // Table columns as the PDF sizes them, hyphenation points included.
  const hyphenate = await hyphenatorForPack(pack, template);
  const grid = tableGrid(template, assets, hyphenate);
  const context: RichTextContext = { notes, numbering: new NumberingPlan(), links: new HyperlinkTargets(), textWidth, pictures, tableGrid: grid };
  const comments = new CommentPlan(template, notes);

  const showContents = template.tableOfContents && pack.items.length > 0;
  // The PDF layout gives the contents its page numbers and docProps/app.xml its page count.
  const report = progressReporter(options.onProgress, DOCX_STAGES);
  const layout = layoutPages(pack, template, assets, options.onProgress && ((done, total) => void report('layout', done, total)), hyphenate);
  // The same entries as the PDF's contents, in its order: the introduction, the items, the annex list.
  const listed: Omit<ContentsEntry, 'page'>[] = [
    ...(showsIntroduction(pack.introduction, template) ? [{ title: template.labels.introduction, bookmark: INTRODUCTION_BOOKMARK, level: 1 as const }] : []),
    ...pack.items.map((item, index) => ({ title: itemTitle(item, index, template), bookmark: itemBookmark(index), level: item.level })),
    ...(pack.annexes.length > 0 ? [{ title: template.labels.annexes, bookmark: itemBookmark(pack.items.length), level: 1 as const }] : []),
  ];
  const pages = showContents && layout ? layout.pagesOf(listed.map((entry) => entry.title)) : [];
  const entries: ContentsEntry[] = listed.map((entry, index) => ({ ...entry, ...(pages[index] !== undefined && { page: pages[index] }) }));
  // Endnotes are gathered at the end of each item: each item is a section of its own (continuous;
  // the item title breaks the page), and settings put endnotes at the end of their section.
  const perItem = template.footnotes === 'endnotes';
  const front =
    coverXml(pack, template, tokens) +
    (showContents ? contentsBlock(template.labels.contents, entries, textWidth) : '') +
    introductionXml(pack.introduction, template, context, pack.items.length + 2);
  const items: string[] = [];
  for (const [index, item] of pack.items.entries()) {
    items.push(itemXml(item, index, template, context, comments, system));
    const told = report('items', index + 1, pack.items.length);
    if (told) await told;
  }
  const annexes = annexesXml(pack.annexes, template, context, pack.items.length);
  const bodies = perItem ? [front, ...items, annexes].filter((part) => part.length > 0) : [front + items.join('') + annexes];

  const watermark = (shapeNumber: number) =>
    pack.status === 'draft' && template.draftWatermark && template.labels.draft.trim()
      ? watermarkRun({
          text: template.labels.draft,
          font: template.font.docxFamily,
          color: template.colors.watermark,
          textWidth: textWidth / 20,
          shapeNumber,
        })
      : undefined;

  const title = documentTitle(template.labels.cover, meetingTitle(pack), template.language, pack.language, ': ');
  const commentOptions = comments.documentOptions();
  const document = new Document({
    title: xmlSafe(title),
    subject: xmlSafe([meetingTitle(pack), tokens.date].filter(Boolean).join(', ')),
    keywords: xmlSafe([pack.meeting.abbreviation, tokens.classification].filter(Boolean).join(', ')),
    description: xmlSafe(tokens.classification),
    // The same author as the PDF's; never the user's account name.
    creator: xmlSafe(documentAuthor(pack)),
    lastModifiedBy: GENERATOR,
    customProperties: [{ name: 'Classification', value: tokens.classification }],
    ...((template.hyphenation || hyphenate) && { hyphenation: { autoHyphenation: true } }),
    styles: buildStyles(template, LANGUAGE_TAGS[pack.language], hyphenate !== null),
    ...notes.documentOptions(),
    ...(commentOptions && { comments: commentOptions }),
    sections: bodies.map((_, index): ISectionOptions => {
      const children = [bodyPlaceholder(index)];
      const page = {
        size: PAGE_SIZES_TWIPS[size],
        margin: {
          top: pointsToTwips(margins.top),
          right: pointsToTwips(margins.right),
          bottom: pointsToTwips(margins.bottom),
          left: pointsToTwips(margins.left),
          header: pointsToTwips(margins.top / 2),
          footer: pointsToTwips(margins.bottom / 2),
        },
      };
      // Later sections name no headers or footers, so they carry on the first section's.
      if (index > 0) return { properties: { type: SectionType.CONTINUOUS, page }, children };
      return {
        properties: { titlePage: true, page },
        headers: { first: coverHeader(tokens, watermark(1)), default: pageHeader(template, tokens, watermark(2)) },
        footers: { first: coverFooter(tokens), default: pageFooter(template, tokens) },
        children,
      };
    }),
  });
  const bytes = await packageDocument(
    document,
    {
      bodies,
      // numbering.xml is ours (see numbering.ts); it replaces the part docx would write.
      overrides: [
        { path: 'word/numbering.xml', data: context.numbering.toXml() },
        // docx writes an empty one; the page count is the PDF layout's, as Word has not paginated it yet.
        { path: 'docProps/app.xml', data: appPropertiesXml(GENERATOR, layout?.pageCount) },
      ],
      relationships: context.links.toXml() + pictures.relationshipsXml(),
      media: pictures.parts(),
      // docx cannot say where endnotes go or how they are numbered: at the end of each section,
      // numbered 1, 2, 3 like the footnotes (Word's default for endnotes is i, ii, iii).
      ...(perItem && notes.count > 0 && { endnoteProperties: '<w:endnotePr><w:pos w:val="sectEnd"/><w:numFmt w:val="decimal"/></w:endnotePr>' }),
    },
    assets.deflate,
  );
  await report('done', 1, 1);
  return bytes;
};
