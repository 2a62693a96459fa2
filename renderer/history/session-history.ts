/**
 * The history of one open document, kept off the typing path: its Y.Doc is
 * built when the browser is idle after opening (about 100 ms for 200 items,
 * too long to add to opening), and typing is written to it when the burst
 * ends (the capture timeout) rather than on every keystroke. Any other kind
 * of change, and every undo or redo, writes what is waiting first, so the
 * steps stay in the order they were made.
 */
import { CAPTURE_TIMEOUT_MS, PackHistory } from '../../core/collab/pack-history';
import { baseDoc } from '../../core/collab/pack-state';
import type { BriefingPack } from '../../core/model/pack';

/** Edits of these groups arrive as a stream (keystrokes) and are written when they pause. */
const isTyping = (group: string) => group.startsWith('section:') || group.startsWith('owner:');

/** In a live session typing is written this soon, so the others see it within a second. */
export const LIVE_WRITE_MS = 100;

export class SessionHistory {
  private built: PackHistory | null = null;
  private pending: { pack: BriefingPack; group: string } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;
  private writeDelay = CAPTURE_TIMEOUT_MS;

  constructor(
    readonly session: number,
    private readonly base: BriefingPack,
    private readonly onWritten: () => void,
  ) {
    // Chromium has it; without it (unit tests in Node) the document is built on first use.
    if (typeof requestIdleCallback === 'function') this.idle = requestIdleCallback(() => void this.history, { timeout: 2_000 });
  }

  private get history(): PackHistory {
    this.idle = null;
    return (this.built ??= new PackHistory(this.base));
  }

  /** The pack as it is now in the UI. */
  note(pack: BriefingPack, group: string): void {
    if (pack === (this.pending?.pack ?? this.built?.pack ?? this.base)) return;
    if (this.pending && this.pending.group !== group) this.flush();
    this.pending = { pack, group };
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (isTyping(group)) this.timer = setTimeout(() => this.flush(), this.writeDelay);
    else this.flush();
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.history.record(pending.pack, pending.group);
    this.onWritten();
  }

  /**
   * For a live session: the document is built now, from the pack's base state as opened (the
   * same for everyone who opened that pack), with what was changed since as one edit on top.
   * The undo history starts again here. Typing is written within LIVE_WRITE_MS.
   */
  goLive(): PackHistory {
    this.flush();
    const now = this.built?.pack ?? this.base;
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.idle = null;
    this.built = new PackHistory(this.base, { doc: baseDoc(this.base) });
    // Not an undo step: undoing it would take back, for everyone, what was written before connecting.
    this.built.merge(now);
    this.writeDelay = LIVE_WRITE_MS;
    this.onWritten();
    return this.built;
  }

  /** The newest pack it was told of, written or not. */
  get latest(): BriefingPack {
    return this.pending?.pack ?? this.built?.pack ?? this.base;
  }

  get canUndo(): boolean {
    return this.pending !== null || (this.built?.canUndo ?? false);
  }

  get canRedo(): boolean {
    return this.pending === null && (this.built?.canRedo ?? false);
  }

  /** The pack before the undone step, and after it (null when there was nothing to undo). */
  undo(): { before: BriefingPack; after: BriefingPack } | null {
    this.flush();
    const before = this.history.pack;
    const after = this.history.undo();
    return after ? { before, after } : null;
  }

  redo(): { before: BriefingPack; after: BriefingPack } | null {
    this.flush();
    const before = this.history.pack;
    const after = this.history.redo();
    return after ? { before, after } : null;
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.idle !== null) cancelIdleCallback(this.idle);
  }
}
