/**
 * Real Word styles in the template's house style, so whoever finishes the
 * pack in Word can restyle it globally. Formatting lives in styles, not on
 * runs: that keeps document.xml small and editable.
 */
import {
  AlignmentType,
  DocumentDefaults,
  ImportedXmlComponent,
  LineRuleType,
  StyleForCharacter,
  StyleForParagraph,
  type IParagraphStyleOptions,
  type IStylesOptions,
  type XmlComponent,
} from 'docx';
import type { Template } from '../../template/schema';
import { pointsToHalfPoints, pointsToTwips } from './units';
import { parseFragment } from './xml';
import { headingSize, TEXT_HEADING } from '../../template/headings';

export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  subItemSection: 'SubItemSectionHeading',
  quote: 'Quote',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  footnoteText: 'FootnoteText',
  footnoteReference: 'FootnoteReference',
  endnoteText: 'EndnoteText',
  endnoteReference: 'EndnoteReference',
  commentText: 'CommentText',
  commentReference: 'CommentReference',
  commentEntry: 'CommentEntry',
  commentReply: 'CommentReply',
  tableGrid: 'TableGrid',
  caption: 'Caption',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableAfter: 'TableAfter',
  noAnnotation: 'NoAnnotation',
  introductionHeading: 'IntroductionHeading',
  coverAbbreviation: 'CoverAbbreviation',
  coverMarking: 'CoverMarking',
  coverSignatory: 'CoverSignatory',
  hyperlink: 'Hyperlink',
  header: 'Header',
  footer: 'Footer',
  marking: 'Marking',
  meta: 'CoverDetails',
  itemMarking: 'ItemMarking',
  tocHeading: 'TOCHeading',
  toc1: 'TOC1',
  toc2: 'TOC2',
} as const;

// Word's own "Table Grid": thin borders on every cell, no space after paragraphs in cells.
const TABLE_STYLES =
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
  '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
  '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  '<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>' +
  '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

// docx cannot flag a style as the default paragraph style, and without
// w:default Word and python-docx do not treat "Normal" as the body style.
function normalStyle(suppressHyphens: boolean): XmlComponent {
  const style = new ImportedXmlComponent('w:style', { 'w:type': 'paragraph', 'w:default': '1', 'w:styleId': 'Normal' });
  style.push(new ImportedXmlComponent('w:name', { 'w:val': 'Normal' }));
  style.push(new ImportedXmlComponent('w:qFormat'));
  if (suppressHyphens) {
    const properties = new ImportedXmlComponent('w:pPr');
    properties.push(new ImportedXmlComponent('w:suppressAutoHyphens'));
    style.push(properties);
  }
  return style;
}

/** Table cells' text; hyphenated by Word, as the PDF hyphenates cells, even where the body text is not (docx has no option for it). */
const tableTextStyle = (): string =>
  `<w:style w:type="paragraph" w:styleId="${STYLE.tableText}"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>` +
  '<w:pPr><w:suppressAutoHyphens w:val="0"/><w:spacing w:after="0"/></w:pPr></w:style>';

/**
 * `language`: the tag Word uses for spelling and hyphenation (the pack's).
 * `hyphenatedCells`: Word hyphenates the document (the PDF hyphenates the pack's table cells);
 * body text is then kept from it unless the template hyphenates it too.
 */
export function buildStyles(template: Template, language: string, hyphenatedCells = false): IStylesOptions {
  const { sizes, colors, font } = template;
  const line = pointsToTwips(sizes.lineHeight);
  const gap = Math.round(line / 2);
  const heading = (id: string, name: string, size: number, level: number, before: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: pointsToHalfPoints(size), color: colors.heading },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      spacing: { before, after: gap, line: pointsToTwips(size * 1.2), lineRule: LineRuleType.AT_LEAST },
    },
  });
  const textHeading = (id: string, name: string, size: number, level: number): IParagraphStyleOptions => {
    const base = heading(id, name, size, level, gap);
    return { ...base, run: { ...base.run, bold: TEXT_HEADING.bold, italics: TEXT_HEADING.italic, color: colors.text } };
  };
  const small = (id: string, name: string, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    run: { size: pointsToHalfPoints(sizes.small), color: colors.muted },
    paragraph: { spacing: { after: 0, line: pointsToTwips(sizes.small * 1.25), lineRule: LineRuleType.AT_LEAST } },
    ...extra,
  });

  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: pointsToHalfPoints(sizes.title), color: colors.heading },
      paragraph: { spacing: { after: line, line: pointsToTwips(sizes.title * 1.2), lineRule: LineRuleType.AT_LEAST } },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pointsToHalfPoints(sizes.heading1), color: colors.muted },
      paragraph: { spacing: { before: line * 4, after: gap } },
    },
    heading(STYLE.heading1, 'heading 1', headingSize(sizes, 1), 0, line),
    heading(STYLE.heading2, 'heading 2', headingSize(sizes, 2), 1, line),
    // Headings 3 and 4 are the headings inside a section's text, set apart from the section labels as in the PDF.
    textHeading(STYLE.heading3, 'heading 3', headingSize(sizes, 3), 2),
    textHeading(STYLE.heading4, 'heading 4', headingSize(sizes, 4), 3),
    // A sub-item's section labels look like an item's, a level lower.
    heading(STYLE.subItemSection, 'Sub-item Section Heading', headingSize(sizes, 3), 2, gap),
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: colors.muted },
      paragraph: { indent: { left: 567, right: 567 } },
    },
    // Word's Caption, so a caption someone adds to a table in Word takes the house style.
    {
      id: STYLE.caption,
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, color: colors.muted, size: pointsToHalfPoints(sizes.small) },
      paragraph: { spacing: { before: 60, after: 120 } },
    },
    { id: STYLE.listBullet, name: 'List Bullet', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    { id: STYLE.listNumber, name: 'List Number', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    small(STYLE.footnoteText, 'footnote text', { semiHidden: true, unhideWhenUsed: true }),
    small(STYLE.endnoteText, 'endnote text', { semiHidden: true, unhideWhenUsed: true }),
    small(STYLE.commentText, 'annotation text', { semiHidden: true, unhideWhenUsed: true }),
    small(STYLE.header, 'header', { paragraph: { alignment: ALIGNMENT[template.headerAlign], spacing: { after: 0 } } }),
    small(STYLE.footer, 'footer', { paragraph: { alignment: ALIGNMENT[template.footerAlign], spacing: { after: 0 } } }),
    {
      id: STYLE.marking,
      name: 'Classification Marking',
      basedOn: 'Normal',
      // The PDF's size and pitch for the marking in the margins, so both formats place it alike.
      run: { bold: true, color: colors.marking, size: pointsToHalfPoints(sizes.small + 1) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0, line: pointsToTwips((sizes.small + 1) * 1.25), lineRule: LineRuleType.AT_LEAST } },
    },
    { id: STYLE.meta, name: 'Cover Details', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    // The item's own level under its title, kept with what follows as in the PDF.
    {
      id: STYLE.itemMarking,
      name: 'Item Marking',
      basedOn: 'Normal',
      next: 'Normal',
      run: { color: colors.marking, size: pointsToHalfPoints(sizes.small) },
      paragraph: { keepNext: true, spacing: { after: 60 } },
    },
    {
      id: STYLE.coverAbbreviation,
      name: 'Cover Abbreviation',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pointsToHalfPoints(sizes.heading1), color: colors.heading },
      paragraph: { spacing: { after: line } },
    },
    {
      id: STYLE.coverMarking,
      name: 'Cover Marking',
      basedOn: STYLE.marking,
      next: 'Normal',
      run: { size: pointsToHalfPoints(sizes.heading2) },
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: line * 2, after: line, line, lineRule: LineRuleType.AT_LEAST } },
    },
    { id: STYLE.coverSignatory, name: 'Cover Signatory', basedOn: 'Normal', paragraph: { spacing: { before: line * 2 } } },
    // Looks like Heading 1 but has no outline level: the contents lists the agenda, not the introduction.
    { ...heading(STYLE.introductionHeading, 'Introduction Heading', sizes.heading1, 9, 0), basedOn: 'Normal' },
    { id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText, run: { bold: true }, paragraph: { keepNext: true } },
    { id: STYLE.tableAfter, name: 'Table Spacing', basedOn: 'Normal', run: { size: 2 }, paragraph: { spacing: { after: gap, line: 40, lineRule: LineRuleType.EXACT } } },
    { id: STYLE.noAnnotation, name: 'No Annotation', basedOn: 'Normal', run: { italics: true, color: colors.muted }, paragraph: { spacing: { before: line } } },
    { id: STYLE.commentEntry, name: 'Comment Entry', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    { id: STYLE.commentReply, name: 'Comment Reply', basedOn: STYLE.commentEntry, paragraph: { indent: { left: 360 } } },
    { ...heading(STYLE.tocHeading, 'TOC Heading', sizes.heading1, 9, 0), basedOn: 'Normal' },
    { id: STYLE.toc1, name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 60 } } },
    { id: STYLE.toc2, name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 40 }, indent: { left: 360 } } },
  ];

  // Building the full list ourselves (instead of extending docx's defaults)
  // keeps styles.xml to the styles the pack uses, each defined once.
  const importedStyles: XmlComponent[] = [
    new DocumentDefaults({
      run: {
        font: { ascii: font.docxFamily, hAnsi: font.docxFamily, cs: font.docxFamily, eastAsia: font.docxFamily },
        size: pointsToHalfPoints(sizes.body),
        sizeComplexScript: pointsToHalfPoints(sizes.body),
        color: colors.text,
        language: { value: language },
      },
      paragraph: { spacing: { after: gap, line, lineRule: LineRuleType.AT_LEAST } },
    }),
    normalStyle(hyphenatedCells && !template.hyphenation),
    ...paragraphStyles.map((style) => new StyleForParagraph(style)),
    ...parseFragment(tableTextStyle()),
    new StyleForCharacter({
      id: STYLE.hyperlink,
      name: 'Hyperlink',
      basedOn: 'DefaultParagraphFont',
      unhideWhenUsed: true,
      run: { color: colors.link, underline: {} },
    }),
    new StyleForCharacter({
      id: STYLE.footnoteReference,
      name: 'footnote reference',
      basedOn: 'DefaultParagraphFont',
      semiHidden: true,
      unhideWhenUsed: true,
      run: { superScript: true },
    }),
    new StyleForCharacter({
      id: STYLE.endnoteReference,
      name: 'endnote reference',
      basedOn: 'DefaultParagraphFont',
      semiHidden: true,
      unhideWhenUsed: true,
      run: { superScript: true },
    }),
    new StyleForCharacter({
      id: STYLE.commentReference,
      name: 'annotation reference',
      basedOn: 'DefaultParagraphFont',
      semiHidden: true,
      unhideWhenUsed: true,
      run: { size: pointsToHalfPoints(sizes.small) },
    }),
    ...parseFragment(TABLE_STYLES),
  ];
  return { importedStyles };
}
