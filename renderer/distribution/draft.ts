/**
 * The distribution list as the dialog edits it: the copy number as typed
 * (a field can be empty for a moment), turned back into recipients for the
 * model to check. Pure, so it is tested without a browser.
 */
import type { Recipient } from '../../core/model/distribution';
import { blankRecipient } from '../../core/model/distribution-edit';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import { distributionOf, itemsLeftIn } from '../../core/model/recipient-copy';

export interface DraftRecipient extends Omit<Recipient, 'copyNumber'> {
  copyNumber: string;
}

export function draftOf(pack: BriefingPack): DraftRecipient[] {
  return [...distributionOf(pack).recipients].sort((a, b) => a.copyNumber - b.copyNumber).map((recipient) => ({ ...recipient, copyNumber: String(recipient.copyNumber) }));
}

/** A copy number that is not digits becomes NaN, which the model's schema refuses with its field named. */
export function recipientsOf(draft: readonly DraftRecipient[]): Recipient[] {
  return draft.map((recipient) => ({ ...recipient, copyNumber: /^\s*\d{1,9}\s*$/.test(recipient.copyNumber) ? Number(recipient.copyNumber) : Number.NaN }));
}

/** One more recipient at the end, with the next free copy number. */
export function withNewRecipient(draft: readonly DraftRecipient[]): DraftRecipient[] {
  const added = blankRecipient(recipientsOf(draft));
  return [...draft, { ...added, copyNumber: String(added.copyNumber) }];
}

export interface ItemChoice {
  item: AgendaItem;
  /** Not in this recipient's copy. */
  leftOut: boolean;
  /** Left out only because its parent item is: it cannot be put back on its own. */
  withParent: boolean;
}

/** Each item of the pack and whether this list of left-out ids keeps it out, as the copy is made. */
export function itemChoices(pack: BriefingPack, leaveOut: readonly string[]): ItemChoice[] {
  const kept = new Set(itemsLeftIn(pack.items, leaveOut).map((item) => item.id));
  const named = new Set(leaveOut);
  return pack.items.map((item) => ({ item, leftOut: !kept.has(item.id), withParent: !kept.has(item.id) && !named.has(item.id) }));
}
