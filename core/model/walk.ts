import type { BlockElement, FormattedText, InlineNode, ListElement, RichText } from './rich-text';

export function isText(node: InlineNode): node is FormattedText {
  return 'text' in node && !('type' in node);
}

/** Plain text of a run of inlines; footnotes contribute nothing to the body text. */
export function inlineText(nodes: readonly InlineNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (isText(node)) out += node.text;
    else if (node.type === 'link') out += node.children.map((c) => c.text).join('');
  }
  return out;
}

/**
 * The runs of inlines of a block in reading order, as comment anchors count
 * them: a paragraph's inlines, each list item's, each table cell's (the
 * block's own arrays). Their plain texts joined by one character each make
 * the block's anchor text (core/model/pack-ops anchorText).
 */
export function anchorRuns(block: BlockElement): InlineNode[][] {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list': {
      const runs: InlineNode[][] = [];
      const walk = (list: ListElement): void => {
        for (const child of list.children) {
          if (child.type === 'list-item') runs.push(child.children);
          else walk(child);
        }
      };
      walk(block);
      return runs;
    }
    case 'table':
      return block.children.flatMap((row) => row.children.map((cell) => cell.children));
    default:
      return [block.children];
  }
}

function listText(list: ListElement): string[] {
  return list.children.flatMap((child) =>
    child.type === 'list-item' ? [inlineText(child.children)] : listText(child),
  );
}

export function blockText(block: BlockElement): string[] {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list':
      return listText(block);
    case 'table':
      return block.children.map((row) => row.children.map((cell) => inlineText(cell.children)).join('\t'));
    default:
      return [inlineText(block.children)];
  }
}

/** One string per paragraph-like line, in reading order. */
export function plainLines(value: RichText): string[] {
  return value.flatMap(blockText);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function richTextWords(value: RichText): number {
  return plainLines(value).reduce((sum, line) => sum + countWords(line), 0);
}

const VISIBLE = /\S/;

/** Whether the inlines have a visible character (footnotes do not count). */
// A footnote with a note is content too: a section holding only one must not vanish from an export.
export function inlineHasText(nodes: readonly InlineNode[]): boolean {
  return nodes.some((node) =>
    isText(node) ? VISIBLE.test(node.text) : node.type === 'link' ? node.children.some((c) => VISIBLE.test(c.text)) : node.type === 'footnote' && VISIBLE.test(node.note),
  );
}

function blockHasText(block: BlockElement | ListElement['children'][number]): boolean {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.some(blockHasText);
    case 'list-item':
      return inlineHasText(block.children);
    case 'table':
      return block.children.some((row) => row.children.some((cell) => inlineHasText(cell.children)));
    case 'figure':
      return true;
    default:
      return inlineHasText(block.children);
  }
}

/** No visible text anywhere, not even a footnote's note, found without building the lines. */
export function isBlankRichText(value: RichText): boolean {
  return !value.some(blockHasText);
}
