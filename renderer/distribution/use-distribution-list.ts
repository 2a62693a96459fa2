/**
 * Verzendlijst…: opened from the pack panel and File > Distribution list…;
 * OK puts the list in the pack as one undoable edit; Export as CSV writes the
 * record of copies handed out through the contract.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { BriefingApi } from '../../core/contract';
import type { Language } from '../../core/i18n/language';
import type { Recipient } from '../../core/model/distribution';
import { describeApiError } from '../i18n';
import type { DocumentAction, DocumentState } from '../state/document';
import { DISTRIBUTION_LIST_EVENT } from '../state/use-menu-commands';
import { distributionMessages } from './messages';

export interface DistributionCommand {
  open: boolean;
  apply(recipients: Recipient[]): void;
  close(): void;
  csv: { busy: boolean; said: { kind: 'saved' | 'error'; text: string } | null; export(): void };
}

/** The panel's button asks for the dialog the way the menu does. */
export function showDistributionList(): void {
  window.dispatchEvent(new CustomEvent(DISTRIBUTION_LIST_EVENT));
}

/** `language`: the interface's, which the CSV's header row is written in. */
export function useDistributionList(api: BriefingApi, state: DocumentState | null, dispatch: Dispatch<DocumentAction>, language: Language): DistributionCommand {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<DistributionCommand['csv']['said']>(null);
  const latest = useRef(state);
  latest.current = state;

  const hasDocument = state !== null;
  const show = useCallback(() => {
    if (!hasDocument) return;
    setSaid(null);
    setOpen(true);
  }, [hasDocument]);
  useEffect(() => {
    window.addEventListener(DISTRIBUTION_LIST_EVENT, show);
    return () => window.removeEventListener(DISTRIBUTION_LIST_EVENT, show);
  }, [show]);

  const apply = useCallback(
    (recipients: Recipient[]) => {
      setOpen(false);
      dispatch({ type: 'set-distribution', recipients });
    },
    [dispatch],
  );

  const exportCsv = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    const t = distributionMessages(language);
    setBusy(true);
    setSaid(null);
    try {
      const result = await api.exportHandedOutCsv(current.documentId, current.pack, language);
      if (!result.ok) setSaid({ kind: 'error', text: describeApiError(result.error, language) });
      else if (result.value) setSaid({ kind: 'saved', text: t.csvSaved(result.value.fileName) });
    } catch (error) {
      setSaid({ kind: 'error', text: describeApiError({ code: 'internal', params: { detail: String(error) } }, language) });
    } finally {
      setBusy(false);
    }
  }, [api, language]);

  return { open: open && hasDocument, apply, close: useCallback(() => setOpen(false), []), csv: { busy, said, export: () => void exportCsv() } };
}
