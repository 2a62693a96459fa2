import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameItem } from '../../core/import/review';
import type { PackContents } from '../../core/pack/container';
import { agendaDialogOptions, createImportService } from '../../electron/main/services/imports';
import { PROJECT_ROOT } from '../../host/paths';
import { SAMPLE_TITLES } from '../helpers/sample';

const LETTER = path.join(PROJECT_ROOT, 'assets', 'samples', 'nato-dmm-2025-02-13_geannoteerde-agenda.txt');

function service(chosen: string | null) {
  const adopted: { id: string; contents: PackContents }[] = [];
  let n = 0;
  const imports = createImportService({
    chooseAgendaFile: async () => chosen,
    newId: () => `id-${++n}`,
    documents: {
      adopt: (id, contents, file) => {
        adopted.push({ id, contents });
        return { documentId: id, fileName: file, pack: contents.pack };
      },
    },
  });
  return { imports, adopted };
}

describe('New from agenda in main', () => {
  it('returns the draft for review, then opens the reviewed pack with the letter as annex', async () => {
    const { imports, adopted } = service(LETTER);
    const review = await imports.importAgenda();
    expect(review?.pack.items.map((i) => i.title)).toEqual(SAMPLE_TITLES);
    expect(review?.signatory.name).toBe('R.P. Brekelmans');
    const reviewed = { ...review!.pack, items: renameItem(review!.pack.items, 0, 'Afschrikking') };
    const opened = await imports.createFromReview(review!.importId, reviewed);
    expect(opened.fileName).toBeNull();
    expect(opened.pack.items[0]!.title).toBe('Afschrikking');
    const annex = adopted[0]!.contents.pack.annexes[0]!;
    expect(annex.fileName).toBe(path.basename(LETTER));
    expect(new TextDecoder().decode(adopted[0]!.contents.annexFiles.get(annex.id))).toContain('Brekelmans');
    // an import is used once
    await expect(imports.createFromReview(review!.importId, reviewed)).rejects.toThrow(/unknown import/);
  });

  it('does nothing when the person cancels', async () => {
    expect(await service(null).imports.importAgenda()).toBeNull();
  });

  it('offers the letter kinds the importer reads', () => {
    expect(agendaDialogOptions('nl', '/tmp').filters?.[0]?.extensions).toEqual(['txt', 'text', 'md', 'docx', 'pdf']);
    expect(agendaDialogOptions('en', '/tmp').title).toBe('New pack from annotated agenda');
  });
});
