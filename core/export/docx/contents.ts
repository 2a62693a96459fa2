/**
 * The table of contents as a real Word TOC field over Heading 1, pre-filled
 * with the item titles so it reads correctly before anyone updates it. Page
 * numbers are left to Word (settings ask it to update fields on open):
 * computing them here would mean laying out pages.
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
  type XmlComponent,
} from 'docx';
import { STYLE } from './styles';
import { xmlSafe } from './units';

export interface ContentsEntry {
  title: string;
  bookmark: string;
}

/** Word's own convention for heading bookmarks a TOC links to; hidden in its bookmark list. */
export function itemBookmark(index: number): string {
  return `_Toc${String(index + 1).padStart(8, '0')}`;
}

function element(name: string, attributes?: Record<string, string>, ...children: (XmlComponent | string)[]): ImportedXmlComponent {
  const component = new ImportedXmlComponent(name, attributes);
  for (const child of children) component.push(child);
  return component;
}

function fieldChar(type: 'begin' | 'separate' | 'end'): TextRun {
  return new TextRun({ children: [element('w:fldChar', { 'w:fldCharType': type })] });
}

class ContentsField extends FileChild {
  constructor(paragraphs: readonly Paragraph[]) {
    super('w:sdt');
    const gallery = element('w:docPartObj', undefined, element('w:docPartGallery', { 'w:val': 'Table of Contents' }), element('w:docPartUnique'));
    this.root.push(element('w:sdtPr', undefined, gallery));
    this.root.push(element('w:sdtContent', undefined, ...paragraphs));
  }
}

/** The heading and the field; `textWidth` in twips places the right-aligned page numbers. */
export function contentsBlock(label: string, entries: readonly ContentsEntry[], textWidth: number): (Paragraph | FileChild)[] {
  const tabStops = [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }];
  const begin = [
    fieldChar('begin'),
    new TextRun({ children: [element('w:instrText', { 'xml:space': 'preserve' }, ' TOC \\o "1-1" \\h \\z \\u ')] }),
    fieldChar('separate'),
  ];
  const paragraphs = entries.map((entry, index) => {
    const link = new InternalHyperlink({
      anchor: entry.bookmark,
      children: [new TextRun({ children: [xmlSafe(entry.title), new Tab()] })],
    });
    const last = index === entries.length - 1;
    return new Paragraph({
      style: STYLE.toc1,
      tabStops,
      children: [...(index === 0 ? begin : []), link, ...(last ? [fieldChar('end')] : [])],
    });
  });
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun(xmlSafe(label))] }),
    new ContentsField(paragraphs),
  ];
}
