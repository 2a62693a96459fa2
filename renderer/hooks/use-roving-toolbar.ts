/**
 * The WAI-ARIA toolbar pattern: a toolbar is one Tab stop, and Left/Right
 * (Home/End) move between its buttons. Only one button is tabbable at a time,
 * the one last moved to, so Tab returns where the person left off. Disabled
 * buttons are skipped, as they cannot be focused.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not([disabled])';

function items(toolbar: HTMLElement): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLElement>(ITEMS)];
}

export function useRovingToolbar(toolbarRef: RefObject<HTMLElement | null>): (event: KeyboardEvent) => void {
  const current = useRef(0);

  // After every render: buttons come, go and change their disabled state with the caret.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    const list = items(toolbar);
    const focused = list.indexOf(document.activeElement as HTMLElement);
    if (focused >= 0) current.current = focused;
    const active = Math.min(current.current, list.length - 1);
    list.forEach((item, n) => (item.tabIndex = n === active ? 0 : -1));
  });

  return (event: KeyboardEvent) => {
    const toolbar = toolbarRef.current;
    if (!toolbar || event.altKey || event.ctrlKey || event.metaKey) return;
    const list = items(toolbar);
    const at = list.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowRight' ? (at + 1) % list.length
      : event.key === 'ArrowLeft' ? (at - 1 + list.length) % list.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? list.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    list.forEach((item, n) => (item.tabIndex = n === next ? 0 : -1));
    current.current = next;
    list[next]?.focus();
  };
}
