/**
 * Browser mode's "New from agenda…": the same core importer as main, with a
 * file picker for the letter and pdf.js in the page. The original file waits
 * here, by import id, until the person has reviewed the items.
 */
import type { AgendaReview, OpenedPack } from '../../core/contract';
import { UserError } from '../../core/i18n/errors';
import { agendaReview } from '../../core/import/agenda-review';
import { importAgenda, LETTER_TYPES } from '../../core/import/import-letter';
import type { BriefingPack } from '../../core/model/pack';
import { parsePack } from '../../core/model/validate';
import type { PackContents } from '../../core/pack/container';
import { pickFile } from './pick-file';
import { readPdfPagesInBrowser } from './pdf-pages';

const MAX_LETTER_FILE_BYTES = 100 * 1024 * 1024;

export function createBrowserImports(register: (pack: BriefingPack, annexFiles: ReadonlyMap<string, Uint8Array>, fileName: string | null) => OpenedPack) {
  const pending = new Map<string, PackContents>();
  let counter = 0;

  return {
    async importAgenda(): Promise<AgendaReview | null> {
      const file = await pickFile(Object.keys(LETTER_TYPES).join(','));
      if (!file) return null;
      if (file.size > MAX_LETTER_FILE_BYTES) {
        throw new UserError('import.too-large', { file: file.name, size: `${Math.round(file.size / 1048576)} MB`, limit: '100 MB' });
      }
      const imported = await importAgenda(new Uint8Array(await file.arrayBuffer()), file.name, { readPdfPages: readPdfPagesInBrowser });
      const importId = `import-${++counter}`;
      pending.set(importId, imported.contents);
      return agendaReview(importId, file.name, imported);
    },

    createFromReview(importId: string, pack: BriefingPack): OpenedPack {
      const imported = pending.get(importId);
      if (!imported) throw new UserError('internal', { detail: `unknown import ${importId}` });
      pending.delete(importId);
      return register(parsePack(pack, imported.pack.annexes[0]?.fileName ?? 'pack'), imported.annexFiles, null);
    },
  };
}
