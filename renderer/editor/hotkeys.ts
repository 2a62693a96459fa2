import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { toggleList, toggleMark } from './commands';
import type { ListType, Mark } from './nodes';

type Command = { mark: Mark } | { list: ListType };

/** Ctrl (Cmd on macOS) shortcuts. Lists match the physical key, so they work on any layout. */
function commandFor(event: KeyboardEvent): Command | null {
  const mod = event.ctrlKey !== event.metaKey && !event.altKey;
  if (!mod) return null;
  if (event.shiftKey) {
    if (event.code === 'Digit7') return { list: 'numbered-list' };
    if (event.code === 'Digit8') return { list: 'bulleted-list' };
    return null;
  }
  switch (event.key.toLowerCase()) {
    case 'b':
      return { mark: 'bold' };
    case 'i':
      return { mark: 'italic' };
    case 'u':
      return { mark: 'underline' };
    default:
      return null;
  }
}

/** Runs the editor command for a shortcut; undo and redo are handled by slate-react itself. */
export function handleHotkey(editor: Editor, event: KeyboardEvent): void {
  const command = commandFor(event);
  if (!command) return;
  event.preventDefault();
  if ('mark' in command) toggleMark(editor, command.mark);
  else toggleList(editor, command.list);
}

export const SHORTCUTS = {
  bold: 'Ctrl+B',
  italic: 'Ctrl+I',
  underline: 'Ctrl+U',
  'numbered-list': 'Ctrl+Shift+7',
  'bulleted-list': 'Ctrl+Shift+8',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
} as const;
