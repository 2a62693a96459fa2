/**
 * The six capital letters before a subset font's name ("ABCDEF+LiberationSans"):
 * ISO 32000 names a subset this way, so readers and PDF/A checks know the font
 * holds only some glyphs. Derived from the subset's characters (FNV-1a), not
 * chance, so the same pack gives the same file, and different subsets of one
 * font differ when annex pages bring fonts of the same name.
 */
export function subsetTag(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // 26^6 is below 2^32, so six base-26 digits of the hash give six letters.
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

export function subsetFontName(postscriptName: string | null | undefined, seed: string): string {
  return `${subsetTag(seed)}+${postscriptName || 'Font'}`;
}
