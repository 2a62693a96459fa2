/**
 * What the top and bottom of each page carry, decided once for both
 * exporters so the PDF and the DOCX put the same lines in the same order.
 *
 * Security rules (VIR-BI, NATO, EU) put the marking at the top and the bottom
 * of every page: when the template's header or footer line does not hold
 * {classification}, the marking gets a line of its own, above the header line
 * and below the footer line. The cover carries the marking only, no page numbers.
 */
import type { Language } from '../i18n/language';
import { markingCaveatOf } from '../model/markings';
import type { BriefingPack } from '../model/pack';
import type { CopyMark } from '../model/recipient-copy';
import { fillTokens } from '../template/load';
import type { Template } from '../template/schema';

export type FurnitureAlign = 'left' | 'center' | 'right';

export interface PageTokens {
  /** The pack's marking: its highest level, in the template's language. */
  classification: string;
  /** The meeting's abbreviation, or its name when it has none: a footer has room for little. */
  meeting: string;
  date: string;
  version: string;
  /** A caveat or releasability line printed under every marking; '' for none. */
  caveat: string;
  /** A numbered copy's recipient and number ("… · Exemplaar 2 van 5"); '' when the export is no numbered copy. */
  copy: string;
}

/** Text with its tokens filled, or a page number each exporter numbers its own way (Word with a field). */
export type FurniturePart = { text: string } | { field: 'page' | 'pages' };

export interface FurnitureLine {
  parts: readonly FurniturePart[];
  /** Set in the marking's colour and weight. */
  marking: boolean;
  align: FurnitureAlign;
}

export interface PageFurnitureLines {
  /** Top to bottom. */
  header: FurnitureLine[];
  /** Top to bottom. */
  footer: FurnitureLine[];
}

const PAGE_NUMBER_TOKENS = /\{(pages?)\}/;

const COPY_OF = {
  nl: (mark: CopyMark) => `Exemplaar ${mark.number} van ${mark.of}`,
  en: (mark: CopyMark) => `Copy ${mark.number} of ${mark.of}`,
} as const;

/** The recipient, their function if any, and the copy number, in the template's language. */
export function copyLineText(mark: CopyMark, language: Language): string {
  const who = mark.function.trim() ? `${mark.recipient} (${mark.function.trim()})` : mark.recipient;
  return `${who} · ${COPY_OF[language](mark)}`;
}

/** `date` is the meeting's date as the template's language writes it; `copy` the line copyLineText makes, if any. */
export function pageTokens(pack: BriefingPack, marking: string, date: string, copy = ''): PageTokens {
  return { classification: marking, meeting: pack.meeting.abbreviation || pack.meeting.name, date, version: pack.version, caveat: markingCaveatOf(pack), copy };
}

function hasMarking(line: string): boolean {
  return line.includes('{classification}');
}

/** The template line with its tokens filled; null when nothing would show (a page number always shows). */
function templateLine(line: string, tokens: PageTokens, align: FurnitureAlign): FurnitureLine | null {
  const values: Record<string, string> = { classification: tokens.classification, meeting: tokens.meeting, date: tokens.date, version: tokens.version };
  // split with a capture group: every odd part is the name of a page-number token.
  const parts: FurniturePart[] = line
    .split(PAGE_NUMBER_TOKENS)
    .map((part, i) => (i % 2 === 1 ? { field: part as 'page' | 'pages' } : { text: fillTokens(part, values) }))
    .filter((part) => !('text' in part) || part.text !== '');
  if (parts.every((part) => 'text' in part && part.text.trim() === '')) return null;
  return { parts, marking: hasMarking(line), align };
}

/** The line as text, page numbers given. */
export function furnitureText(line: FurnitureLine, page: number, pages: number): string {
  return line.parts.map((part) => ('text' in part ? part.text : String(part.field === 'page' ? page : pages))).join('');
}

function markingLine(tokens: PageTokens): FurnitureLine {
  return { parts: [{ text: tokens.classification }], marking: true, align: 'center' };
}

/** Each line that carries the marking is followed by the caveat, when the pack has one. */
function withCaveat(lines: FurnitureLine[], tokens: PageTokens): FurnitureLine[] {
  if (!tokens.caveat) return lines;
  return lines.flatMap((line) => (line.marking ? [line, { parts: [{ text: tokens.caveat }], marking: true, align: line.align }] : [line]));
}

/** A numbered copy says whose it is on every page, the cover too: the last header line, on the right. */
function withCopy(header: FurnitureLine[], tokens: PageTokens): FurnitureLine[] {
  return tokens.copy ? [...header, { parts: [{ text: tokens.copy }], marking: false, align: 'right' }] : header;
}

/** The cover: the marking alone, top and bottom (and a copy's number); no page numbers before the pack begins. */
export function coverFurniture(tokens: PageTokens): PageFurnitureLines {
  return { header: withCopy(withCaveat([markingLine(tokens)], tokens), tokens), footer: withCaveat([markingLine(tokens)], tokens) };
}

export function furnitureLines(template: Template, tokens: PageTokens, page: 'cover' | 'body'): PageFurnitureLines {
  if (page === 'cover') return coverFurniture(tokens);
  const header = templateLine(template.header, tokens, template.headerAlign);
  const footer = templateLine(template.footer, tokens, template.footerAlign);
  return {
    header: withCopy(withCaveat(header?.marking ? [header] : [markingLine(tokens), ...(header ? [header] : [])], tokens), tokens),
    footer: withCaveat(footer?.marking ? [footer] : [...(footer ? [footer] : []), markingLine(tokens)], tokens),
  };
}
