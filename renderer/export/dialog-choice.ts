/**
 * What the export dialog shows and sends: the copy it is for (a recipient on
 * the distribution list, or '' for a plain copy) and whether the comments on
 * the agenda text go in. Pure, so the mapping is tested without a browser.
 */
import type { ExportChoice } from '../../core/model/export-choice';
import type { BriefingPack } from '../../core/model/pack';
import { distributionOf, findRecipient } from '../../core/model/recipient-copy';

export interface DialogChoice {
  /** A recipient's name as the list has it; '' for a plain copy. */
  recipient: string;
  withComments: boolean;
  /** The version made public under the Woo, on this day (YYYY-MM-DD): then the recipient does not count. */
  publication?: string;
  /** In a publication: the items' owners named (left out unless chosen). */
  withOwners?: boolean;
}

/** A plain copy carries the comments, as exports did before there was a choice. */
export const PLAIN_COPY: DialogChoice = { recipient: '', withComments: true };

/** The minister's copy: plain, and no comments. */
export const MINISTERS_COPY: DialogChoice = { recipient: '', withComments: false };

/** Choosing a recipient starts from what the list says about their comments. */
export function choiceForRecipient(pack: BriefingPack, recipient: string): DialogChoice {
  const listed = recipient ? findRecipient(distributionOf(pack), recipient) : undefined;
  return listed ? { recipient: listed.name, withComments: listed.withComments } : PLAIN_COPY;
}

/** The choice the dialog opens with: the last one for this pack, while its recipient is still on the list. */
export function initialChoice(pack: BriefingPack, remembered: DialogChoice | undefined): DialogChoice {
  if (!remembered) return PLAIN_COPY;
  // A publication is made on purpose each time; the dialog opens on the copy chosen before it.
  if (remembered.publication) return initialChoice(pack, { recipient: remembered.recipient, withComments: remembered.withComments });
  if (!remembered.recipient) return remembered;
  const listed = findRecipient(distributionOf(pack), remembered.recipient);
  return listed ? { recipient: listed.name, withComments: remembered.withComments } : PLAIN_COPY;
}

/** Today in the person's own time zone, as the date field writes it (YYYY-MM-DD). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the contract's exportPack is asked for. */
export function exportChoiceOf(choice: DialogChoice): ExportChoice {
  if (choice.publication) return { publication: { date: choice.publication, withComments: choice.withComments, withOwners: choice.withOwners ?? false } };
  return { withComments: choice.withComments, ...(choice.recipient && { recipient: choice.recipient }) };
}

/** Comments on the agenda text in the pack, resolved ones included: what the choice is about. */
export function commentCount(pack: BriefingPack): number {
  return pack.items.reduce((sum, item) => sum + item.comments.length, 0);
}
