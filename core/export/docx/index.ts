/**
 * DOCX exporter: pack + template -> a native, editable Word document in house
 * style (styles, numbering, footnotes, fields), as bytes. Pure: no file
 * access, and no page layout (Word paginates; fields carry page numbers).
 */
import { Document, Packer } from 'docx';
import { formatLongDate } from '../../i18n/language';
import { classificationMarking, highestClassification } from '../../model/classification';
import { isBlankRichText } from '../../model/walk';
import type { Exporter } from '../assets';
import { annexParagraphs, itemParagraphs } from './body';
import { contentsBlock, itemBookmark } from './contents';
import { coverParagraphs, meetingTitle } from './cover';
import { FootnoteCollector } from './footnotes';
import { coverFooter, coverHeader, pageFooter, pageHeader, type PageTokens } from './headers';
import { NumberingPlan } from './numbering';
import { richTextParagraphs, type RichTextContext } from './rich-text';
import { buildStyles } from './styles';
import { PAGE_SIZES_TWIPS, pointsToTwips, xmlSafe } from './units';

const GENERATOR = 'Briefing Composer';

export const exportDocx: Exporter = async ({ pack }, template) => {
  const language = template.language;
  // The document is marked at the highest level of anything in it.
  const level = highestClassification([pack.classification, ...pack.items.map((item) => item.classification)]);
  const tokens: PageTokens = {
    classification: classificationMarking(level, language),
    meeting: pack.meeting.abbreviation || pack.meeting.name,
    date: pack.meeting.date ? formatLongDate(pack.meeting.date, language) : '',
    version: pack.version,
  };
  const context: RichTextContext = { footnotes: new FootnoteCollector(), numbering: new NumberingPlan() };

  const introduction = isBlankRichText(pack.introduction) ? [] : richTextParagraphs(pack.introduction, context);
  const { margins, size } = template.page;
  const textWidth = PAGE_SIZES_TWIPS[size].width - pointsToTwips(margins.left) - pointsToTwips(margins.right);
  const contents = pack.items.length
    ? contentsBlock(
        template.labels.contents,
        pack.items.map((item, index) => ({ title: item.title, bookmark: itemBookmark(index) })),
        textWidth,
      )
    : [];
  const children = [
    ...coverParagraphs(pack, template, tokens),
    ...introduction,
    ...contents,
    ...pack.items.flatMap((item, index) => itemParagraphs(item, index, template, context)),
    ...annexParagraphs(pack.annexes, template, context),
  ];

  const title = `${template.labels.cover}: ${meetingTitle(pack)}`;
  const document = new Document({
    title: xmlSafe(title),
    subject: xmlSafe([meetingTitle(pack), tokens.date].filter(Boolean).join(', ')),
    keywords: xmlSafe([pack.meeting.abbreviation, tokens.classification].filter(Boolean).join(', ')),
    description: xmlSafe(tokens.classification),
    // Never the user's account name: the pack holds all the personal data that goes out.
    creator: GENERATOR,
    lastModifiedBy: GENERATOR,
    customProperties: [{ name: 'Classification', value: tokens.classification }],
    features: { updateFields: contents.length > 0 },
    styles: buildStyles(template),
    footnotes: context.footnotes.toOptions(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAGE_SIZES_TWIPS[size],
            margin: {
              top: pointsToTwips(margins.top),
              right: pointsToTwips(margins.right),
              bottom: pointsToTwips(margins.bottom),
              left: pointsToTwips(margins.left),
              header: pointsToTwips(margins.top / 2),
              footer: pointsToTwips(margins.bottom / 2),
            },
          },
        },
        headers: { first: coverHeader(tokens), default: pageHeader(template, tokens) },
        footers: { first: coverFooter(tokens), default: pageFooter(template, tokens) },
        children,
      },
    ],
  });
  // numbering.xml is ours (see numbering.ts); it replaces the part docx would write.
  const numbering = { path: 'word/numbering.xml', data: context.numbering.toXml() };
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [numbering]));
};

