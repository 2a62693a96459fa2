/** Whether the export dialog is open and for which format, and the last choice per pack in this session. */
import { useCallback, useRef, useState } from 'react';
import type { ExportFormat } from '../../core/export/assets';
import type { DialogChoice } from './dialog-choice';

export interface ExportDialogState {
  /** The format the dialog opened with; null while it is closed. */
  format: ExportFormat | null;
  /** The last choice made for this document, if any. */
  remembered: DialogChoice | undefined;
  show(format: ExportFormat): void;
  /** Closes it; with a choice, remembers it for this document. */
  close(choice?: DialogChoice): void;
}

export function useExportDialog(documentId: string | undefined): ExportDialogState {
  const [format, setFormat] = useState<ExportFormat | null>(null);
  // Kept by document id: another pack opened in the session has its own.
  const remembered = useRef(new Map<string, DialogChoice>());
  const close = useCallback(
    (choice?: DialogChoice) => {
      if (choice && documentId) remembered.current.set(documentId, choice);
      setFormat(null);
    },
    [documentId],
  );
  return { format, remembered: documentId ? remembered.current.get(documentId) : undefined, show: setFormat, close };
}
