import type { RenderElementProps } from 'slate-react';

export function BlockQuote({ attributes, children }: RenderElementProps) {
  return <blockquote {...attributes}>{children}</blockquote>;
}
