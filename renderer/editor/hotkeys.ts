import type { KeyboardEvent } from 'react';
import { Editor, Element, Range } from 'slate';
import type { FigureElement } from '../../core/model/rich-text';
import { atListDepthLimit, indentListItem, moveToCell, outdentListItem, toggleBlock, toggleList, toggleMark } from './commands';
import type { ListType, Mark, TextBlockType } from './nodes';
import { syncSelectionFromDom } from './sync-selection';

type Command = { mark: Mark } | { list: ListType } | { block: TextBlockType } | { action: 'link' | 'footnote' | 'redact' };

/**
 * Word's shortcuts with Ctrl (Cmd on macOS). Shortcuts with Shift or Alt
 * match the physical key, so they work on any keyboard layout.
 */
function commandFor(event: KeyboardEvent): Command | null {
  const mod = event.ctrlKey !== event.metaKey;
  if (!mod) return null;
  if (event.altKey) {
    if (event.shiftKey) return null;
    if (event.code === 'Digit2') return { block: 'heading' };
    if (event.code === 'KeyF') return { action: 'footnote' }; // Word: Ctrl+Alt+F inserts a footnote
    if (event.code === 'KeyQ') return { block: 'block-quote' };
    if (event.code === 'KeyR') return { action: 'redact' }; // Ctrl+Alt+M is the letter text's comment
    return null;
  }
  if (event.shiftKey) {
    switch (event.code) {
      case 'Digit7':
        return { list: 'numbered-list' };
      case 'Digit8':
        return { list: 'bulleted-list' };
      case 'KeyX':
        return { mark: 'strikethrough' };
      case 'KeyH':
        return { mark: 'highlight' };
      default:
        return null; // Ctrl+Shift+Z (redo) goes to the document history (renderer/history)
    }
  }
  switch (event.key.toLowerCase()) {
    case 'b':
      return { mark: 'bold' };
    case 'i':
      return { mark: 'italic' };
    case 'u':
      return { mark: 'underline' };
    case 'k':
      return { action: 'link' };
    default:
      return null;
  }
}

export interface HotkeyHandlers {
  openLink(): void;
  insertFootnote(): void;
  /** Asks for the Woo ground of the selected words, or offers to remove the mark on a marked passage. */
  redact?(): void;
  /** Enter on a picture (the caret on it, after the arrow keys brought it there) opens it, as a click does. */
  editFigure?(figure: FigureElement): void;
}

/** The figure the caret is on, if it is on one. */
function figureAtCaret(editor: Editor): FigureElement | null {
  if (!editor.selection || !Range.isCollapsed(editor.selection)) return null;
  const entry = Editor.above(editor, { match: (node) => Element.isElement(node) && node.type === 'figure' });
  return entry ? (entry[0] as FigureElement) : null;
}

/** Escape, then Tab: the way out of an editor whose Tab nests lists (the WAI-ARIA way out of a widget that uses Tab). */
const tabLeaves = new WeakSet<Editor>();
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** Runs the editor command for a shortcut, and Tab / Shift+Tab in lists and tables. Ctrl+Z and Ctrl+Y are the document history's. */
export function handleHotkey(editor: Editor, event: KeyboardEvent, handlers: HotkeyHandlers): void {
  if (event.key === 'Escape') {
    tabLeaves.add(editor);
    return;
  }
  if (MODIFIERS.has(event.key)) return;
  const leaving = tabLeaves.delete(editor);
  // Every key acts on the caret as the page has it now, slate-react's own arrow keys included.
  if (!event.nativeEvent.isComposing) syncSelectionFromDom(editor);
  if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
    if (leaving) return;
    const direction = event.shiftKey ? -1 : 1;
    const handled = moveToCell(editor, direction) || (direction === 1 ? indentListItem(editor) : outdentListItem(editor));
    // Tab stays in the editor when it nested something, or at the deepest level Word has (so it does not
    // throw you out mid-list); where it cannot act (the first item, outside a list) it moves focus on.
    if (handled || (direction === 1 && atListDepthLimit(editor))) event.preventDefault();
    return;
  }
  if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && handlers.editFigure) {
    const figure = figureAtCaret(editor);
    if (figure) {
      event.preventDefault();
      handlers.editFigure(figure);
      return;
    }
  }
  const command = commandFor(event);
  if (!command) return;
  event.preventDefault();
  if ('mark' in command) toggleMark(editor, command.mark);
  else if ('list' in command) toggleList(editor, command.list);
  else if ('block' in command) toggleBlock(editor, command.block);
  else if (command.action === 'link') handlers.openLink();
  else if (command.action === 'redact') handlers.redact?.();
  else handlers.insertFootnote();
}


export const SHORTCUTS = {
  bold: 'Ctrl+B',
  italic: 'Ctrl+I',
  underline: 'Ctrl+U',
  strikethrough: 'Ctrl+Shift+X',
  highlight: 'Ctrl+Shift+H',
  heading: 'Ctrl+Alt+2',
  'block-quote': 'Ctrl+Alt+Q',
  'numbered-list': 'Ctrl+Shift+7',
  'bulleted-list': 'Ctrl+Shift+8',
  indent: 'Tab',
  outdent: 'Shift+Tab',
  link: 'Ctrl+K',
  footnote: 'Ctrl+Alt+F',
  redact: 'Ctrl+Alt+R',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y',
} as const;
