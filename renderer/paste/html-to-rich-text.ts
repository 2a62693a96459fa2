/**
 * Sanitised HTML (Word, Google Docs, web pages) to the model. Keeps
 * headings, bold/italic/underline/strikethrough/highlight, lists (nested,
 * including Word's mso-list paragraphs), tables and links with an allowed
 * protocol; everything else becomes plain text or is dropped.
 */
import {
  isAllowedLinkUrl,
  MAX_LIST_DEPTH,
  type BlockElement,
  type FormattedText,
  type InlineNode,
  type ListElement,
  type ListItemElement,
  type RichText,
  type TableCellElement,
  type TableRowElement,
} from '../../core/model/rich-text';
import { PASTE_LIMITS } from './limits';
import { STYLE_ATTRIBUTE } from './sanitize';

type Marks = Omit<FormattedText, 'text'>;
// A redaction mark is never pasted: it is set in the app, with its ground.
type MarkName = Exclude<keyof Marks, 'redacted'>;

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'TABLE', 'TR', 'TD', 'TH', 'THEAD', 'TBODY', 'TFOOT']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Pasted HTML arrives flattened to PASTE_LIMITS.depth elements (html-depth.ts); paragraphs, list items and
// cells are not counted there and may add up to twice as many levels, which this still reads.
const MAX_DEPTH = 128;
const MAX_COLUMNS = 50;

function styleOf(element: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const declaration of (element.getAttribute(STYLE_ATTRIBUTE) ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    out.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return out;
}

function classOf(element: Element): string {
  return element.getAttribute('class') ?? '';
}

/** Marks an element adds to (or, for Google Docs' `font-weight:normal` wrapper, takes from) its content. */
function marksOf(element: Element, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  const set = (mark: MarkName, on: boolean) => {
    if (on) marks[mark] = true;
    else delete marks[mark];
  };
  switch (element.tagName) {
    case 'B':
    case 'STRONG':
      set('bold', true);
      break;
    case 'I':
    case 'EM':
      set('italic', true);
      break;
    case 'U':
    case 'INS':
      set('underline', true);
      break;
    case 'S':
    case 'STRIKE':
    case 'DEL':
      set('strikethrough', true);
      break;
    case 'MARK':
      set('highlight', true);
      break;
  }
  const style = styleOf(element);
  const weight = style.get('font-weight');
  if (weight !== undefined) set('bold', weight === 'bold' || weight === 'bolder' || Number(weight) >= 600);
  const fontStyle = style.get('font-style');
  if (fontStyle !== undefined) set('italic', fontStyle === 'italic' || fontStyle === 'oblique');
  const decoration = style.get('text-decoration') ?? style.get('text-decoration-line');
  if (decoration !== undefined) {
    if (decoration.includes('none')) {
      set('underline', false);
      set('strikethrough', false);
    }
    if (decoration.includes('underline')) set('underline', true);
    if (decoration.includes('line-through')) set('strikethrough', true);
  }
  if (style.has('mso-highlight')) set('highlight', style.get('mso-highlight') !== 'none');
  const background = style.get('background-color') ?? style.get('background');
  if (background !== undefined && element.tagName === 'SPAN') {
    set('highlight', !/^(transparent|none|initial|inherit|white|#fff(fff)?|rgba?\(255, ?255, ?255(, ?1)?\)|rgba\(.*, ?0\))$/.test(background));
  }
  return marks;
}

/** Word's bullet or number glyph before a list paragraph (`mso-list:Ignore`), and Word's empty <o:p>. */
function isWordArtifact(element: Element): boolean {
  return /mso-list:\s*ignore/i.test(element.getAttribute(STYLE_ATTRIBUTE) ?? '');
}

interface WordList {
  id: string;
  level: number;
  ordered: boolean;
}

/** A Word list paragraph: `style="mso-list:l0 level2 lfo1"`. */
function wordListOf(element: Element): WordList | null {
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(element.getAttribute(STYLE_ATTRIBUTE) ?? '');
  if (!match) return null;
  const marker = element.querySelector(`[${STYLE_ATTRIBUTE}*="mso-list"]`);
  const glyph = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  return {
    id: match[1]!.toLowerCase(),
    level: Math.min(Number(match[2]), MAX_LIST_DEPTH),
    ordered: /^(\d+|[a-z]{1,2}|[ivxlcdm]+)[.)]$/i.test(glyph),
  };
}

class InlineBuffer {
  nodes: InlineNode[] = [];

  text(text: string, marks: Marks): void {
    if (text === '') return;
    const last = this.nodes.at(-1);
    if (last && !('type' in last) && sameMarks(last, marks) && last.text.length + text.length <= PASTE_LIMITS.leaf) {
      last.text += text;
      return;
    }
    this.nodes.push({ text: text.slice(0, PASTE_LIMITS.leaf), ...marks });
  }

  link(url: string, children: FormattedText[]): void {
    if (children.length > 0) this.nodes.push({ type: 'link', url, children });
  }

  /** The inlines with outer whitespace trimmed; null when nothing visible is left. */
  take(): InlineNode[] | null {
    const nodes = this.nodes;
    this.nodes = [];
    const first = nodes[0];
    if (first && !('type' in first)) first.text = first.text.replace(/^\s+/, '');
    const last = nodes.at(-1);
    if (last && !('type' in last)) last.text = last.text.replace(/\s+$/, '');
    const kept = nodes.filter((node) => 'type' in node || node.text !== '');
    if (kept.every((node) => !('type' in node) && node.text.trim() === '')) return null;
    return kept;
  }
}

function sameMarks(a: Marks, b: Marks): boolean {
  const keys: MarkName[] = ['bold', 'italic', 'underline', 'strikethrough', 'highlight'];
  return keys.every((key) => Boolean(a[key]) === Boolean(b[key]));
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

class Converter {
  readonly blocks: BlockElement[] = [];
  /** Some content was left out: nested deeper than MAX_DEPTH, or past PASTE_LIMITS.blocks. */
  cut = false;
  private inline = new InlineBuffer();
  /** Open Word list: the lists from level 1 down to the current level. */
  private wordStack: { list: ListElement; id: string }[] = [];

  convert(root: Node): RichText {
    this.children(root, {}, 0);
    this.flush('paragraph');
    return this.blocks.slice(0, PASTE_LIMITS.blocks);
  }

  private push(block: BlockElement): void {
    if (this.blocks.length < PASTE_LIMITS.blocks) this.blocks.push(block);
    else this.cut = true;
  }

  private flush(type: 'paragraph' | 'heading' | 'block-quote'): void {
    const children = this.inline.take();
    if (children) {
      this.endWordList();
      this.push({ type, children });
    }
  }

  private endWordList(): void {
    this.wordStack = [];
  }

  private children(node: Node, marks: Marks, depth: number): void {
    for (const child of Array.from(node.childNodes)) this.node(child, marks, depth + 1);
  }

  private tooDeep(depth: number): boolean {
    if (depth > MAX_DEPTH) this.cut = true;
    return depth > MAX_DEPTH;
  }

  private node(node: Node, marks: Marks, depth: number): void {
    if (this.tooDeep(depth)) return;
    if (node.nodeType === 3) {
      this.inline.text(collapse(node.nodeValue ?? ''), marks);
      return;
    }
    if (node.nodeType !== 1) return; // comments (Word's conditional comments) and the rest
    const element = node as Element;
    if (isWordArtifact(element)) return;
    const tag = element.tagName;
    const own = marksOf(element, marks);

    if (tag === 'BR') {
      this.flush('paragraph');
      return;
    }
    if (tag === 'A') {
      this.anchor(element, own, depth);
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      this.children(element, own, depth);
      return;
    }
    if (tag === 'UL' || tag === 'OL') {
      this.flush('paragraph');
      this.endWordList();
      const list = this.htmlList(element, own, depth);
      if (list) this.push(list);
      return;
    }
    if (tag === 'TABLE') {
      this.flush('paragraph');
      this.endWordList();
      const table = this.table(element, own, depth);
      if (table) this.push(table);
      return;
    }
    const wordList = tag === 'P' || tag === 'DIV' || HEADING_TAGS.has(tag) ? wordListOf(element) : null;
    if (wordList) {
      this.flush('paragraph');
      const stack = this.wordStack;
      this.children(element, own, depth);
      const children = this.inline.take() ?? [{ text: '' }];
      this.wordStack = stack;
      this.wordListItem(wordList, { type: 'list-item', children });
      return;
    }
    // Any other block: its content becomes paragraphs of the right kind.
    const type = HEADING_TAGS.has(tag) || /\bMso(Title|Subtitle)\b/.test(classOf(element))
      ? 'heading'
      : tag === 'BLOCKQUOTE' || /\bMso(Intense)?Quote\b/.test(classOf(element))
        ? 'block-quote'
        : 'paragraph';
    this.flush('paragraph');
    this.children(element, own, depth);
    this.flush(type);
  }

  private anchor(element: Element, marks: Marks, depth: number): void {
    const href = (element.getAttribute('href') ?? '').trim();
    if (!href || !isAllowedLinkUrl(href) || href.length > 2_000) {
      this.children(element, marks, depth);
      return;
    }
    const inner = new InlineBuffer();
    const outer = this.inline;
    this.inline = inner;
    this.children(element, marks, depth);
    this.inline = outer;
    const texts = inner.nodes.filter((node): node is FormattedText => !('type' in node));
    if (texts.length === 0 || texts.every((t) => t.text.trim() === '')) return;
    outer.link(href, texts);
  }

  /** Inlines of an element's content, as one run (block boundaries become spaces). */
  private inlinesOf(element: Element, marks: Marks, depth: number, skipLists = false): InlineNode[] {
    const outer = this.inline;
    const inner = new InlineBuffer();
    this.inline = inner;
    const visit = (node: Node, m: Marks, d: number) => {
      if (this.tooDeep(d)) return;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (skipLists && (el.tagName === 'UL' || el.tagName === 'OL')) return;
        if (isWordArtifact(el)) return;
        if (el.tagName === 'A') {
          this.anchor(el, marksOf(el, m), d);
          return;
        }
        if (el.tagName === 'TABLE') return;
        if (BLOCK_TAGS.has(el.tagName) || el.tagName === 'BR') inner.text(' ', m);
        const own = marksOf(el, m);
        for (const child of Array.from(el.childNodes)) visit(child, own, d + 1);
        return;
      }
      if (node.nodeType === 3) inner.text(collapse(node.nodeValue ?? ''), m);
    };
    for (const child of Array.from(element.childNodes)) visit(child, marks, depth + 1);
    this.inline = outer;
    return inner.take() ?? [{ text: '' }];
  }

  /** `level` is the list's own nesting (1 at the top); lists nested deeper than the model allows join the deepest one. */
  private htmlList(element: Element, marks: Marks, depth: number, level = 1): ListElement | null {
    if (this.tooDeep(depth)) return null;
    const list: ListElement = { type: element.tagName === 'OL' ? 'numbered-list' : 'bulleted-list', children: [] };
    const addNested = (nested: Element, nestedMarks: Marks, nestedDepth: number): void => {
      const deeper = level < MAX_LIST_DEPTH;
      const sub = this.htmlList(nested, nestedMarks, nestedDepth, deeper ? level + 1 : level);
      if (sub && deeper) list.children.push(sub);
      else if (sub) list.children.push(...sub.children);
    };
    for (const child of Array.from(element.children)) {
      if (child.tagName === 'LI') {
        const own = marksOf(child, marks);
        list.children.push({ type: 'list-item', children: this.inlinesOf(child, own, depth + 1, true) });
        for (const nested of Array.from(child.children)) {
          if (nested.tagName === 'UL' || nested.tagName === 'OL') addNested(nested, own, depth + 2);
        }
      } else if (child.tagName === 'UL' || child.tagName === 'OL') {
        addNested(child, marks, depth + 1);
      }
    }
    return list.children.length > 0 ? list : null;
  }

  private wordListItem(info: WordList, item: ListItemElement): void {
    const type = info.ordered ? 'numbered-list' : 'bulleted-list';
    if (this.wordStack.length > 0 && this.wordStack[0]!.id !== info.id) this.endWordList();
    if (this.wordStack.length === 0) {
      const list: ListElement = { type, children: [] };
      this.push(list);
      this.wordStack.push({ list, id: info.id });
    }
    // Deeper: open lists down to this level; shallower: close back up to it.
    while (this.wordStack.length < info.level) {
      const parent = this.wordStack.at(-1)!.list;
      const list: ListElement = { type, children: [] };
      parent.children.push(list);
      this.wordStack.push({ list, id: info.id });
    }
    while (this.wordStack.length > info.level) this.wordStack.pop();
    this.wordStack.at(-1)!.list.children.push(item);
  }

  private table(element: Element, marks: Marks, depth: number): BlockElement | null {
    const rows: TableRowElement[] = [];
    const rowElements = Array.from(element.querySelectorAll('tr')).filter((tr) => tr.closest('table') === element);
    for (const tr of rowElements.slice(0, 2_000)) {
      const cells: TableCellElement[] = [];
      for (const cell of Array.from(tr.children).slice(0, MAX_COLUMNS)) {
        if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
        const children = this.inlinesOf(cell, marksOf(cell, marks), depth + 1);
        cells.push(cell.tagName === 'TH' ? { type: 'table-cell', header: true, children } : { type: 'table-cell', children });
      }
      if (cells.length > 0) rows.push({ type: 'table-row', children: cells });
    }
    if (rows.length === 0) return null;
    // Rows of uneven length (merged cells) are padded, so every row has the same columns.
    const columns = Math.max(...rows.map((row) => row.children.length));
    for (const row of rows) {
      while (row.children.length < columns) row.children.push({ type: 'table-cell', children: [{ text: '' }] });
    }
    return { type: 'table', children: rows };
  }
}

/** The model for a sanitised DOM, and whether some of it had to be left out. */
export function htmlToRichText(root: Node): { value: RichText; cut: boolean } {
  const converter = new Converter();
  const value = converter.convert(root);
  return { value, cut: converter.cut };
}
