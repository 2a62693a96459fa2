/**
 * A recipient's numbered copy of a pack: the pack without the items left out
 * for them (so they are in no contents, bookmark or page number), without the
 * comments on the agenda text unless the list asks for them, and without the
 * distribution list itself; plus the mark every page carries.
 * Pure: the exporters take the copy like any pack.
 */
import { recipientKey, type Distribution, type HandedOutCopy, type Recipient } from './distribution';
import type { AgendaItem, BriefingPack } from './pack';
import { packWithoutRedactionMarks } from './publication';

/** What the page furniture prints: "Name (function) · Exemplaar 2 van 5". */
export interface CopyMark {
  recipient: string;
  function: string;
  number: number;
  of: number;
}

export interface CopyRequest {
  /** A name on the list, or any other name for a one-off copy numbered after the list. */
  recipient: string;
  /**
   * Comments on the agenda text in this copy. Absent: as the list says for a
   * listed recipient; left out of a one-off copy.
   */
  withComments?: boolean;
  /** For a one-off copy only. */
  function?: string;
}

export interface RecipientCopy {
  pack: BriefingPack;
  mark: CopyMark;
  /** True when the name is not on the list. */
  oneOff: boolean;
}

const EMPTY: Distribution = { recipients: [], handedOut: [] };

export function distributionOf(pack: BriefingPack): Distribution {
  return pack.distribution ?? EMPTY;
}

/** The copies the list makes: its length, or its highest copy number when numbers were skipped. */
export function listedCopyCount(distribution: Distribution): number {
  return Math.max(distribution.recipients.length, ...distribution.recipients.map((r) => r.copyNumber), 0);
}

export function findRecipient(distribution: Distribution, name: string): Recipient | undefined {
  const key = recipientKey(name);
  return distribution.recipients.find((recipient) => recipientKey(recipient.name) === key);
}

/**
 * A one-off copy's number: the one this name was handed out under before (a
 * reprint is the same copy), else the next after the list and every copy
 * handed out so far.
 */
function oneOffNumber(distribution: Distribution, name: string): number {
  const listed = new Set(distribution.recipients.map((r) => r.copyNumber));
  const key = recipientKey(name);
  const before = distribution.handedOut.find((copy) => !listed.has(copy.copyNumber) && recipientKey(copy.recipient) === key);
  if (before) return before.copyNumber;
  return Math.max(listedCopyCount(distribution), ...distribution.handedOut.map((copy) => copy.copyNumber), 0) + 1;
}

/** The items left in: those not named, and not sub-items (level 2) of a level-1 item left out. */
export function itemsLeftIn(items: readonly AgendaItem[], leaveOut: readonly string[]): AgendaItem[] {
  const out = new Set(leaveOut);
  let parentLeftOut = false;
  return items.filter((item) => {
    if (item.level === 1) parentLeftOut = out.has(item.id);
    return !out.has(item.id) && !(item.level === 2 && parentLeftOut);
  });
}

export function recipientCopy(pack: BriefingPack, request: CopyRequest): RecipientCopy {
  const distribution = distributionOf(pack);
  const listed = findRecipient(distribution, request.recipient);
  const name = listed?.name ?? request.recipient.trim().replace(/\s+/g, ' ');
  const number = listed?.copyNumber ?? oneOffNumber(distribution, name);
  const withComments = request.withComments ?? listed?.withComments ?? false;
  const items = itemsLeftIn(pack.items, listed?.leaveOut ?? []).map((item) => (withComments ? item : { ...item, comments: [] }));
  // A handed-out copy holds the text as written: the Woo marks are for a publication only.
  const copyPack: BriefingPack = packWithoutRedactionMarks({ ...pack, items });
  delete copyPack.distribution;
  return {
    pack: copyPack,
    mark: { recipient: name, function: listed?.function ?? request.function ?? '', number, of: Math.max(listedCopyCount(distribution), number) },
    oneOff: !listed,
  };
}

/** The pack with one more copy on its record of copies handed out. `id` must be new (the caller's random id). */
export function recordHandedOut(pack: BriefingPack, copy: Pick<RecipientCopy, 'mark'>, details: { id: string; date: string; format: HandedOutCopy['format'] }): BriefingPack {
  const distribution = distributionOf(pack);
  const record: HandedOutCopy = {
    id: details.id,
    copyNumber: copy.mark.number,
    recipient: copy.mark.recipient,
    function: copy.mark.function,
    version: pack.version,
    date: details.date,
    format: details.format,
  };
  return { ...pack, distribution: { ...distribution, handedOut: [...distribution.handedOut, record] } };
}
