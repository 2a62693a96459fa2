import type { RenderElementProps } from 'slate-react';

export function ListItem({ attributes, children }: RenderElementProps) {
  return <li {...attributes}>{children}</li>;
}
