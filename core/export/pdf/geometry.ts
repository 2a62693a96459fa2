import type { Template } from '../../template/schema';

/** Page sizes in points (1/72 inch). */
export const PAGE_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;

export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  /** y of the top of the text area. */
  top: number;
  /** y of the bottom of the text area. */
  bottom: number;
  contentWidth: number;
  marginTop: number;
  marginBottom: number;
}

export function pageGeometry(template: Template): PageGeometry {
  const { width, height } = PAGE_SIZES[template.page.size];
  const m = template.page.margins;
  return {
    width,
    height,
    left: m.left,
    right: width - m.right,
    top: height - m.top,
    bottom: m.bottom,
    contentWidth: width - m.left - m.right,
    marginTop: m.top,
    marginBottom: m.bottom,
  };
}
