/**
 * Spacing and indents in the house style, derived from the template's sizes so
 * a template with a larger body size scales the whole page with it.
 */
import type { Template } from '../../template/schema';

/** Fixed proportions, in multiples of the body line height unless named otherwise. */
export const PROPORTIONS = {
  paragraphGap: 0.5,
  headingGap: 1,
  sectionGap: 1.1,
  itemGap: 1.8,
  /** List indent per level, in body sizes. */
  listIndent: 2,
  quoteIndent: 2,
  quoteBarWidth: 1.5,
  /** Footnote marker size and raise, in fractions of the text size. */
  superscriptScale: 0.62,
  superscriptRise: 0.38,
} as const;

export const FIXED_COLORS = {
  highlight: 'FFF3A3',
  quoteBar: 'B4B4B4',
  rule: 'B4B4B4',
  watermark: 'E6E6E6',
  redaction: '000000',
} as const;

export interface Theme {
  body: number;
  lineHeight: number;
  small: number;
  title: number;
  heading1: number;
  heading2: number;
  colors: Template['colors'];
  paragraphGap: number;
  headingGap: number;
  sectionGap: number;
  itemGap: number;
  listIndent: number;
  quoteIndent: number;
}

/** Line height for text of this size, keeping the template's body ratio. */
export function lineHeightFor(theme: Theme, size: number): number {
  return (theme.lineHeight * size) / theme.body;
}

export function themeOf(template: Template): Theme {
  const { body, lineHeight } = template.sizes;
  return {
    ...template.sizes,
    colors: template.colors,
    paragraphGap: lineHeight * PROPORTIONS.paragraphGap,
    headingGap: lineHeight * PROPORTIONS.headingGap,
    sectionGap: lineHeight * PROPORTIONS.sectionGap,
    itemGap: lineHeight * PROPORTIONS.itemGap,
    listIndent: body * PROPORTIONS.listIndent,
    quoteIndent: body * PROPORTIONS.quoteIndent,
  };
}
