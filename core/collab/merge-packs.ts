/**
 * Merging copies of one pack that were edited apart: their Yjs states are
 * merged (a CRDT: every copy's changes are kept and the result is the same
 * in any order), and the annex and version files of all copies are pooled.
 */
import { UserError } from '../i18n/errors';
import { briefingPackSchema, type BriefingPack } from '../model/pack';
import { findDuplicateId } from '../model/unique-ids';
import { firstIssue } from '../model/validate';
import type { PackContents } from '../pack/container';
import { authorsOf } from './contributors';
import { packFromDoc } from './pack-doc';
import { docFromState, mergeStates, stateForPack } from './pack-state';

export interface PackCopy {
  contents: PackContents;
  file: string;
}

export interface MergedPack {
  /** The merged pack with its state (which holds exactly this pack). */
  contents: PackContents & { state: Uint8Array };
  /** Everyone named as having written in any of the copies. */
  authors: string[];
}

export function mergePackCopies(copies: readonly PackCopy[]): MergedPack {
  const [first] = copies;
  if (!first) throw new UserError('cli.usage', { detail: 'name the copies to merge' });
  for (const copy of copies) {
    if (copy.contents.pack.id !== first.contents.pack.id) {
      throw new UserError('merge.different-pack', { file: copy.file, first: first.file, id: copy.contents.pack.id, expected: first.contents.pack.id });
    }
  }
  // A copy saved before states existed starts from its base state, as every copy of that file does.
  const state = mergeStates(copies.map((copy) => copy.contents.state ?? stateForPack(copy.contents.pack, undefined)));
  const doc = docFromState(state);
  const pack = validMerged(packFromDoc(doc));
  return { contents: { pack, ...pooledFiles(pack, copies), state }, authors: authorsOf(doc) };
}

function validMerged(raw: BriefingPack): BriefingPack {
  const result = briefingPackSchema.safeParse(raw);
  if (!result.success) throw new UserError('merge.invalid-result', firstIssue(result.error));
  const duplicate = findDuplicateId(result.data);
  if (duplicate) throw new UserError('merge.invalid-result', { path: duplicate.kind, detail: `id "${duplicate.id}" used twice` });
  return result.data;
}

function pooledFiles(pack: BriefingPack, copies: readonly PackCopy[]): Pick<PackContents, 'annexFiles' | 'versionFiles' | 'mediaFiles'> {
  const annexFiles = new Map<string, Uint8Array>();
  // Pictures are named by content: any copy's bytes for an id are the same picture.
  const mediaFiles = new Map<string, Uint8Array>();
  for (const meta of pack.media ?? []) {
    const bytes = copies.map((copy) => copy.contents.mediaFiles?.get(meta.id)).find((data) => data?.length === meta.size);
    if (bytes) mediaFiles.set(meta.id, bytes);
  }
  const versionFiles = new Map<string, BriefingPack>();
  for (const annex of pack.annexes) {
    const bytes = copies.map((copy) => copy.contents.annexFiles.get(annex.id)).find((data) => data?.length === annex.size);
    if (bytes) annexFiles.set(annex.id, bytes);
  }
  for (const version of pack.versions ?? []) {
    const snapshot = copies.map((copy) => copy.contents.versionFiles?.get(version.id)).find(Boolean);
    if (snapshot) versionFiles.set(version.id, snapshot);
  }
  return { annexFiles, versionFiles, mediaFiles };
}
