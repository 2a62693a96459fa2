/**
 * The table of contents as a real Word TOC field, pre-filled with the entries
 * and their page numbers (taken from the PDF layout of the same pack), so it
 * reads correctly in a reader that never updates fields. Each number is a
 * PAGEREF field, and settings ask Word to update fields on open.
 *
 * Level-1 items are Heading 1 (\o "1-1"); level-2 items carry a TC field
 * (\f \l "2-2"), because their Heading 2 is also the style of the section
 * labels, which do not belong in the contents.
 *
 * Built by hand rather than with docx's TableOfContents: that one wraps the
 * field in a content control without the "Table of Contents" gallery tag,
 * and LibreOffice then prints the raw field code above the entries.
 */
import {
  FileChild,
  ImportedXmlComponent,
  InternalHyperlink,
  LeaderType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type XmlComponent,
} from 'docx';
import { STYLE } from './styles';
import { xmlSafe } from './units';

export interface ContentsEntry {
  title: string;
  bookmark: string;
  level: 1 | 2;
  /** The page number to show until Word updates the field. */
  page?: number;
}

export const TOC_INSTRUCTION = ' TOC \\o "1-1" \\f \\l "2-2" \\h \\z ';

/** Word's own convention for heading bookmarks a TOC links to; hidden in its bookmark list. */
export function itemBookmark(index: number): string {
  return `_Toc${String(index + 1).padStart(8, '0')}`;
}

/**
 * A paragraph whose text is a bookmark. docx's own Bookmark gives every
 * bookmark the id 1; Word expects each id once.
 */
export function bookmarkedParagraph(options: IParagraphOptions, name: string, id: number, children: readonly XmlComponent[]): Paragraph {
  const paragraph = new Paragraph(options);
  paragraph.addChildElement(element('w:bookmarkStart', { 'w:id': String(id), 'w:name': name }));
  for (const child of children) paragraph.addChildElement(child);
  paragraph.addChildElement(element('w:bookmarkEnd', { 'w:id': String(id) }));
  return paragraph;
}

function element(name: string, attributes?: Record<string, string>, ...children: (XmlComponent | string)[]): ImportedXmlComponent {
  const component = new ImportedXmlComponent(name, attributes);
  for (const child of children) component.push(child);
  return component;
}

function fieldChar(type: 'begin' | 'separate' | 'end'): TextRun {
  return new TextRun({ children: [element('w:fldChar', { 'w:fldCharType': type })] });
}

function instruction(text: string): TextRun {
  return new TextRun({ children: [element('w:instrText', { 'xml:space': 'preserve' }, xmlSafe(text))] });
}

/** A TC field: an entry for the contents at `level`; it shows nothing in the text. */
export function tocEntryField(title: string, level: number): TextRun[] {
  const quoted = title.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return [fieldChar('begin'), instruction(` TC "${quoted}" \\l ${level} `), fieldChar('end')];
}

class ContentsField extends FileChild {
  constructor(paragraphs: readonly Paragraph[]) {
    super('w:sdt');
    const gallery = element('w:docPartObj', undefined, element('w:docPartGallery', { 'w:val': 'Table of Contents' }), element('w:docPartUnique'));
    this.root.push(element('w:sdtPr', undefined, gallery));
    this.root.push(element('w:sdtContent', undefined, ...paragraphs));
  }
}

function pageReference(entry: ContentsEntry): TextRun[] {
  if (entry.page === undefined) return [];
  return [fieldChar('begin'), instruction(` PAGEREF ${entry.bookmark} \\h `), fieldChar('separate'), new TextRun(String(entry.page)), fieldChar('end')];
}

/** The heading and the field; `textWidth` in twips places the right-aligned page numbers. */
export function contentsBlock(label: string, entries: readonly ContentsEntry[], textWidth: number): (Paragraph | FileChild)[] {
  const tabStops = [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }];
  const begin = [fieldChar('begin'), instruction(TOC_INSTRUCTION), fieldChar('separate')];
  const paragraphs = entries.map((entry, index) => {
    const link = new InternalHyperlink({
      anchor: entry.bookmark,
      children: [new TextRun({ children: [xmlSafe(entry.title), new Tab()] }), ...pageReference(entry)],
    });
    const last = index === entries.length - 1;
    return new Paragraph({
      style: entry.level === 1 ? STYLE.toc1 : STYLE.toc2,
      tabStops,
      children: [...(index === 0 ? begin : []), link, ...(last ? [fieldChar('end')] : [])],
    });
  });
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun(xmlSafe(label))] }),
    new ContentsField(paragraphs),
  ];
}
