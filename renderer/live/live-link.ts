/**
 * A live session: the open document's Y.Doc joined to a Yjs websocket server
 * (y-websocket's WebsocketProvider), with the pack id as the room. The
 * provider works on a doc of its own (the wire); the document history's doc
 * takes the others' updates only through PackHistory.applyLive, after the
 * person's own waiting keystrokes have been written (`beforeRemote`), so an
 * edit of theirs can never be written over the others'. Presence (who is in
 * which item) travels as y-protocols awareness.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { PackHistory } from '../../core/collab/pack-history';
import type { BriefingPack } from '../../core/model/pack';

export type LiveStatus = 'connecting' | 'connected' | 'disconnected';

export interface Presence {
  /** Awareness client id, for React keys. */
  client: number;
  name: string;
  itemId: string | null;
}

export interface LiveHandlers {
  /** Write what the person typed and is not in the document yet. */
  beforeRemote(): void;
  /** The pack after the others' updates. */
  onRemote(pack: BriefingPack): void;
  onStatus(status: LiveStatus): void;
  onPresence(others: Presence[]): void;
}

export interface LiveLink {
  /** Where this person is: their name and the item they have open. */
  setPresence(name: string, itemId: string | null): void;
  close(): void;
}

const OWN = Symbol('own update');
/** Updates arriving together (the first sync, a burst of typing) are taken in one go. */
const BATCH_MS = 15;

export function connectLive(history: PackHistory, server: string, room: string, handlers: LiveHandlers): LiveLink {
  const wire = new Y.Doc();
  Y.applyUpdate(wire, Y.encodeStateAsUpdate(history.doc), OWN);
  const stopOwn = history.onOwnUpdate((update) => Y.applyUpdate(wire, update, OWN));
  let waiting: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const takeWaiting = () => {
    timer = null;
    const updates = waiting;
    waiting = [];
    if (updates.length === 0) return;
    handlers.beforeRemote();
    handlers.onRemote(history.applyLive(Y.mergeUpdates(updates)));
  };
  const onWireUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === OWN) return;
    waiting.push(update);
    timer ??= setTimeout(takeWaiting, BATCH_MS);
  };
  wire.on('update', onWireUpdate);

  // No BroadcastChannel: tabs of one browser meet on the server like everyone else.
  const provider = new WebsocketProvider(server, room, wire, { disableBc: true, maxBackoffTime: 1_000 });
  provider.on('status', ({ status }) => handlers.onStatus(status));
  const awareness = provider.awareness;
  const onAwareness = () => {
    const others: Presence[] = [];
    awareness.getStates().forEach((state, client) => {
      const user = (state as { user?: { name?: unknown; itemId?: unknown } }).user;
      if (client === awareness.clientID || typeof user?.name !== 'string') return;
      others.push({ client, name: user.name, itemId: typeof user.itemId === 'string' ? user.itemId : null });
    });
    handlers.onPresence(others.sort((a, b) => a.name.localeCompare(b.name) || a.client - b.client));
  };
  awareness.on('change', onAwareness);

  return {
    setPresence(name, itemId) {
      awareness.setLocalStateField('user', { name, itemId });
    },
    close() {
      if (timer !== null) clearTimeout(timer);
      awareness.off('change', onAwareness);
      stopOwn();
      wire.off('update', onWireUpdate);
      provider.destroy();
      wire.destroy();
    },
  };
}
