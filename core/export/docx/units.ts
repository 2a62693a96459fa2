/** Word measures page geometry in twentieths of a point and font sizes in half-points. */

export function pointsToTwips(points: number): number {
  return Math.round(points * 20);
}

export function pointsToHalfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Portrait page sizes in twips, as Word writes them. */
export const PAGE_SIZES_TWIPS = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;
