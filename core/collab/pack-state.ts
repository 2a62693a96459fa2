/**
 * The Yjs state stored in a .briefpack beside pack.json, as a Yjs update
 * (version 2 encoding, the smaller one). pack.json stays the readable
 * snapshot; the state carries the history that lets copies edited apart merge.
 */
import * as Y from 'yjs';
import type { BriefingPack } from '../model/pack';
import { recordAuthor } from './contributors';
import { applyPackEdit, docFromPack, packFromDoc } from './pack-doc';
import { sameNode } from './rich-text-y';

export class DamagedStateError extends Error {}

/**
 * A pack that never had a state gets one written by a client id taken from its
 * content: two copies of the same old pack then start from the very same
 * history, and merge without doubling. Yjs requires that one client id never
 * writes two different things, which holds as long as the hash does.
 */
export function baseClientId(pack: BriefingPack): number {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(pack);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // Never 0: some Yjs code treats a falsy client id as unset.
  return (hash >>> 0) || 1;
}

/**
 * The pack's base state (see baseClientId) as a document whose own writes get
 * a fresh client id: two people who open the same pack start a live session
 * from the very same history, so nothing is doubled when they connect.
 */
export function baseDoc(pack: BriefingPack): Y.Doc {
  const doc = docFromPack(pack, { clientID: baseClientId(pack) });
  doc.clientID = new Y.Doc().clientID;
  return doc;
}

/** A document from a stored state; throws DamagedStateError for bytes Yjs cannot read completely. */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  try {
    Y.applyUpdateV2(doc, state);
  } catch (error) {
    throw new DamagedStateError(error instanceof Error ? error.message : 'unreadable');
  }
  // Structs waiting for ones that are not there: the state was cut or altered.
  if (doc.store.pendingStructs || doc.store.pendingDs) throw new DamagedStateError('incomplete');
  return doc;
}

export function stateOfDoc(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdateV2(doc);
}

export function packIdOfState(doc: Y.Doc): unknown {
  return doc.getMap('meta').get('id');
}

/**
 * The state to store with `pack`: the previous state with the pack taken as an
 * edit on top (a fresh client id, named after `author`), or, for a pack without
 * one, its base state (whose author nobody knows). Unchanged content leaves the
 * previous state as it was.
 */
export function stateForPack(pack: BriefingPack, previous: Uint8Array | undefined, author?: string): Uint8Array {
  if (!previous) return stateOfDoc(docFromPack(pack, { clientID: baseClientId(pack) }));
  const doc = docFromState(previous);
  const before = packFromDoc(doc);
  if (sameNode(before, pack)) return previous;
  applyPackEdit(doc, pack, before);
  // Only a session that wrote something is named; an edit that changed nothing Yjs keeps adds no name.
  if (author && doc.store.clients.has(doc.clientID)) recordAuthor(doc, author, new Date().toISOString());
  return stateOfDoc(doc);
}

/** One state holding every copy's changes; the same whatever the order of the copies. */
export function mergeStates(states: readonly Uint8Array[]): Uint8Array {
  return Y.mergeUpdatesV2([...states]);
}
