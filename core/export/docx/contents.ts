/**
 * The table of contents as a real Word TOC field, pre-filled with the entries
 * and their page numbers (taken from the PDF layout of the same pack), so it
 * reads correctly in a reader that never updates fields. Each number is a
 * PAGEREF field; settings do not ask Word to update fields on open (it would
 * ask about it every time, for a contents that is already filled in).
 *
 * Level-1 items and the annex list are Heading 1 (\o "1-1"); level-2 items
 * and the introduction carry a TC field (\f \l "1-2"): their styles are
 * shared with headings that do not belong in the contents (section labels),
 * or have no outline level. So Word's own update gives the same entries as
 * the PDF's contents: the introduction, the items, the annex list.
 *
 * Built by hand rather than with docx's TableOfContents: that one wraps the
 * field in a content control without the "Table of Contents" gallery tag,
 * and LibreOffice then prints the raw field code above the entries.
 */
import { STYLE } from './styles';
import { escapeXml } from '../xml-text';
import { fieldChar, fieldInstruction, fieldRuns, paragraph, run, textRuns, type ParagraphFormat } from './wml';

export interface ContentsEntry {
  title: string;
  bookmark: string;
  level: 1 | 2;
  /** The page number to show until Word updates the field. */
  page?: number;
}

export const TOC_INSTRUCTION = ' TOC \\o "1-1" \\f \\l "1-2" \\h \\z ';

/** Word's own convention for heading bookmarks a TOC links to; hidden in its bookmark list. */
export function itemBookmark(index: number): string {
  return `_Toc${String(index + 1).padStart(8, '0')}`;
}

/** The introduction's bookmark: after every item's and the annex list's, so none can clash. */
export const INTRODUCTION_BOOKMARK = '_Toc99999999';

/** A paragraph whose content is a bookmark; `id` is unique in the document. */
export function bookmarkedParagraph(format: ParagraphFormat, name: string, id: number, content: string): string {
  return paragraph(format, `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${id}"/>`);
}

/** A TC field: an entry for the contents at `level`; it shows nothing in the text. */
export function tocEntryField(title: string, level: number): string {
  const quoted = title.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return fieldRuns(` TC "${quoted}" \\l ${level} `);
}

function pageReference(entry: ContentsEntry): string {
  return entry.page === undefined ? '' : fieldRuns(` PAGEREF ${entry.bookmark} \\h `, textRuns(String(entry.page)));
}

// Without the "Table of Contents" gallery tag, LibreOffice prints the raw field code above the entries.
const GALLERY = '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>';

/** The heading and the field; `textWidth` in twips places the right-aligned page numbers. */
export function contentsBlock(label: string, entries: readonly ContentsEntry[], textWidth: number): string {
  const tabs = `<w:tab w:val="right" w:pos="${textWidth}" w:leader="dot"/>`;
  let field = '';
  entries.forEach((entry, index) => {
    const begin = index === 0 ? fieldChar('begin') + fieldInstruction(TOC_INSTRUCTION) + fieldChar('separate') : '';
    const end = index === entries.length - 1 ? fieldChar('end') : '';
    const link = `<w:hyperlink w:history="1" w:anchor="${entry.bookmark}">${run(`<w:t xml:space="preserve">${escapeXml(entry.title)}</w:t><w:tab/>`)}${pageReference(entry)}</w:hyperlink>`;
    field += paragraph({ style: entry.level === 1 ? STYLE.toc1 : STYLE.toc2, tabs }, begin + link + end);
  });
  return paragraph({ style: STYLE.tocHeading, pageBreakBefore: true }, textRuns(label)) + `<w:sdt>${GALLERY}<w:sdtContent>${field}</w:sdtContent></w:sdt>`;
}
