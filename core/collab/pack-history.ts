/**
 * One undo history for an open pack, on its Y.Doc: every change the person
 * makes is written to the document as a minimal edit (applyPackEdit) in a
 * transaction of their own origin, and Yjs's UndoManager takes those back.
 * Edits merged from a colleague come in with another origin, so undo never
 * touches them (and keeps them where they fall inside the person's text).
 * Versions, the list of contributors and the record of copies handed out are
 * not part of the history: undo must never drop a saved version or a copy
 * handed out.
 */
import * as Y from 'yjs';
import type { AgendaItem, BriefingPack } from '../model/pack';
import { rootKeyedList } from './keyed-list';
import { applyPackEdit, docFromPack, packFromDoc } from './pack-doc';
import { sameNode } from './rich-text-y';

/** Yjs's own default: keystrokes closer together than this are one step, as in Word. */
export const CAPTURE_TIMEOUT_MS = 500;

const LOCAL = Symbol('local edit');
const REMOTE = Symbol('merged edit');
/** Updates from a live session's other writers: in the document, never in this person's history. */
const LIVE = Symbol('live update');

export interface PackHistoryOptions {
  captureTimeout?: number;
  /** A document already holding `pack` (a live session needs every writer to start from the same history). */
  doc?: Y.Doc;
}

export class PackHistory {
  readonly doc: Y.Doc;
  private readonly undoManager: Y.UndoManager;
  private current: BriefingPack;
  private lastGroup: string | null = null;

  constructor(pack: BriefingPack, options: PackHistoryOptions = {}) {
    this.doc = options.doc ?? docFromPack(pack);
    this.current = pack;
    const doc = this.doc;
    // The sendings for contribution too: sending is an edit of the pack, and undo takes it back.
    const sent = rootKeyedList(doc, 'sentForContribution');
    // The distribution list is edited like the rest; the record of copies handed out is not: a copy handed out stays handed out.
    const recipients = rootKeyedList(doc, 'recipients');
    const scope = [doc.getMap('meta'), doc.get('introduction', Y.XmlText), doc.getMap('items'), doc.getArray('itemsOrder'), sent.byId, sent.order, recipients.byId, recipients.order];
    this.undoManager = new Y.UndoManager(scope, {
      captureTimeout: options.captureTimeout ?? CAPTURE_TIMEOUT_MS,
      trackedOrigins: new Set([LOCAL]),
    });
  }

  get pack(): BriefingPack {
    return this.current;
  }

  /**
   * Takes the person's new pack as one edit. Edits of the same `group` (typing in
   * one section) that follow each other closely are one undo step; any other
   * group starts a step of its own.
   */
  record(pack: BriefingPack, group: string): void {
    if (pack === this.current) return;
    if (group !== this.lastGroup) this.undoManager.stopCapturing();
    this.lastGroup = group;
    const before = this.current;
    this.doc.transact(() => applyPackEdit(this.doc, pack, before), LOCAL);
    this.current = pack;
  }

  /** A colleague's pack merged in: in the document, never in this person's history. */
  merge(pack: BriefingPack): void {
    const before = this.current;
    this.doc.transact(() => applyPackEdit(this.doc, pack, before), REMOTE);
    this.current = pack;
  }

  /** Another writer's Yjs update (a live session); returns the pack as it is now. */
  applyLive(update: Uint8Array): BriefingPack {
    Y.applyUpdate(this.doc, update, LIVE);
    this.current = sharingUnchanged(this.current, packFromDoc(this.doc));
    return this.current;
  }

  /** Every update this person makes (edits, undo, redo), for a live session to send; returns the unsubscribe. */
  onOwnUpdate(listener: (update: Uint8Array) => void): () => void {
    const handler = (update: Uint8Array, origin: unknown) => origin !== LIVE && listener(update);
    this.doc.on('update', handler);
    return () => this.doc.off('update', handler);
  }

  get canUndo(): boolean {
    return this.undoManager.canUndo();
  }

  get canRedo(): boolean {
    return this.undoManager.canRedo();
  }

  /** The pack after taking back the last step, or null when there is none. */
  undo(): BriefingPack | null {
    return this.step(() => this.undoManager.undo());
  }

  redo(): BriefingPack | null {
    return this.step(() => this.undoManager.redo());
  }

  private step(run: () => unknown): BriefingPack | null {
    if (!run()) return null;
    // Whatever comes next starts a new step, even typing in the same section.
    this.lastGroup = null;
    this.current = sharingUnchanged(this.current, packFromDoc(this.doc));
    return this.current;
  }
}

/** The new pack with every item that did not change kept as the same object, so unchanged rows do not re-render. */
function sharingUnchanged(before: BriefingPack, after: BriefingPack): BriefingPack {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const items = after.items.map((item) => {
    const previous = old.get(item.id);
    return previous && sameNode(previous, item) ? previous : item;
  });
  // Fields outside the history (and any the document does not model) stay as they were.
  const pack = { ...before, ...after, items, annexes: before.annexes, versions: before.versions } as BriefingPack;
  // The sendings are in the history: a step back to before the first takes the field away.
  if (after.contributions === undefined) delete pack.contributions;
  return pack;
}

/** The items an undo or redo changed (added, altered or moved), in pack order. */
export function changedItems(before: BriefingPack, after: BriefingPack): AgendaItem[] {
  return after.items.filter((item, index) => before.items[index] !== item);
}
