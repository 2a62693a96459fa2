/**
 * Who changed an agenda item last, and when, read from a pack's state: Yjs
 * tags every character and value with the writing session (client) that made
 * it, the contributions list names each session's author and save time, and
 * the latest of those among the sessions that wrote in the item is its last
 * change. (A deletion leaves no trace of who deleted: it counts for nobody.)
 */
import * as Y from 'yjs';
import { contributionsOf } from './contributors';
import { keyedIds, rootKeyedList } from './keyed-list';
import { docFromState } from './pack-state';

export interface LastChange {
  author: string;
  /** ISO 8601. */
  at: string;
}

function addClients(item: Y.Item | null, clients: Set<number>, seen: Set<Y.AbstractType<unknown>>): void {
  for (let current = item; current; current = current.right) {
    clients.add(current.id.client);
    if (current.content instanceof Y.ContentType) addTypeClients(current.content.type, clients, seen);
  }
}

function addTypeClients(type: Y.AbstractType<unknown>, clients: Set<number>, seen: Set<Y.AbstractType<unknown>>): void {
  if (seen.has(type)) return;
  seen.add(type);
  addClients(type._start, clients, seen);
  // A map keeps each key's earlier values to the left of the current one.
  type._map.forEach((last) => {
    for (let value: Y.Item | null = last; value; value = value.left) {
      clients.add(value.id.client);
      if (value.content instanceof Y.ContentType) addTypeClients(value.content.type, clients, seen);
    }
  });
}

/** Per item id, the last recorded change; items no named session wrote in are left out. */
export function lastChanges(state: Uint8Array): Record<string, LastChange> {
  const doc = docFromState(state);
  const sessions = new Map(contributionsOf(doc).filter((entry) => entry.at).map((entry) => [entry.client, entry as LastChange]));
  const result: Record<string, LastChange> = {};
  if (sessions.size === 0) return result;
  const items = rootKeyedList(doc, 'items');
  for (const id of keyedIds(items)) {
    const record = items.byId.get(id);
    if (!(record instanceof Y.AbstractType)) continue;
    const clients = new Set<number>();
    addTypeClients(record as Y.AbstractType<unknown>, clients, new Set());
    let last: LastChange | null = null;
    for (const client of clients) {
      const session = sessions.get(client);
      if (session && (!last || session.at > last.at)) last = { author: session.author, at: session.at };
    }
    if (last) result[id] = last;
  }
  return result;
}
