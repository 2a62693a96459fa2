/** The record of copies handed out, written as CSV where the person chooses (the distribution dialog's Export as CSV). */
import path from 'node:path';
import type { Language } from '../../../core/i18n/language';
import { handedOutCsv, handedOutFileBase } from '../../../core/model/distribution-csv';
import type { BriefingPack } from '../../../core/model/pack';
import { distributionOf } from '../../../core/model/recipient-copy';
import { writeFileAtomic } from '../../../host/atomic-write';
import { readOnlyChoiceFor } from '../read-only-prompt';
import type { DocumentsService } from './documents';
import type { FileDialogs } from './file-dialogs';

export interface HandedOutDeps {
  dialogs: FileDialogs;
  documents: Pick<DocumentsService, 'suggestedName'>;
}

/** The same bytes `briefing distribution PACK --csv` writes; null when the person cancels the save dialog. */
export async function exportHandedOutCsv(deps: HandedOutDeps, documentId: string, pack: BriefingPack, language: Language): Promise<{ fileName: string } | null> {
  const csv = handedOutCsv(distributionOf(pack).handedOut, language);
  const target = await deps.dialogs.chooseFileToSave('csv', handedOutFileBase(deps.documents.suggestedName(documentId, pack), language));
  if (target === null) return null;
  const readOnly = await readOnlyChoiceFor(target, deps.dialogs);
  if (readOnly === null) return null;
  await writeFileAtomic(target, new TextEncoder().encode(csv), { readOnly });
  return { fileName: path.basename(target) };
}
