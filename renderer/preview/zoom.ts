/** The preview's zoom: the page fitted to the pane's width, or a share of its printed size. */
export type Zoom = 'fit' | number;

/** The steps + and − go through, as shares of the printed size. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** One step in or out from what is shown now (`shownShare`: the share the page is drawn at). */
export function nextZoom(zoom: Zoom, shownShare: number, direction: 1 | -1): number {
  const share = zoom === 'fit' ? shownShare : zoom;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > share + 0.001) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < share - 0.001) ?? ZOOM_STEPS[0];
}
