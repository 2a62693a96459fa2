/**
 * F6 and Shift+F6 move between the regions of the window, as in Word and
 * every Windows app: the file toolbar, the agenda list, find and replace, the
 * letter's text, a comment being written, the editors, the page preview, and
 * the overview or a version being viewed. Each region gets focus back where it last had it (in
 * an editor, with the caret where it was); a modal dialog keeps F6 inside.
 */
import { useEffect } from 'react';
import { restoreCaret, saveCaret, type CaretPlace } from './caret-place';

interface Region {
  selector: string;
  /** Where focus goes the first time: the region's main control. */
  entry: string;
}

const REGIONS: readonly Region[] = [
  { selector: '.toolbar', entry: '.toolbar-actions button[tabindex="0"]' },
  { selector: '.sidebar', entry: '.agenda-entry[tabindex="0"]' },
  { selector: '.find-panel', entry: 'input' },
  { selector: '.source', entry: '.source-body' },
  { selector: '.comment-form', entry: 'textarea, input, select' },
  { selector: '.annotation', entry: '[contenteditable="true"]' },
  { selector: '.preview-pane', entry: '.preview-bar button:not([disabled])' },
  { selector: '.overview', entry: 'button' },
  { selector: '.version-view', entry: 'button' },
];

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

interface Place {
  element: HTMLElement;
  caret: CaretPlace | null;
}

function regionsOnScreen(): HTMLElement[] {
  const found = REGIONS.flatMap(({ selector }) => [...document.querySelectorAll<HTMLElement>(selector)]);
  return found
    .filter((element) => element.getClientRects().length > 0)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function entryOf(region: HTMLElement): HTMLElement | null {
  const entry = REGIONS.find(({ selector }) => region.matches(selector))?.entry;
  return (entry && region.querySelector<HTMLElement>(entry)) || region.querySelector<HTMLElement>(TABBABLE);
}

/** The innermost region holding the element (a comment form sits inside the letter's text). */
function regionOf(element: Element | null, regions: readonly HTMLElement[]): HTMLElement | null {
  let inner: HTMLElement | null = null;
  for (const region of regions) if (element && region.contains(element) && (!inner || inner.contains(region))) inner = region;
  return inner;
}

export function useRegionCycle(): void {
  useEffect(() => {
    const lastPlace = new WeakMap<HTMLElement, Place>();

    const remember = (active: EventTarget | null) => {
      if (!(active instanceof HTMLElement)) return;
      const regions = regionsOnScreen();
      const region = regionOf(active, regions);
      if (!region) return;
      const caret = active.isContentEditable ? saveCaret(active) : null;
      // Every region around it, so leaving a comment form for the editors and coming back to the letter finds the form.
      for (const around of regions) if (around.contains(active)) lastPlace.set(around, { element: active, caret });
    };

    const enter = (region: HTMLElement) => {
      const place = lastPlace.get(region);
      if (place && place.element.isConnected && region.contains(place.element) && place.element.matches(TABBABLE)) {
        place.element.focus();
        if (place.caret) restoreCaret(place.element, place.caret);
        return;
      }
      entryOf(region)?.focus();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      const modal = [...document.querySelectorAll<HTMLElement>('[aria-modal="true"]')].at(-1);
      if (modal) {
        if (!modal.contains(document.activeElement)) modal.querySelector<HTMLElement>(TABBABLE)?.focus();
        return;
      }
      remember(document.activeElement);
      const regions = regionsOnScreen();
      if (regions.length === 0) return;
      const current = regionOf(document.activeElement, regions);
      const at = current ? regions.indexOf(current) : event.shiftKey ? 0 : -1;
      const next = regions[(at + (event.shiftKey ? -1 : 1) + regions.length) % regions.length];
      if (next) enter(next);
    };

    // On focusout the element leaving is the event's target (activeElement is already the body).
    const onFocusOut = (event: FocusEvent) => remember(event.target);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
