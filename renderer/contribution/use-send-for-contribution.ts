/**
 * Send for contribution…: records the sending in the open pack as one step of
 * its history (undoable), then saves the copy for the colleague with it.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { BriefingApi } from '../../core/contract';
import { recordContribution } from '../../core/model/contributions';
import type { EditorRegistry } from '../find/registry';
import { withEditorValues } from '../history/use-document-history';
import type { DocumentAction, DocumentState } from '../state/document';
import type { Outcome } from '../state/use-file-commands';
import { SEND_FOR_CONTRIBUTION_EVENT } from '../state/use-menu-commands';

export interface SendCommand {
  choosing: boolean;
  choose(): void;
  cancel(): void;
  send(colleague: string, itemIds: string[]): Promise<void>;
  /** The copy's file name once saved, for the notice; only while the document it was made from is open. */
  saved: string | null;
}

export function useSendForContribution(
  api: BriefingApi,
  state: DocumentState | null,
  dispatch: Dispatch<DocumentAction>,
  registry: EditorRegistry,
  say: (outcome: Outcome | null) => void,
): SendCommand {
  const [choosing, setChoosing] = useState(false);
  const [saved, setSaved] = useState<{ documentId: string; fileName: string } | null>(null);
  const latest = useRef(state);
  latest.current = state;

  const send = useCallback(
    async (colleague: string, itemIds: string[]) => {
      const current = latest.current;
      setChoosing(false);
      if (!current) return;
      say(null);
      const sentAt = new Date().toISOString();
      // The same record the reducer makes, so the copy and the open pack carry one sending.
      const pack = recordContribution(withEditorValues(current.pack, registry).pack, colleague, itemIds, new Date(sentAt));
      try {
        const result = await api.saveContributionCopy(current.documentId, pack, colleague);
        if (!result.ok) return say({ kind: 'error', error: result.error });
        if (!result.value) return;
        dispatch({ type: 'send-for-contribution', colleague, itemIds, sentAt });
        setSaved({ documentId: current.documentId, fileName: result.value.fileName });
      } catch (error) {
        say({ kind: 'error', error: { code: 'internal', params: { detail: String(error) } } });
      }
    },
    [api, dispatch, registry, say],
  );

  const hasDocument = state !== null;
  const choose = useCallback(() => {
    if (hasDocument) setChoosing(true);
  }, [hasDocument]);
  useEffect(() => {
    window.addEventListener(SEND_FOR_CONTRIBUTION_EVENT, choose);
    return () => window.removeEventListener(SEND_FOR_CONTRIBUTION_EVENT, choose);
  }, [choose]);

  return { choosing, choose, cancel: useCallback(() => setChoosing(false), []), send, saved: saved && saved.documentId === state?.documentId ? saved.fileName : null };
}
