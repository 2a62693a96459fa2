/**
 * Headers and footers: the template's lines with {page} and {pages} as live
 * PAGE / NUMPAGES fields (Word numbers the pages, we never lay them out),
 * and the classification marking at the top and bottom of every page.
 */
import { Footer, Header, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { fillTokens } from '../../template/load';
import type { Template } from '../../template/schema';
import { STYLE } from './styles';
import { xmlSafe } from './units';

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

/** One paragraph for a template line; empty when the line fills to nothing. */
function templateLine(line: string, tokens: PageTokens, style: string): Paragraph | undefined {
  const values = { ...tokens };
  const children: RunChild[] = [];
  for (const part of line.split(/(\{pages?\})/)) {
    const field = FIELD_TOKENS[part];
    if (field) children.push(field);
    else if (part !== '') children.push(xmlSafe(fillTokens(part, values)));
  }
  if (children.every((child) => typeof child === 'string' && child.trim() === '')) return undefined;
  return new Paragraph({ style, children: [new TextRun({ children })] });
}

function marking(tokens: PageTokens): Paragraph {
  return new Paragraph({ style: STYLE.marking, children: [new TextRun(xmlSafe(tokens.classification))] });
}

function hasMarking(line: string): boolean {
  return line.includes('{classification}');
}

function markingStyle(line: string): string {
  // A line that carries the marking is set in the marking style, so the marking stands out.
  return hasMarking(line) ? STYLE.marking : STYLE.header;
}

export function pageHeader(template: Template, tokens: PageTokens): Header {
  const line = templateLine(template.header, tokens, markingStyle(template.header));
  const children = hasMarking(template.header) && line ? [line] : [marking(tokens), ...(line ? [line] : [])];
  return new Header({ children });
}

export function pageFooter(template: Template, tokens: PageTokens): Footer {
  const style = hasMarking(template.footer) ? STYLE.marking : STYLE.footer;
  const line = templateLine(template.footer, tokens, style);
  const children = hasMarking(template.footer) && line ? [line] : [...(line ? [line] : []), marking(tokens)];
  return new Footer({ children });
}

/** The cover carries the marking only: no page numbers before the pack begins. */
export function coverHeader(tokens: PageTokens): Header {
  return new Header({ children: [marking(tokens)] });
}

export function coverFooter(tokens: PageTokens): Footer {
  return new Footer({ children: [marking(tokens)] });
}
