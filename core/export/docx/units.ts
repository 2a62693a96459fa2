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

// XML 1.0 forbids most control characters, U+FFFE/U+FFFF and unpaired
// surrogates; one stray character pasted from another program would make
// Word refuse the whole file.
function isForbidden(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

export function xmlSafe(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isForbidden(text, i)) continue;
    out += text.slice(kept, i);
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
