/**
 * The open document in a live session, when a server is set: its history is
 * joined to the server (live-link.ts), the others' edits come in through the
 * editors (in place) and the document state, and this person's name and
 * item go out as presence.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { EditorRegistry } from '../find/registry';
import type { LiveAccess } from '../history/use-document-history';
import { historySession } from '../history/history-steps';
import type { DocumentState } from '../state/document';
import { connectLive, type LiveLink, type LiveStatus, type Presence } from './live-link';
import { syncEditors } from './sync-editors';
import { markLiveUpdate, type LiveAction } from './with-live-updates';

export interface LiveSession {
  server: string;
  status: LiveStatus;
  others: Presence[];
}

export function useLiveSession(
  server: string | null,
  state: DocumentState | null,
  dispatch: Dispatch<LiveAction>,
  registry: EditorRegistry,
  access: LiveAccess,
  name: string,
): LiveSession | null {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [others, setOthers] = useState<Presence[]>([]);
  const link = useRef<LiveLink | null>(null);
  const documentId = state?.documentId;
  const room = state?.pack.id;
  const session = state ? historySession(state) : -1;

  useEffect(() => {
    if (!server || !documentId || !room) return;
    const history = access.goLive();
    if (!history) return;
    setStatus('connecting');
    setOthers([]);
    const joined = connectLive(history, server, room, {
      beforeRemote: access.writeShown,
      onRemote(pack) {
        markLiveUpdate();
        syncEditors(registry, pack);
        dispatch({ type: 'live-update', pack });
      },
      onStatus: setStatus,
      onPresence: setOthers,
    });
    link.current = joined;
    return () => {
      joined.close();
      if (link.current === joined) link.current = null;
    };
  }, [server, documentId, room, session, access, registry, dispatch]);

  const itemId = state?.selectedItemId ?? null;
  useEffect(() => {
    link.current?.setPresence(name, itemId);
  }, [name, itemId, status, documentId, session]);

  return server && state ? { server, status, others } : null;
}
