/**
 * WordprocessingML for the document body, written as strings. The body is
 * nearly all of a pack, and building it as docx's object tree (one object per
 * run, property and attribute, then a generic XML serialiser) took three
 * quarters of the export; docx still writes the package around it (styles,
 * headers and footers, notes, comments, properties), see package.ts.
 */
import { escapeXml } from '../xml-text';

export interface RunFormat {
  style?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  highlight?: boolean;
  /** A Woo publication's box: white text on black shading. */
  redacted?: boolean;
}

/** w:rPr in schema order; empty when nothing is set, so plain runs stay small. */
export function runProperties(format: RunFormat): string {
  let xml = '';
  if (format.style) xml += `<w:rStyle w:val="${format.style}"/>`;
  if (format.bold) xml += '<w:b/><w:bCs/>';
  if (format.italic) xml += '<w:i/><w:iCs/>';
  if (format.strike) xml += '<w:strike/>';
  if (format.redacted) xml += '<w:color w:val="FFFFFF"/>';
  if (format.highlight) xml += '<w:highlight w:val="yellow"/><w:highlightCs w:val="yellow"/>';
  if (format.underline) xml += '<w:u w:val="single"/>';
  if (format.redacted) xml += '<w:shd w:val="clear" w:color="auto" w:fill="000000"/>';
  return xml && `<w:rPr>${xml}</w:rPr>`;
}

/** A run around other run content (a field character, a note or comment reference). */
export function run(content: string, properties = ''): string {
  return `<w:r>${properties}${content}</w:r>`;
}

/** Runs for text; a line break inside it becomes a Word line break. Nothing for empty text. */
export function textRuns(text: string, properties = ''): string {
  if (text === '') return '';
  const lines = text.split('\n');
  let xml = '';
  for (let i = 0; i < lines.length; i++) {
    xml += `<w:r>${properties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(lines[i]!)}</w:t></w:r>`;
  }
  return xml;
}

export interface ParagraphFormat {
  style?: string;
  pageBreakBefore?: boolean;
  /** A list paragraph: the w:num instance and the level in it. */
  list?: { numId: number; level: number };
  /** w:tabs content. */
  tabs?: string;
}

/** w:pPr in schema order. */
function paragraphProperties(format: ParagraphFormat): string {
  let xml = '';
  if (format.style) xml += `<w:pStyle w:val="${format.style}"/>`;
  if (format.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (format.list) xml += `<w:numPr><w:ilvl w:val="${format.list.level}"/><w:numId w:val="${format.list.numId}"/></w:numPr>`;
  if (format.tabs) xml += `<w:tabs>${format.tabs}</w:tabs>`;
  return xml && `<w:pPr>${xml}</w:pPr>`;
}

export function paragraph(format: ParagraphFormat, content: string): string {
  return `<w:p>${paragraphProperties(format)}${content}</w:p>`;
}

/** A paragraph of one style holding plain text. */
export function textParagraph(style: string | undefined, text: string): string {
  return paragraph(style ? { style } : {}, textRuns(text));
}

export function fieldChar(type: 'begin' | 'separate' | 'end'): string {
  return run(`<w:fldChar w:fldCharType="${type}"/>`);
}

export function fieldInstruction(instruction: string): string {
  return run(`<w:instrText xml:space="preserve">${escapeXml(instruction)}</w:instrText>`);
}

/** A complex field as runs: begin, instruction, [separate, the result shown until Word updates it,] end. */
export function fieldRuns(instruction: string, result?: string): string {
  const shown = result === undefined ? '' : fieldChar('separate') + result;
  return fieldChar('begin') + fieldInstruction(instruction) + shown + fieldChar('end');
}
