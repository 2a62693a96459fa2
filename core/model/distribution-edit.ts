/**
 * The distribution list edited as a whole (the app's dialog): a new blank
 * recipient, and a whole list checked by the schema that reads a pack. A list
 * the schema refuses is not applied; the first problem says which recipient
 * and field, and why, for the dialog to put next to that field.
 */
import { distributionSchema, type Recipient } from './distribution';
import { newRecipientId } from './distribution-list';
import type { BriefingPack } from './pack';
import { distributionOf, listedCopyCount } from './recipient-copy';

export type RecipientField = 'name' | 'function' | 'copyNumber' | 'leaveOut';

export interface RecipientProblem {
  /** The recipient's place in the list as given. */
  index: number;
  field: RecipientField | null;
  /** name-twice and copy-twice are the schema's own refusals; the others say which bound a field broke. */
  reason: 'name-twice' | 'copy-twice' | 'name' | 'copy-number' | 'function' | 'other';
  /** The schema's words, for 'other'. */
  detail: string;
}

export type RecipientsCheck = { ok: true; pack: BriefingPack } | { ok: false; problem: RecipientProblem };

/** A recipient to fill in: a new id and the next copy number after the list (a number still being typed does not count). */
export function blankRecipient(recipients: readonly Recipient[]): Recipient {
  const numbered = recipients.filter((recipient) => Number.isInteger(recipient.copyNumber));
  return {
    id: newRecipientId(recipients),
    name: '',
    function: '',
    copyNumber: listedCopyCount({ recipients: numbered, handedOut: [] }) + 1,
    leaveOut: [],
    withComments: false,
  };
}

/** Names and functions as the command line stores them; left-out items that are in the pack, once each, in its order. */
function tidied(pack: BriefingPack, recipient: Recipient): Recipient {
  const leaveOut = new Set(recipient.leaveOut);
  return {
    ...recipient,
    name: recipient.name.trim().replace(/\s+/g, ' '),
    function: recipient.function.trim(),
    leaveOut: pack.items.filter((item) => leaveOut.has(item.id)).map((item) => item.id),
  };
}

const FIELDS: readonly RecipientField[] = ['name', 'function', 'copyNumber', 'leaveOut'];

function problemOf(issue: { path: readonly PropertyKey[]; code: string; message: string }): RecipientProblem {
  const [, index, key] = issue.path;
  const field = FIELDS.find((each) => each === key) ?? null;
  const duplicate = issue.code === 'custom';
  const reason: RecipientProblem['reason'] =
    field === 'name' ? (duplicate ? 'name-twice' : 'name') : field === 'copyNumber' ? (duplicate ? 'copy-twice' : 'copy-number') : field === 'function' ? 'function' : 'other';
  return { index: typeof index === 'number' ? index : 0, field, reason, detail: issue.message };
}

/**
 * The pack with this list of recipients, in copy-number order, the record of
 * copies handed out kept as it is; the same pack when nothing changed.
 */
export function checkRecipients(pack: BriefingPack, recipients: readonly Recipient[]): RecipientsCheck {
  const distribution = distributionOf(pack);
  const checked = distributionSchema.safeParse({ ...distribution, recipients: recipients.map((recipient) => tidied(pack, recipient)) });
  if (!checked.success) return { ok: false, problem: problemOf(checked.error.issues[0]!) };
  const sorted = [...checked.data.recipients].sort((a, b) => a.copyNumber - b.copyNumber);
  if (pack.distribution && JSON.stringify(sorted) === JSON.stringify(distribution.recipients)) return { ok: true, pack };
  if (!pack.distribution && sorted.length === 0) return { ok: true, pack };
  return { ok: true, pack: { ...pack, distribution: { ...checked.data, recipients: sorted } } };
}
