/**
 * Type sizes of the heading levels, shared by both exporters so a heading is
 * the same size in Word and in PDF: level 1 an item, level 2 a sub-item or an
 * item's section, level 3 a sub-item's section, level 4 a heading inside text.
 */
import type { Template } from './schema';

export type HeadingLevel = 1 | 2 | 3 | 4;

export function headingSize(sizes: Template['sizes'], level: HeadingLevel): number {
  switch (level) {
    case 1:
      return sizes.heading1;
    case 2:
      return sizes.heading2;
    case 3:
      return Math.max(sizes.body, sizes.heading2 - 1);
    case 4:
      return sizes.body;
  }
}

/**
 * A heading inside a section's text (the rich-text heading element): italic
 * and in the text's colour, so it never reads as a section label (bold, in
 * the heading colour, a size larger).
 */
export const TEXT_HEADING = { bold: true, italic: true } as const;
