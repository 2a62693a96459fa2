/**
 * Focus for a modal dialog, as the WAI-ARIA dialog pattern asks: it moves into
 * the dialog when it opens, Tab and Shift+Tab cycle inside it, Escape closes
 * it, and focus goes back where it was when it closes. Dialogs can stack (the
 * unsaved-changes prompt over the import review): only the top one traps.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const openDialogs: HTMLElement[] = [];

function focusables(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

export interface ModalFocusOptions {
  /** Escape; not called while it returns false from canClose (a save or import still running). */
  onEscape(): void;
  canClose?: () => boolean;
  /** Where focus starts; the first focusable element when absent. */
  initial?: RefObject<HTMLElement | null>;
}

export function useModalFocus(dialogRef: RefObject<HTMLElement | null>, options: ModalFocusOptions): void {
  const latest = useRef(options);
  latest.current = options;

  // Before the first paint, so a key pressed as the dialog appears already lands in it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openDialogs.push(dialog);
    const isTop = () => openDialogs[openDialogs.length - 1] === dialog;
    const focusFirst = () => (focusables(dialog)[0] ?? dialog).focus();
    (latest.current.initial?.current ?? focusables(dialog)[0] ?? dialog).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (!isTop()) return;
      if (event.key === 'Escape') {
        // A field inside that uses Escape itself (and says so) keeps it.
        if (event.defaultPrevented) return;
        event.preventDefault();
        if (latest.current.canClose?.() !== false) latest.current.onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const list = focusables(dialog);
      const [first, last] = [list[0], list[list.length - 1]];
      const active = document.activeElement;
      const outside = !dialog.contains(active);
      if (!first || !last) {
        event.preventDefault();
      } else if (event.shiftKey && (active === first || outside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || outside)) {
        event.preventDefault();
        first.focus();
      }
    };
    // Focus that gets out anyway (a click on the page behind, a script) is brought back.
    const onFocusIn = (event: FocusEvent) => {
      if (isTop() && event.target instanceof Node && !dialog.contains(event.target)) focusFirst();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      openDialogs.splice(openDialogs.indexOf(dialog), 1);
      if (previous?.isConnected) previous.focus();
    };
  }, [dialogRef]);
}
