/**
 * The pack as it may be made public under the Woo: every passage marked
 * `redacted` is replaced by its ground's code before any exporter sees it,
 * so no part of the file (text, glyphs, structure, bookmarks, metadata) can
 * hold what was left out; the exporters print the code in a black box.
 *
 * What else a publication leaves out, because it cannot be checked passage by
 * passage: the comments on the agenda text and the owners' names (unless the
 * Woo coordinator chooses them; never a comment on a redacted passage), the
 * versions, the distribution list and the annex files (other people's documents). An
 * appendix lists the grounds used, and the marking line says the document
 * was made public, and when.
 */
import { formatLongDate, type Language } from '../i18n/language';
import type { AgendaItem, BriefingPack } from './pack';
import type { FormattedText, InlineNode, RichText, TableRowElement } from './rich-text';
import { touchesRedaction } from './redact-range';
import { wooGround, type WooGround } from './woo-grounds';

export const GROUNDS_ITEM_ID = 'woo-gronden';

const WORDING = {
  nl: {
    madePublic: (date: string) => `Openbaar gemaakt op grond van de Woo op ${date}`,
    groundsTitle: 'Gronden voor weglakking (Woo)',
    header: ['Code', 'Grond', 'Artikel'],
  },
  en: {
    madePublic: (date: string) => `Made public under the Dutch Open Government Act (Woo) on ${date}`,
    groundsTitle: 'Grounds for redaction (Woo)',
    header: ['Code', 'Ground', 'Article'],
  },
} as const;

/** One redacted passage, for the overview: where it is, its ground and its text. */
export interface Redaction {
  itemId: string | null;
  /** 'source' for the letter text, else the section key; 'introduction' for the pack's introduction. */
  section: string;
  code: string;
  text: string;
}

type Node = RichText[number] | InlineNode | TableRowElement;

function isLeaf(node: unknown): node is FormattedText {
  return typeof node === 'object' && node !== null && 'text' in node && !('type' in node);
}

/** The rich text with each run of redacted leaves (one ground) made one leaf holding only the code. */
export function redactRichText(value: RichText): RichText {
  return value.map((block) => redactNode(block)) as RichText;
}

function redactNode<T extends Node>(node: T): T {
  if (!('children' in node)) return node;
  const children: unknown[] = [];
  for (const child of node.children as unknown[]) {
    if (!isLeaf(child) || !child.redacted) {
      children.push(isLeaf(child) ? child : redactNode(child as Node));
      continue;
    }
    const previous = children.at(-1);
    // Neighbouring leaves of one passage (bold inside it, say) make one box.
    if (isLeaf(previous) && previous.redacted === child.redacted) continue;
    children.push({ text: child.redacted, redacted: child.redacted });
  }
  return { ...node, children } as T;
}

/** The rich text with the redaction marks taken off: the text as written, for every export but a publication. */
export function withoutRedactionMarks(value: RichText): RichText {
  return value.map((block) => unmarkNode(block)) as RichText;
}

function unmarkNode<T extends Node>(node: T): T {
  if (isLeaf(node)) {
    if (!node.redacted) return node;
    const { redacted: _redacted, ...rest } = node;
    return rest as T;
  }
  if (!('children' in node)) return node;
  return { ...node, children: (node.children as Node[]).map(unmarkNode) } as T;
}

function everyRichText(pack: BriefingPack): { itemId: string | null; section: string; value: RichText }[] {
  return [
    { itemId: null, section: 'introduction', value: pack.introduction },
    ...pack.items.flatMap((item) => [
      { itemId: item.id, section: 'source', value: item.source },
      ...Object.entries(item.sections).map(([section, value]) => ({ itemId: item.id, section, value: value! })),
    ]),
  ];
}

/** Every redacted passage in reading order; neighbouring leaves of one ground are one passage. */
export function redactionsIn(pack: BriefingPack): Redaction[] {
  const found: Redaction[] = [];
  for (const { itemId, section, value } of everyRichText(pack)) {
    const visit = (node: unknown, previousCode: { code: string | null }): void => {
      if (isLeaf(node)) {
        const last = found.at(-1);
        if (node.redacted && previousCode.code === node.redacted && last) last.text += node.text;
        else if (node.redacted) found.push({ itemId, section, code: node.redacted, text: node.text });
        previousCode.code = node.redacted ?? null;
        return;
      }
      if (typeof node === 'object' && node !== null && 'children' in node) {
        const inner = { code: null as string | null };
        for (const child of (node as { children: unknown[] }).children) visit(child, inner);
      }
    };
    for (const block of value) visit(block, { code: null });
  }
  return found;
}

/** The pack as it is when nothing is marked (most packs): the exporters' layout cache keys on identity. */
export function packWithoutRedactionMarks(pack: BriefingPack): BriefingPack {
  return everyRichText(pack).some(({ value }) => value.some(marked)) ? mapRichTexts(pack, withoutRedactionMarks) : pack;
}

function marked(node: unknown): boolean {
  if (isLeaf(node)) return node.redacted !== undefined;
  return typeof node === 'object' && node !== null && 'children' in node && (node as { children: unknown[] }).children.some(marked);
}

function mapRichTexts(pack: BriefingPack, map: (value: RichText) => RichText): BriefingPack {
  return {
    ...pack,
    introduction: map(pack.introduction),
    items: pack.items.map((item) => ({
      ...item,
      source: map(item.source),
      sections: Object.fromEntries(Object.entries(item.sections).map(([key, value]) => [key, map(value!)])),
    })),
  };
}

const cell = (text: string, header = false) => ({ type: 'table-cell' as const, ...(header && { header: true }), children: [{ text }] });

/** The appendix: each ground used, with its text and article, in the order of the law. */
function groundsItem(grounds: readonly WooGround[], language: Language): AgendaItem {
  const wording = WORDING[language];
  const rows: TableRowElement[] = [
    { type: 'table-row', children: wording.header.map((text) => cell(text, true)) },
    ...grounds.map((g): TableRowElement => ({ type: 'table-row', children: [cell(g.code), cell(g.text[language]), cell(g.article[language])] })),
  ];
  return {
    id: GROUNDS_ITEM_ID,
    title: wording.groundsTitle,
    level: 1,
    source: [{ type: 'table', children: rows }],
    sections: {},
    owner: '',
    status: 'approved',
    classification: 'unclassified',
    comments: [],
  };
}

export interface PublicationOptions {
  /** The day it is made public, YYYY-MM-DD: printed in the marking line. */
  date: string;
  /** Left out unless chosen: personal data the Woo coordinator decides on (the comments' authors and text). */
  withComments?: boolean;
  /** Left out unless chosen: the items' owners (names of people or units). */
  withOwners?: boolean;
}

/** A comment on a redacted passage would name it (its quote) or point at it: it stays out even when comments go in. */
function publishableComments(pack: BriefingPack, itemId: string): AgendaItem['comments'] {
  const item = pack.items.find((each) => each.id === itemId);
  return item ? item.comments.filter((comment) => !touchesRedaction(item.source, comment.anchor)) : [];
}

export function publicationCopy(pack: BriefingPack, options: PublicationOptions): BriefingPack {
  const codes = new Set(redactionsIn(pack).map((r) => r.code));
  const grounds = [...codes].map((code) => wooGround(code)!).filter(Boolean);
  const order = (g: WooGround) => g.code;
  grounds.sort((a, b) => order(a).localeCompare(order(b)));
  const redacted = mapRichTexts(pack, redactRichText);
  const items = redacted.items
    .filter((item) => item.id !== GROUNDS_ITEM_ID)
    .map((item) => ({ ...item, owner: options.withOwners ? item.owner : '', comments: options.withComments ? publishableComments(pack, item.id) : [], classification: 'unclassified' as const }));
  const { versions: _versions, distribution: _distribution, markingSystem: _system, ...rest } = redacted;
  return {
    ...rest,
    classification: 'unclassified',
    // What is made public is final: no draft watermark on it.
    status: 'final',
    markingCaveat: WORDING[pack.language].madePublic(formatLongDate(options.date, pack.language)),
    items: grounds.length ? [...items, groundsItem(grounds, pack.language)] : items,
    annexes: [],
  };
}
