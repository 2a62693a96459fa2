/**
 * Ids a pack relies on being unique: the app finds items, annexes, versions
 * and comments by id, so with two alike an edit, a delete or an annex file
 * would silently go to the wrong one.
 */
import type { BriefingPack } from './pack';

export type IdKind = 'item' | 'annex' | 'version' | 'comment' | 'recipient' | 'copy';

export interface DuplicateId {
  kind: IdKind;
  id: string;
}

function firstRepeat(ids: Iterable<string>): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** The first id used twice, or undefined. Comments and their replies share one set per item, as the editor creates them. */
export function findDuplicateId(pack: BriefingPack): DuplicateId | undefined {
  const groups: [IdKind, Iterable<string>][] = [
    ['item', pack.items.map((item) => item.id)],
    ['annex', pack.annexes.map((annex) => annex.id)],
    ['version', (pack.versions ?? []).map((version) => version.id)],
    ['recipient', (pack.distribution?.recipients ?? []).map((recipient) => recipient.id)],
    ['copy', (pack.distribution?.handedOut ?? []).map((copy) => copy.id)],
    ...pack.items.map((item): [IdKind, string[]] => [
      'comment',
      item.comments.flatMap((comment) => [comment.id, ...comment.replies.map((reply) => reply.id)]),
    ]),
  ];
  for (const [kind, ids] of groups) {
    const id = firstRepeat(ids);
    if (id !== undefined) return { kind, id };
  }
  return undefined;
}
