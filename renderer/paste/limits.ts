/** How much a single paste may carry; beyond this nothing is inserted and the person is told why. */
export const PASTE_LIMITS = {
  /** Characters of HTML handed to the sanitizer. */
  html: 2_000_000,
  /** Characters of plain text. */
  text: 1_000_000,
  /** Characters of a serialised editor fragment. */
  fragment: 2_000_000,
  /** Characters in one text leaf (the model allows 200 000). */
  leaf: 100_000,
  /** Blocks one paste may add. */
  blocks: 2_000,
} as const;
