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
  /** Elements nested in pasted HTML before deeper ones are flattened (a Word or web page nests a dozen or two). */
  depth: 32,
  /** Tags in pasted HTML; more is pasted as plain text (sanitising takes tens of microseconds per element, a 40-page Word document has about 10 000). */
  tags: 25_000,
  /** Levels of nesting in an editor fragment's JSON; the model's deepest (a list nine levels down with a link) is about 25. */
  fragmentDepth: 64,
} as const;
