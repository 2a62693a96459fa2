/**
 * List markers, shared by both exporters so a nested list looks the same in
 * Word and in PDF: a bullet per nesting level (repeating; all three are in
 * Liberation Sans and Arial), and numbers as "1." at every level.
 */
export const BULLETS = ['•', '–', '◦'] as const;

export function bulletAt(depth: number): string {
  return BULLETS[depth % BULLETS.length]!;
}

export function numberMarker(number: number): string {
  return `${number}.`;
}
