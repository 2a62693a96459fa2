/**
 * Whether the preview pane is open: as last chosen in this session, else open
 * only on a window wide enough for the item list, the editors and a page.
 */
import { useCallback, useEffect, useState } from 'react';
import { TOGGLE_PREVIEW_EVENT } from '../state/use-menu-commands';

const KEY = 'briefing.preview-open';
/** Below this window width the editors would be squeezed: the pane starts closed. */
export const WIDE_WINDOW = 1400;

function initial(): boolean {
  try {
    const stored = sessionStorage.getItem(KEY);
    if (stored !== null) return stored === '1';
  } catch {
    // Storage refused (private mode): fall back to the window's width.
  }
  return window.innerWidth >= WIDE_WINDOW;
}

export function usePreviewSetting(): [boolean, () => void] {
  const [open, setOpen] = useState(initial);
  const toggle = useCallback(() => {
    setOpen((was) => {
      try {
        sessionStorage.setItem(KEY, was ? '0' : '1');
      } catch {
        // Not remembered: the choice holds until the page is reloaded.
      }
      return !was;
    });
  }, []);
  // The desktop app's View menu toggles it as the toolbar's button does.
  useEffect(() => {
    window.addEventListener(TOGGLE_PREVIEW_EVENT, toggle);
    return () => window.removeEventListener(TOGGLE_PREVIEW_EVENT, toggle);
  }, [toggle]);
  return [open, toggle];
}
