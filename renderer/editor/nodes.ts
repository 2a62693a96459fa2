import { Element, type Node } from 'slate';
import type { ListElement } from '../../core/model/rich-text';

export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const MARKS = ['bold', 'italic', 'underline'] as const;
export type Mark = (typeof MARKS)[number];

export function isList(node: Node): node is ListElement {
  return Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');
}

export function isListItem(node: Node): boolean {
  return Element.isElement(node) && node.type === 'list-item';
}
