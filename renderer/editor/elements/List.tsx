import type { RenderElementProps } from 'slate-react';

export function List({ attributes, children, element }: RenderElementProps) {
  return element.type === 'numbered-list' ? <ol {...attributes}>{children}</ol> : <ul {...attributes}>{children}</ul>;
}
