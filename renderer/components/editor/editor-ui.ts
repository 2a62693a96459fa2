import { createContext, useContext } from 'react';
import type { FigureElement, FootnoteElement } from '../../../core/model/rich-text';

/** What the elements inside a section editor need from the section around them. */
export interface EditorUi {
  /** Footnotes before this section in the item (source text, then earlier sections), so numbers run on across the item. */
  footnoteOffset: number;
  editFootnote(element: FootnoteElement): void;
  /** Opens a picture's alt text, caption and width. */
  editFigure(element: FigureElement): void;
}

export const EditorUiContext = createContext<EditorUi>({ footnoteOffset: 0, editFootnote: () => undefined, editFigure: () => undefined });

export function useEditorUi(): EditorUi {
  return useContext(EditorUiContext);
}
