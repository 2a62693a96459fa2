import type { RenderElementProps } from 'slate-react';

export function Paragraph({ attributes, children }: RenderElementProps) {
  return <p {...attributes}>{children}</p>;
}
