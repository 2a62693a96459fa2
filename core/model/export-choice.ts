/**
 * What one export is to contain, as the person chose it in the app's export
 * dialog or on the command line: a plain copy or a recipient's numbered copy,
 * with or without the comments on the agenda text. One function for both, so
 * the app and `briefing export` make the same copy from the same choice.
 */
import type { BriefingPack } from './pack';
import { packWithoutRedactionMarks, publicationCopy, type PublicationOptions } from './publication';
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
  /** The version made public under the Woo (publication.ts), on this day (YYYY-MM-DD); not with a recipient. */
  publication?: PublicationOptions;
}

export interface PreparedExport {
  pack: BriefingPack;
  /** The mark every page of a numbered copy carries; absent for a plain copy. */
  copy?: CopyMark;
  /** True for a recipient not on the list. */
  oneOff: boolean;
  /** Added to the suggested file name, so a numbered copy or a publication does not overwrite the plain export. */
  fileSuffix: string;
}

/** The pack without any comments on the agenda text (the minister's copy). */
export function withoutComments(pack: BriefingPack): BriefingPack {
  return { ...pack, items: pack.items.map((item) => (item.comments.length ? { ...item, comments: [] } : item)) };
}

export function prepareExport(pack: BriefingPack, choice: ExportChoice): PreparedExport {
  if (choice.publication) return { pack: publicationCopy(pack, choice.publication), oneOff: false, fileSuffix: PUBLICATION_FILE_SUFFIX };
  if (choice.recipient !== undefined) {
    const copy = recipientCopy(pack, { recipient: choice.recipient, withComments: choice.withComments });
    return { pack: copy.pack, copy: copy.mark, oneOff: copy.oneOff, fileSuffix: copyFileSuffix(copy.mark) };
  }
  // Every copy but a publication prints the text as written, the Woo marks taken off.
  const plain = packWithoutRedactionMarks(pack);
  return { pack: choice.withComments === false ? withoutComments(plain) : plain, oneOff: false, fileSuffix: '' };
}

/** The same in Dutch and English: "Woo" is the law's name in both. */
const PUBLICATION_FILE_SUFFIX = '-Woo';

/** "-2-Jan-de-Vries": a numbered copy's suffix, so copies do not overwrite each other. */
function copyFileSuffix(copy: CopyMark): string {
  const name = copy.recipient.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `-${copy.number}${name ? `-${name}` : ''}`;
}
