/**
 * File > Merge contributions…: sends the pack as it is on screen (the last
 * keystrokes included, which may not have reached the document state yet),
 * and puts the merged pack in as one step of the document history.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { BriefingApi, ContributionReport } from '../../core/contract';
import type { EditorRegistry } from '../find/registry';
import type { HistoryAction } from '../history/history-steps';
import { withEditorValues } from '../history/use-document-history';
import type { DocumentState } from '../state/document';
import { MERGE_CONTRIBUTIONS_EVENT } from '../state/use-menu-commands';
import type { Outcome } from '../state/use-file-commands';

export interface MergeCommand {
  busy: boolean;
  start(): Promise<void>;
  report: ContributionReport | null;
  closeReport(): void;
}

export function useMergeContributions(
  api: BriefingApi,
  state: DocumentState | null,
  dispatch: Dispatch<HistoryAction>,
  registry: EditorRegistry,
  say: (outcome: Outcome | null) => void,
): MergeCommand {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ContributionReport | null>(null);
  const latest = useRef(state);
  latest.current = state;

  const start = useCallback(async () => {
    const current = latest.current;
    if (!current || busy) return;
    setBusy(true);
    say(null);
    try {
      const result = await api.mergeContributions(current.documentId, withEditorValues(current.pack, registry).pack);
      if (!result.ok) return say({ kind: 'error', error: result.error });
      if (!result.value) return;
      // Another document opened meanwhile: the merge belonged to the one that was open.
      if (latest.current?.documentId !== current.documentId) return;
      dispatch({ type: 'merge-contributions', pack: result.value.pack, changedBy: result.value.changedBy });
      setReport(result.value);
    } catch (error) {
      say({ kind: 'error', error: { code: 'internal', params: { detail: String(error) } } });
    } finally {
      setBusy(false);
    }
  }, [api, busy, dispatch, registry, say]);

  useEffect(() => {
    const onMenu = () => void start();
    window.addEventListener(MERGE_CONTRIBUTIONS_EVENT, onMenu);
    return () => window.removeEventListener(MERGE_CONTRIBUTIONS_EVENT, onMenu);
  }, [start]);

  return { busy, start, report, closeReport: useCallback(() => setReport(null), []) };
}
