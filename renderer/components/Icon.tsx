import { memo } from 'react';

export type IconName =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'highlight'
  | 'heading'
  | 'block-quote'
  | 'bulleted-list'
  | 'numbered-list'
  | 'indent'
  | 'outdent'
  | 'link'
  | 'footnote'
  | 'table'
  | 'row-add'
  | 'row-remove'
  | 'column-add'
  | 'column-remove'
  | 'header-row'
  | 'table-remove'
  | 'undo'
  | 'redo'
  | 'search'
  | 'picture'
  | 'redact';

const PATHS: Record<IconName, string> = {
  bold: 'M5 3h5.2a3.3 3.3 0 0 1 1.9 6A3.5 3.5 0 0 1 10.6 15H5zm2.2 2v3h2.9a1.5 1.5 0 0 0 0-3zm0 5v3h3.3a1.5 1.5 0 0 0 0-3z',
  italic: 'M7 3h6v2h-2.1l-2.3 8H11v2H5v-2h2.1l2.3-8H7z',
  underline: 'M5 2h2v6a3 3 0 0 0 6 0V2h2v6a5 5 0 0 1-10 0zM4 16h12v1.6H4z',
  strikethrough: 'M3 9.2h14v1.6H3zM10 3c2.3 0 4 1.1 4.4 3h-2.1c-.3-.8-1.1-1.3-2.3-1.3-1.3 0-2.2.6-2.2 1.5 0 .4.2.8.6 1H5.6A3 3 0 0 1 5.4 6c0-1.8 1.9-3 4.6-3zm2.8 8.8c.5.5.7 1 .7 1.7 0 2-1.9 3.5-4.7 3.5-2.4 0-4.3-1.2-4.7-3.2h2.1c.3.9 1.3 1.5 2.6 1.5 1.5 0 2.5-.6 2.5-1.6 0-.8-.6-1.3-1.7-1.9z',
  highlight: 'M12.6 2.6 17.4 7.4 9.8 15H5v-4.8zM7 11v2h2l6-6-2-2zM3 16.4h14V18H3z',
  heading: 'M3 3h2.2v5.9h5.6V3H13v14h-2.2v-6.1H5.2V17H3zm11.5 7h1.9v7h-1.6v-5.3l-1.3.4v-1.4z',
  'block-quote': 'M3 5h5v5.2c0 3-1.6 4.8-4.3 5.3l-.5-1.6c1.5-.4 2.3-1.4 2.4-2.9H3zm8 0h5v5.2c0 3-1.6 4.8-4.3 5.3l-.5-1.6c1.5-.4 2.3-1.4 2.4-2.9H11z',
  'bulleted-list': 'M3 4.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM3 8.7a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM3 13.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM6.5 4.7H17v1.6H6.5zM6.5 9.2H17v1.6H6.5zM6.5 13.7H17v1.6H6.5z',
  'numbered-list': 'M2.6 3.6h1.6v3.6H3.1V4.6h-.5zM2.3 12.2c0-.8.6-1.3 1.4-1.3s1.4.5 1.4 1.2c0 .5-.3.8-.8 1.2l-.5.4h1.3v.9H2.3v-.8l1.3-1.1c.3-.3.4-.4.4-.6 0-.2-.1-.3-.3-.3s-.3.2-.3.4zM6.5 4.7H17v1.6H6.5zM6.5 9.2H17v1.6H6.5zM6.5 13.7H17v1.6H6.5z',
  indent: 'M3 3.5h14v1.6H3zM9 7.2h8v1.6H9zM9 10.9h8v1.6H9zM3 14.6h14v1.6H3zM3 6.8l3.5 3.1L3 13z',
  outdent: 'M3 3.5h14v1.6H3zM9 7.2h8v1.6H9zM9 10.9h8v1.6H9zM3 14.6h14v1.6H3zM6.5 6.8 3 9.9 6.5 13z',
  link: 'M8.3 11.7a3.2 3.2 0 0 0 4.5 0l2.8-2.8a3.2 3.2 0 0 0-4.5-4.5l-1 1 1.1 1.1 1-1a1.6 1.6 0 0 1 2.3 2.3l-2.8 2.8a1.6 1.6 0 0 1-2.3 0zm3.4-3.4a3.2 3.2 0 0 0-4.5 0l-2.8 2.8a3.2 3.2 0 0 0 4.5 4.5l1-1-1.1-1.1-1 1a1.6 1.6 0 0 1-2.3-2.3l2.8-2.8a1.6 1.6 0 0 1 2.3 0z',
  footnote: 'M3 5h9v1.6H3zM3 9h9v1.6H3zM3 13h6v1.6H3zM14.6 2.5h1.8v6.5h-1.5V4.3l-1.2.4V3.3z',
  table: 'M3 3h14v14H3zm1.6 1.6v3.2h4.6V4.6zm6.2 0v3.2h4.6V4.6zM4.6 9.4v6h4.6v-6zm6.2 0v6h4.6v-6z',
  'row-add': 'M3 3h14v6H3zm1.6 1.6v2.8h10.8V4.6zM9.2 11h1.6v2.2H13v1.6h-2.2V17H9.2v-2.2H7v-1.6h2.2z',
  'row-remove': 'M3 3h14v6H3zm1.6 1.6v2.8h10.8V4.6zM6 13.2h8v1.6H6z',
  'column-add': 'M3 3h6v14H3zm1.6 1.6v10.8h2.8V4.6zM13.2 9.2V7h1.6v2.2H17v1.6h-2.2V13h-1.6v-2.2H11V9.2z',
  'column-remove': 'M3 3h6v14H3zm1.6 1.6v10.8h2.8V4.6zM11 9.2h6v1.6h-6z',
  'header-row': 'M3 3h14v14H3zm1.6 6.4v6h10.8v-6zM3 3h14v5H3z',
  'table-remove': 'M3 3h8v1.6H4.6v10.8H11V17H3zm9.3 4.2 1.7 1.7 1.7-1.7 1.1 1.1-1.7 1.7 1.7 1.7-1.1 1.1-1.7-1.7-1.7 1.7-1.1-1.1 1.7-1.7-1.7-1.7z',
  undo: 'M7.5 4.5 3 8.5l4.5 4V9.6h4.3a2.9 2.9 0 0 1 0 5.8H9v1.6h2.8a4.5 4.5 0 0 0 0-9H7.5z',
  redo: 'M12.5 4.5 17 8.5l-4.5 4V9.6H8.2a2.9 2.9 0 0 0 0 5.8H11v1.6H8.2a4.5 4.5 0 0 1 0-9h4.3z',
  redact: 'M2 7h16v6H2zM2 3h9v1.6H2zM2 15.4h11V17H2z',
  picture: 'M2 4h16v12H2zm1.6 1.6v7.1l3.6-3.6 3 3 2.2-2.2 4 4V5.6zm9.4 1.2a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2z',
  search: 'M8.5 3a5.5 5.5 0 0 1 4.4 8.8l4.1 4.1-1.1 1.1-4.1-4.1A5.5 5.5 0 1 1 8.5 3zm0 1.6a3.9 3.9 0 1 0 0 7.8 3.9 3.9 0 0 0 0-7.8z',
};

/** Memoised: toolbars re-render with the caret, the icons never change. */
export const Icon = memo(function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
});
