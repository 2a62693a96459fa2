/**
 * Find and replace across the pack (Ctrl+F, Ctrl+H). Every item's source
 * text and sections are searched; only sections are replaced, the source
 * text is read-only.
 *
 * Replacing goes through the section editors wherever a section is on
 * screen, and every replacement is a step in the document's history, so
 * Ctrl+Z undoes it like any edit. "Replace all"
 * is also one pack-level edit with its own undo button here: it remembers
 * each section before and after, and undoing restores only the sections that
 * have not been edited since (checked by identity, as the model is
 * immutable), so it can never throw away later work.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BaseRange } from 'slate';
import { ReactEditor } from 'slate-react';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import type { Template } from '../../core/template/schema';
import { useEditorMessages } from '../i18n/editor';
import { restoreCaret, saveCaret, type CaretPlace } from '../hooks/caret-place';
import { useEditorRegistry } from './registry';
import { findInPack, replaceInEditor, replaceInValue } from './search';

interface FindPanelProps {
  pack: BriefingPack;
  template: Template;
  selectedItemId: string | null;
  onSelect(itemId: string): void;
  onEdit(itemId: string, key: string, value: RichText): void;
}

interface ReplaceAllRecord {
  changes: { itemId: string; key: string; before: RichText; after: RichText; inEditor: boolean }[];
}

/** The current match, and every other match of the item on screen (as a word processor shows them). */
const HIGHLIGHT = 'briefing-find';
const HIGHLIGHT_ALL = 'briefing-find-all';

const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

function clearHighlight(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.delete(HIGHLIGHT_ALL);
}

function showRanges(current: Range, others: readonly Range[]): void {
  if (highlightsSupported()) {
    CSS.highlights.set(HIGHLIGHT_ALL, new Highlight(...others));
    CSS.highlights.set(HIGHLIGHT, new Highlight(current));
  }
  const element = current.startContainer instanceof Element ? current.startContainer : current.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** The n-th occurrence of the query in the source text on screen (the source is rendered, not edited). */
function sourceRange(query: string, matchCase: boolean, occurrence: number): Range | null {
  const root = document.querySelector('.source-body');
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('sup, .footnotes') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const needle = matchCase ? query : query.toLocaleLowerCase();
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = matchCase ? (node.nodeValue ?? '') : (node.nodeValue ?? '').toLocaleLowerCase();
    let from = 0;
    for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, from)) {
      if (seen++ === occurrence) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range;
      }
      from = at + Math.max(needle.length, 1);
    }
  }
  return null;
}

export function FindPanel({ pack, template, selectedItemId, onSelect, onEdit }: FindPanelProps) {
  const m = useEditorMessages();
  const registry = useEditorRegistry();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [current, setCurrent] = useState(0);
  const [status, setStatus] = useState('');
  const [lastReplaceAll, setLastReplaceAll] = useState<ReplaceAllRecord | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const ids = { find: useId(), replace: useId(), count: useId() };

  const order = useMemo(() => template.sections.map((section) => section.key), [template]);
  const labels = useMemo(() => new Map(template.sections.map((section) => [section.key, section.label])), [template]);
  const matches = useMemo(() => (open ? findInPack(pack, order, { query, matchCase }) : []), [open, pack, order, query, matchCase]);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const match = index >= 0 ? matches[index] : undefined;

  // Where focus and the caret were when the panel opened: Escape gives them back.
  const panelRef = useRef<HTMLElement>(null);
  const returnTo = useRef<{ element: HTMLElement; caret: CaretPlace | null } | null>(null);

  // Ctrl+F and Ctrl+H (Cmd on macOS) both open on the search field: what to replace comes after what to find.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey === event.metaKey || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      event.preventDefault();
      const page = window.getSelection();
      const selected = page?.toString() ?? '';
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !panelRef.current?.contains(active)) {
        returnTo.current = { element: active, caret: active.isContentEditable ? saveCaret(active) : null };
      }
      if (selected && !selected.includes('\n') && selected.length < 200) setQuery(selected);
      setOpen(true);
      requestAnimationFrame(() => findRef.current?.select());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Bring the current match into view: select its item, then highlight it once the item is on screen.
  useEffect(() => {
    if (!open || !match) {
      clearHighlight();
      return;
    }
    if (match.itemId !== selectedItemId) {
      onSelect(match.itemId);
      return;
    }
    const frame = requestAnimationFrame(() => {
      try {
        // Matches in the source text are counted in order, to find the n-th occurrence on screen.
        let sourceSeen = 0;
        const rangeOf = (found: (typeof matches)[number]): Range | null => {
          if (found.place.kind === 'section') {
            const editor = registry.get(found.itemId, found.place.key);
            return editor ? ReactEditor.toDOMRange(editor, found.range) : null;
          }
          return sourceRange(query, matchCase, sourceSeen++);
        };
        let currentRange: Range | null = null;
        const others: Range[] = [];
        for (const found of matches) {
          if (found.itemId !== match.itemId) continue;
          const range = rangeOf(found);
          if (!range) continue;
          if (found === match) currentRange = range;
          else others.push(range);
        }
        if (currentRange) showRanges(currentRange, others);
      } catch {
        clearHighlight(); // the editor is still catching up with the value; the next render tries again
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [open, match, index, matches, selectedItemId, onSelect, registry, query, matchCase]);

  useEffect(() => () => clearHighlight(), []);

  const close = useCallback(() => {
    setOpen(false);
    clearHighlight();
    const back = returnTo.current;
    returnTo.current = null;
    if (!back?.element.isConnected) return;
    back.element.focus();
    if (back.caret) restoreCaret(back.element, back.caret);
  }, []);

  const step = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    setCurrent((index + direction + matches.length) % matches.length);
  };

  const replaceRanges = (itemId: string, key: string, ranges: BaseRange[]): { before: RichText; after: RichText; inEditor: boolean } | null => {
    const item = pack.items.find((i) => i.id === itemId);
    const before = item?.sections[key];
    if (!before) return null;
    const editor = registry.get(itemId, key);
    if (editor) {
      replaceInEditor(editor, ranges, replacement); // the editor's onChange hands the new value up
      return { before, after: editor.children as RichText, inEditor: true };
    }
    const after = replaceInValue(before, ranges, replacement);
    onEdit(itemId, key, after);
    return { before, after, inEditor: false };
  };

  const replaceOne = () => {
    if (!match) return;
    if (match.place.kind === 'source') {
      setStatus(m.sourceReadOnly);
      step(1);
      return;
    }
    replaceRanges(match.itemId, match.place.key, [match.range]);
    setStatus('');
  };

  const replaceAll = () => {
    const bySection = new Map<string, { itemId: string; key: string; ranges: BaseRange[] }>();
    for (const found of matches) {
      if (found.place.kind !== 'section') continue;
      const id = `${found.itemId}\u0000${found.place.key}`;
      const entry = bySection.get(id) ?? { itemId: found.itemId, key: found.place.key, ranges: [] };
      entry.ranges.push(found.range);
      bySection.set(id, entry);
    }
    const changes: ReplaceAllRecord['changes'] = [];
    let count = 0;
    for (const { itemId, key, ranges } of bySection.values()) {
      const change = replaceRanges(itemId, key, ranges);
      if (change) {
        changes.push({ itemId, key, ...change });
        count += ranges.length;
      }
    }
    setLastReplaceAll(changes.length > 0 ? { changes } : null);
    const skippedSource = matches.some((found) => found.place.kind === 'source');
    setStatus(m.replacedCount(count, changes.length) + (skippedSource ? ` ${m.sourceReadOnly}` : ''));
  };

  const undoReplaceAll = () => {
    if (!lastReplaceAll) return;
    let undone = 0;
    let skipped = 0;
    for (const change of lastReplaceAll.changes) {
      const editor = registry.get(change.itemId, change.key);
      const item = pack.items.find((i) => i.id === change.itemId);
      const now = editor ? (editor.children as RichText) : item?.sections[change.key];
      if (now !== change.after) {
        skipped++;
        continue;
      }
      if (editor) {
        // Restore through the editor so its view follows (its value is the document history's, not its own).
        editor.selection = null;
        editor.children = change.before as typeof editor.children;
        editor.onChange();
        onEdit(change.itemId, change.key, change.before);
      } else onEdit(change.itemId, change.key, change.before);
      undone++;
    }
    setLastReplaceAll(null);
    setStatus(skipped > 0 ? m.replaceUndoPartial(undone, skipped) : m.replaceUndone(undone));
  };

  if (!open) return null;

  const itemTitle = match ? (pack.items.find((i) => i.id === match.itemId)?.title ?? '') : '';
  const where = match ? (match.place.kind === 'source' ? m.inSource(itemTitle) : m.inSection(itemTitle, labels.get(match.place.key) ?? match.place.key)) : '';
  const canReplace = matches.some((found) => found.place.kind === 'section');

  return (
    <section
      ref={panelRef}
      className="find-panel"
      role="search"
      aria-label={m.findPanel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <div className="find-row">
        <label htmlFor={ids.find}>{m.findLabel}</label>
        <input
          id={ids.find}
          ref={findRef}
          type="search"
          value={query}
          aria-describedby={ids.count}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
            setStatus('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            }
          }}
        />
        <span id={ids.count} className="find-count" aria-live="polite">
          {query === '' ? '' : matches.length === 0 ? m.noMatches : m.matchCount(index + 1, matches.length)}
        </span>
        <button type="button" onClick={() => step(-1)} disabled={matches.length === 0}>
          {m.previous}
        </button>
        <button type="button" onClick={() => step(1)} disabled={matches.length === 0}>
          {m.next}
        </button>
        <label className="find-check">
          <input type="checkbox" checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />
          {m.matchCase}
        </label>
        <button type="button" className="dismiss" aria-label={m.closeFind} onClick={close}>
          ×
        </button>
      </div>
      <div className="find-row">
        <label htmlFor={ids.replace}>{m.replaceLabel}</label>
        <input id={ids.replace} ref={replaceRef} type="text" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
        <button type="button" onClick={replaceOne} disabled={!match}>
          {m.replace}
        </button>
        <button type="button" onClick={replaceAll} disabled={!canReplace}>
          {m.replaceAll}
        </button>
        {lastReplaceAll && (
          <button type="button" onClick={undoReplaceAll}>
            {m.undoReplaceAll}
          </button>
        )}
      </div>
      {(where || status) && (
        <p className="find-where" role="status">
          {status || where}
        </p>
      )}
    </section>
  );
}
