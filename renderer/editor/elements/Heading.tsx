import type { RenderElementProps } from 'slate-react';

export function Heading({ attributes, children }: RenderElementProps) {
  return <h4 {...attributes}>{children}</h4>;
}
