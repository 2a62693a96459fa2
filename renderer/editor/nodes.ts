import { Element, type Node } from 'slate';
import type { ListElement, TableCellElement, TableElement, TableRowElement } from '../../core/model/rich-text';

export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'highlight'] as const;
export type Mark = (typeof MARKS)[number];

/** Blocks a toolbar button toggles a paragraph into and back. */
export const TEXT_BLOCK_TYPES = ['heading', 'block-quote'] as const;
export type TextBlockType = (typeof TEXT_BLOCK_TYPES)[number];

export function isList(node: Node): node is ListElement {
  return Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');
}

export function isListItem(node: Node): boolean {
  return Element.isElement(node) && node.type === 'list-item';
}

export function isTable(node: Node): node is TableElement {
  return Element.isElement(node) && node.type === 'table';
}

export function isTableRow(node: Node): node is TableRowElement {
  return Element.isElement(node) && node.type === 'table-row';
}

export function isTableCell(node: Node): node is TableCellElement {
  return Element.isElement(node) && node.type === 'table-cell';
}

export function isLink(node: Node): boolean {
  return Element.isElement(node) && node.type === 'link';
}
