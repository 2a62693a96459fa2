/**
 * File > New from agenda in main: the person picks a letter in a native
 * dialog, the importer reads it, and the draft goes to the renderer for
 * review. The draft's annex (the original letter) waits here by import id;
 * createFromReview validates the reviewed pack and opens it as a new, unsaved
 * document with that annex.
 */
import { randomUUID } from 'node:crypto';
import type { OpenDialogOptions } from 'electron';
import type { AgendaReview, OpenedPack } from '../../../core/contract';
import { UserError } from '../../../core/i18n/errors';
import type { Language } from '../../../core/i18n/language';
import { agendaReview } from '../../../core/import/agenda-review';
import { LETTER_TYPES } from '../../../core/import/import-letter';
import type { BriefingPack } from '../../../core/model/pack';
import type { PackContents } from '../../../core/pack/container';
import { importAgendaFile } from '../../../host/import-agenda';
import type { DocumentsService } from './documents';

export const AGENDA_TITLES: Readonly<Record<Language, { title: string; filter: string }>> = {
  nl: { title: 'Nieuw pakket uit geannoteerde agenda', filter: 'Agendabrief (tekst, Word, PDF)' },
  en: { title: 'New pack from annotated agenda', filter: 'Agenda letter (text, Word, PDF)' },
};

export function agendaDialogOptions(language: Language, defaultDir: string): OpenDialogOptions {
  return {
    title: AGENDA_TITLES[language].title,
    defaultPath: defaultDir,
    filters: [{ name: AGENDA_TITLES[language].filter, extensions: Object.keys(LETTER_TYPES).map((e) => e.slice(1)) }],
    properties: ['openFile'],
  };
}

export interface ImportDeps {
  /** The path the person chose in the open dialog, or null when cancelled. */
  chooseAgendaFile: () => Promise<string | null>;
  documents: Pick<DocumentsService, 'adopt'>;
  newId?: () => string;
}

export interface ImportService {
  importAgenda(): Promise<AgendaReview | null>;
  createFromReview(importId: string, pack: BriefingPack): Promise<OpenedPack>;
  dispose(): void;
}

export function createImportService(deps: ImportDeps): ImportService {
  const pending = new Map<string, PackContents>();
  const newId = deps.newId ?? randomUUID;
  return {
    async importAgenda() {
      const file = await deps.chooseAgendaFile();
      if (!file) return null;
      const imported = await importAgendaFile(file);
      const importId = newId();
      pending.set(importId, imported.contents);
      return agendaReview(importId, imported.contents.pack.annexes[0]?.fileName ?? '', imported);
    },
    async createFromReview(importId, pack) {
      const imported = pending.get(importId);
      if (!imported) throw new UserError('internal', { detail: `unknown import ${importId}` });
      pending.delete(importId);
      // The reviewed pack keeps the importer's annex list; only its bytes live here.
      return deps.documents.adopt(newId(), { pack: { ...pack, annexes: imported.pack.annexes }, annexFiles: imported.annexFiles }, null);
    },
    dispose: () => pending.clear(),
  };
}
