/**
 * Headers and footers: the template's lines, aligned as the template says,
 * with {page} and {pages} as live PAGE / NUMPAGES fields (Word numbers the
 * pages); the classification marking centred at the top and bottom of every
 * page; and, while the pack is a draft, Word's own kind of watermark.
 */
import { Footer, Header, PageNumber, Paragraph, TextRun, type IRunOptions, type XmlComponent } from 'docx';
import { fillTokens } from '../../template/load';
import type { Template } from '../../template/schema';
import { ALIGNMENT, STYLE } from './styles';
import { xmlSafe } from '../xml-text';

export interface PageTokens {
  classification: string;
  meeting: string;
  date: string;
  version: string;
}

type RunChild = NonNullable<IRunOptions['children']>[number];

const FIELD_TOKENS: Readonly<Record<string, RunChild>> = {
  '{page}': PageNumber.CURRENT,
  '{pages}': PageNumber.TOTAL_PAGES,
};

type Align = keyof typeof ALIGNMENT;

/** One paragraph for a template line; empty when the line fills to nothing. */
function templateLine(line: string, tokens: PageTokens, style: string, align: Align): Paragraph | undefined {
  const values = { ...tokens };
  const children: RunChild[] = [];
  for (const part of line.split(/(\{pages?\})/)) {
    const field = FIELD_TOKENS[part];
    if (field) children.push(field);
    else if (part !== '') children.push(xmlSafe(fillTokens(part, values)));
  }
  if (children.every((child) => typeof child === 'string' && child.trim() === '')) return undefined;
  return new Paragraph({ style, alignment: ALIGNMENT[align], children: [new TextRun({ children })] });
}

function marking(tokens: PageTokens): Paragraph {
  return new Paragraph({ style: STYLE.marking, children: [new TextRun(xmlSafe(tokens.classification))] });
}

function hasMarking(line: string): boolean {
  return line.includes('{classification}');
}

/** A line that carries the marking is set in the marking style, so the marking stands out. */
function lineStyle(line: string, plain: string): string {
  return hasMarking(line) ? STYLE.marking : plain;
}

/** The watermark run goes into the first header paragraph; it is anchored, so it does not move the text. */
function withWatermark(paragraphs: Paragraph[], watermark: XmlComponent | undefined): Paragraph[] {
  if (watermark && paragraphs[0]) paragraphs[0].addChildElement(watermark);
  return paragraphs;
}

export function pageHeader(template: Template, tokens: PageTokens, watermark?: XmlComponent): Header {
  const line = templateLine(template.header, tokens, lineStyle(template.header, STYLE.header), template.headerAlign);
  const children = hasMarking(template.header) && line ? [line] : [marking(tokens), ...(line ? [line] : [])];
  return new Header({ children: withWatermark(children, watermark) });
}

export function pageFooter(template: Template, tokens: PageTokens): Footer {
  const line = templateLine(template.footer, tokens, lineStyle(template.footer, STYLE.footer), template.footerAlign);
  const children = hasMarking(template.footer) && line ? [line] : [...(line ? [line] : []), marking(tokens)];
  return new Footer({ children });
}

/** The cover carries the marking only: no page numbers before the pack begins. */
export function coverHeader(tokens: PageTokens, watermark?: XmlComponent): Header {
  return new Header({ children: withWatermark([marking(tokens)], watermark) });
}

export function coverFooter(tokens: PageTokens): Footer {
  return new Footer({ children: [marking(tokens)] });
}
