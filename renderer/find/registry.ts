/**
 * The section editors that are on screen, by item and section, so find and
 * replace can change their text through the editor (and its undo history)
 * rather than behind its back.
 */
import { createContext, useContext } from 'react';
import type { Editor } from 'slate';

export class EditorRegistry {
  private readonly editors = new Map<string, Editor>();

  private static key(itemId: string, sectionKey: string): string {
    return `${itemId}\u0000${sectionKey}`;
  }

  register(itemId: string, sectionKey: string, editor: Editor): () => void {
    const key = EditorRegistry.key(itemId, sectionKey);
    this.editors.set(key, editor);
    return () => {
      if (this.editors.get(key) === editor) this.editors.delete(key);
    };
  }

  get(itemId: string, sectionKey: string): Editor | undefined {
    return this.editors.get(EditorRegistry.key(itemId, sectionKey));
  }

  /** Every editor on screen, with the section it edits. */
  onScreen(): { itemId: string; sectionKey: string; editor: Editor }[] {
    return [...this.editors].map(([key, editor]) => {
      const [itemId = '', sectionKey = ''] = key.split('\u0000');
      return { itemId, sectionKey, editor };
    });
  }
}

/** One registry per window is enough; a provider may hand out another (tests do). */
export const EditorRegistryContext = createContext(new EditorRegistry());

export function useEditorRegistry(): EditorRegistry {
  return useContext(EditorRegistryContext);
}
