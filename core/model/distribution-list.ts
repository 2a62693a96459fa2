/**
 * Changes to a pack's distribution list, checked by the same schema that
 * reads a pack: a change that would make the list invalid is refused whole,
 * with one line naming the file and the field.
 */
import { UserError } from '../i18n/errors';
import { distributionSchema, recipientKey, type Recipient } from './distribution';
import type { BriefingPack } from './pack';
import { distributionOf, findRecipient, listedCopyCount } from './recipient-copy';
import { firstIssue } from './validate';

export interface NewRecipient {
  name: string;
  function?: string;
  /** The next free number after the list when absent. */
  copyNumber?: number;
  /** Agenda items by number (1 is the first, as listed) or by id. */
  leaveOut?: readonly string[];
  withComments?: boolean;
}

/** An item named by its number in the pack or its id. */
function itemId(pack: BriefingPack, ref: string, file: string): string {
  const trimmed = ref.trim();
  const byNumber = /^\d+$/.test(trimmed) ? pack.items[Number(trimmed) - 1] : undefined;
  const found = byNumber ?? pack.items.find((item) => item.id === trimmed);
  if (!found) throw new UserError('distribution.unknown-item', { file, item: ref });
  return found.id;
}

/** A recipient id that is new in this list; readable, so a pack.json stays easy to follow. */
export function newRecipientId(recipients: readonly Recipient[]): string {
  const taken = new Set(recipients.map((r) => r.id));
  let n = recipients.length + 1;
  while (taken.has(`recipient-${n}`)) n++;
  return `recipient-${n}`;
}

function withRecipients(pack: BriefingPack, recipients: Recipient[], file: string): BriefingPack {
  const distribution = { ...distributionOf(pack), recipients };
  const checked = distributionSchema.safeParse(distribution);
  if (!checked.success) throw new UserError('distribution.invalid', { file, ...firstIssue(checked.error) });
  return { ...pack, distribution: checked.data };
}

export function addRecipient(pack: BriefingPack, recipient: NewRecipient, file: string): BriefingPack {
  const { recipients } = distributionOf(pack);
  const added: Recipient = {
    id: newRecipientId(recipients),
    name: recipient.name.trim().replace(/\s+/g, ' '),
    function: recipient.function?.trim() ?? '',
    copyNumber: recipient.copyNumber ?? listedCopyCount(distributionOf(pack)) + 1,
    leaveOut: [...new Set((recipient.leaveOut ?? []).map((ref) => itemId(pack, ref, file)))],
    withComments: recipient.withComments === true,
  };
  // Kept in copy-number order, the order the copies are made and listed in.
  return withRecipients(pack, [...recipients, added].sort((a, b) => a.copyNumber - b.copyNumber), file);
}

export function removeRecipient(pack: BriefingPack, name: string, file: string): BriefingPack {
  const found = findRecipient(distributionOf(pack), name);
  if (!found) throw new UserError('distribution.unknown-recipient', { file, what: name });
  const key = recipientKey(found.name);
  return withRecipients(pack, distributionOf(pack).recipients.filter((r) => recipientKey(r.name) !== key), file);
}
