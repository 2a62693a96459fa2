export type IconName = 'bold' | 'italic' | 'underline' | 'bulleted-list' | 'numbered-list' | 'undo' | 'redo';

const PATHS: Record<IconName, string> = {
  bold: 'M5 3h5.2a3.3 3.3 0 0 1 1.9 6A3.5 3.5 0 0 1 10.6 15H5zm2.2 2v3h2.9a1.5 1.5 0 0 0 0-3zm0 5v3h3.3a1.5 1.5 0 0 0 0-3z',
  italic: 'M7 3h6v2h-2.1l-2.3 8H11v2H5v-2h2.1l2.3-8H7z',
  underline: 'M5 2h2v6a3 3 0 0 0 6 0V2h2v6a5 5 0 0 1-10 0zM4 16h12v1.6H4z',
  'bulleted-list': 'M3 4.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM3 8.7a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM3 13.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM6.5 4.7H17v1.6H6.5zM6.5 9.2H17v1.6H6.5zM6.5 13.7H17v1.6H6.5z',
  'numbered-list': 'M2.6 3.6h1.6v3.6H3.1V4.6h-.5zM2.3 12.2c0-.8.6-1.3 1.4-1.3s1.4.5 1.4 1.2c0 .5-.3.8-.8 1.2l-.5.4h1.3v.9H2.3v-.8l1.3-1.1c.3-.3.4-.4.4-.6 0-.2-.1-.3-.3-.3s-.3.2-.3.4zM6.5 4.7H17v1.6H6.5zM6.5 9.2H17v1.6H6.5zM6.5 13.7H17v1.6H6.5z',
  undo: 'M7.5 4.5 3 8.5l4.5 4V9.6h4.3a2.9 2.9 0 0 1 0 5.8H9v1.6h2.8a4.5 4.5 0 0 0 0-9H7.5z',
  redo: 'M12.5 4.5 17 8.5l-4.5 4V9.6H8.2a2.9 2.9 0 0 0 0 5.8H11v1.6H8.2a4.5 4.5 0 0 1 0-9h4.3z',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
