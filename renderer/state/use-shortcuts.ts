import { useEffect, useRef } from 'react';
import type { FileCommands } from './use-file-commands';

/**
 * Ctrl/Cmd+O open, Ctrl/Cmd+S save, Ctrl/Cmd+Shift+S save as: the usual document-app keys;
 * Ctrl/Cmd+E and Ctrl/Cmd+Shift+E export DOCX and PDF, as the desktop app's menu does.
 */
export function useShortcuts(commands: FileCommands): void {
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey === event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void latest.current.save(event.shiftKey);
      } else if (key === 'e') {
        event.preventDefault();
        void latest.current.exportAs(event.shiftKey ? 'pdf' : 'docx');
      } else if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        void latest.current.open();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
