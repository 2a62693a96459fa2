import { createContext, useContext } from 'react';

/**
 * Footnotes the exports print before a read-only text (the item's source
 * text), so its notes are numbered as printed; 0 where no one says.
 */
export const NoteOffsetContext = createContext(0);

export function useNoteOffset(): number {
  return useContext(NoteOffsetContext);
}
