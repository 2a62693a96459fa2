/** Browser mode's version snapshots, held per document as main holds them (written into the pack on save). */
import { UserError } from '../../core/i18n/errors';
import type { BriefingPack, VersionMeta } from '../../core/model/pack';
import { addVersion, nextVersionId } from '../../core/model/versions';
import { versionSnapshot } from '../../core/pack/container';

export interface BrowserVersions {
  files(documentId: string): Map<string, BriefingPack>;
  track(documentId: string, files: ReadonlyMap<string, BriefingPack> | undefined): void;
  save(documentId: string, pack: BriefingPack, name: string, now?: Date): VersionMeta[];
  get(documentId: string, versionId: string): BriefingPack;
}

export function createBrowserVersions(): BrowserVersions {
  const byDocument = new Map<string, Map<string, BriefingPack>>();
  const files = (documentId: string) => {
    let found = byDocument.get(documentId);
    if (!found) byDocument.set(documentId, (found = new Map()));
    return found;
  };
  return {
    files,
    track(documentId, tracked) {
      byDocument.set(documentId, new Map(tracked ?? []));
    },
    save(documentId, pack, name, now = new Date()) {
      const trimmed = name.trim();
      if (!trimmed) throw new UserError('internal', { detail: 'a version needs a name' });
      const id = nextVersionId(pack.versions);
      files(documentId).set(id, versionSnapshot(pack));
      return addVersion(pack.versions, id, trimmed, now);
    },
    get(documentId, versionId) {
      const found = files(documentId).get(versionId);
      if (!found) throw new UserError('version.unknown', { id: versionId });
      return found;
    },
  };
}
