/**
 * What one export is to contain, as the person chose it in the app's export
 * dialog or on the command line: a plain copy or a recipient's numbered copy,
 * with or without the comments on the agenda text. One function for both, so
 * the app and `briefing export` make the same copy from the same choice.
 */
import type { BriefingPack } from './pack';
import { recipientCopy, type CopyMark } from './recipient-copy';

export interface ExportChoice {
  /**
   * Comments on the agenda text in this copy. Absent: a plain copy has them
   * (placed as the template says), a recipient's copy as the distribution
   * list says (a one-off copy leaves them out).
   */
  withComments?: boolean;
  /** A recipient's numbered copy: a name on the list, or any other name for a one-off copy. */
  recipient?: string;
}

export interface PreparedExport {
  pack: BriefingPack;
  /** The mark every page of a numbered copy carries; absent for a plain copy. */
  copy?: CopyMark;
  /** True for a recipient not on the list. */
  oneOff: boolean;
}

/** The pack without any comments on the agenda text (the minister's copy). */
export function withoutComments(pack: BriefingPack): BriefingPack {
  return { ...pack, items: pack.items.map((item) => (item.comments.length ? { ...item, comments: [] } : item)) };
}

export function prepareExport(pack: BriefingPack, choice: ExportChoice): PreparedExport {
  if (choice.recipient !== undefined) {
    const copy = recipientCopy(pack, { recipient: choice.recipient, withComments: choice.withComments });
    return { pack: copy.pack, copy: copy.mark, oneOff: copy.oneOff };
  }
  return { pack: choice.withComments === false ? withoutComments(pack) : pack, oneOff: false };
}

/** "-2-Jan-de-Vries": added to a numbered copy's suggested file name, so copies do not overwrite each other. */
export function copyFileSuffix(copy: CopyMark): string {
  const name = copy.recipient.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `-${copy.number}${name ? `-${name}` : ''}`;
}
