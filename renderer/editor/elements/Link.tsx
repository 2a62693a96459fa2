import type { RenderElementProps } from 'slate-react';
import { isAllowedLinkUrl } from '../../../core/model/rich-text';

export function Link({ attributes, children, element }: RenderElementProps) {
  const url = element.type === 'link' && isAllowedLinkUrl(element.url) ? element.url : undefined;
  return (
    <a {...attributes} href={url} title={url} rel="noreferrer noopener">
      {children}
    </a>
  );
}
