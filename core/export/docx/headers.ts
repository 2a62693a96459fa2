/**
 * Headers and footers: the lines page-furniture.ts decides (the marking at
 * the top and bottom of every page, the template's lines aligned as it says),
 * with {page} and {pages} as live PAGE / NUMPAGES fields (Word numbers the
 * pages); and, while the pack is a draft, Word's own kind of watermark.
 */
import { Footer, Header, PageNumber, Paragraph, TextRun, type IRunOptions, type XmlComponent } from 'docx';
import { coverFurniture, furnitureLines, type FurnitureLine, type PageTokens } from '../page-furniture';
import type { Template } from '../../template/schema';
import { ALIGNMENT, STYLE } from './styles';
import { xmlSafe } from '../xml-text';

export type { PageTokens } from '../page-furniture';

type RunChild = NonNullable<IRunOptions['children']>[number];

const FIELDS: Readonly<Record<'page' | 'pages', RunChild>> = {
  page: PageNumber.CURRENT,
  pages: PageNumber.TOTAL_PAGES,
};

function furnitureParagraph(line: FurnitureLine, plainStyle: string): Paragraph {
  const children = line.parts.map((part): RunChild => ('text' in part ? xmlSafe(part.text) : FIELDS[part.field]));
  return new Paragraph({ style: line.marking ? STYLE.marking : plainStyle, alignment: ALIGNMENT[line.align], children: [new TextRun({ children })] });
}

/** The watermark run goes into the first header paragraph; it is anchored, so it does not move the text. */
function withWatermark(paragraphs: Paragraph[], watermark: XmlComponent | undefined): Paragraph[] {
  if (watermark && paragraphs[0]) paragraphs[0].addChildElement(watermark);
  return paragraphs;
}

export function pageHeader(template: Template, tokens: PageTokens, watermark?: XmlComponent): Header {
  const lines = furnitureLines(template, tokens, 'body').header;
  return new Header({ children: withWatermark(lines.map((line) => furnitureParagraph(line, STYLE.header)), watermark) });
}

export function pageFooter(template: Template, tokens: PageTokens): Footer {
  return new Footer({ children: furnitureLines(template, tokens, 'body').footer.map((line) => furnitureParagraph(line, STYLE.footer)) });
}

/** The cover carries the marking only: no page numbers before the pack begins. */
export function coverHeader(tokens: PageTokens, watermark?: XmlComponent): Header {
  const lines = coverFurniture(tokens).header;
  return new Header({ children: withWatermark(lines.map((line) => furnitureParagraph(line, STYLE.header)), watermark) });
}

export function coverFooter(tokens: PageTokens): Footer {
  return new Footer({ children: coverFurniture(tokens).footer.map((line) => furnitureParagraph(line, STYLE.footer)) });
}
