/**
 * Sending items for contribution: the pack records which items were sent to
 * which colleague and when, in the coordinator's pack and in the colleague's
 * copy alike, so the copy can show what is asked and the merge can tell that
 * it came back. Plain JSON, like the rest of the pack.
 */
import { z } from 'zod';
import type { BriefingPack } from './pack';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

export const contributionSchema = z.strictObject({
  id,
  colleague: z.string().trim().min(1, 'must not be empty').max(200),
  itemIds: z.array(id).min(1).max(5_000),
  sentAt: z.iso.datetime({ offset: true }),
  /** When a copy carrying this sending was merged back with someone's writing in it. */
  returnedAt: z.iso.datetime({ offset: true }).optional(),
});

export type Contribution = z.infer<typeof contributionSchema>;

/** The item owners named in the pack, each once, as a person reads them (for the colleague field). */
export function ownersInPack(pack: BriefingPack): string[] {
  const owners = new Map<string, string>();
  for (const item of pack.items) {
    const owner = item.owner.trim();
    if (owner && !owners.has(owner.toLowerCase())) owners.set(owner.toLowerCase(), owner);
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b));
}

/** The items a colleague owns: what the dialog ticks when they are chosen. */
export function itemsOwnedBy(pack: BriefingPack, colleague: string): string[] {
  const name = colleague.trim().toLowerCase();
  return name ? pack.items.filter((item) => item.owner.trim().toLowerCase() === name).map((item) => item.id) : [];
}

/** The pack with the sending recorded; items in pack order, unknown ids dropped. */
export function recordContribution(pack: BriefingPack, colleague: string, itemIds: readonly string[], sentAt: Date): BriefingPack {
  const chosen = new Set(itemIds);
  const ids = pack.items.filter((item) => chosen.has(item.id)).map((item) => item.id);
  const existing = pack.contributions ?? [];
  const contribution: Contribution = { id: nextContributionId(existing), colleague: colleague.trim(), itemIds: ids, sentAt: sentAt.toISOString() };
  return { ...pack, contributions: [...existing, contributionSchema.parse(contribution)] };
}

function nextContributionId(existing: readonly Contribution[]): string {
  const taken = new Set(existing.map((contribution) => contribution.id));
  let n = existing.length + 1;
  while (taken.has(`contribution-${n}`)) n++;
  return `contribution-${n}`;
}

/** Who each item is out with, by item id (the latest sending wins; one that came back is no longer out). */
export function sentItems(pack: BriefingPack): Map<string, string> {
  const sent = new Map<string, string>();
  for (const contribution of pack.contributions ?? []) {
    for (const itemId of contribution.itemIds) {
      if (contribution.returnedAt) sent.delete(itemId);
      else sent.set(itemId, contribution.colleague);
    }
  }
  return sent;
}

/** The pack with these sendings recorded as come back at `at` (a sending already back keeps its first return). */
export function recordReturned(pack: BriefingPack, ids: readonly string[], at: Date): BriefingPack {
  const back = new Set(ids);
  if (!pack.contributions?.some((contribution) => back.has(contribution.id) && !contribution.returnedAt)) return pack;
  const returnedAt = at.toISOString();
  return { ...pack, contributions: pack.contributions.map((contribution) => (back.has(contribution.id) && !contribution.returnedAt ? { ...contribution, returnedAt } : contribution)) };
}

/** "Ontwerp - Anna de Vries": the copy's file name names the colleague. */
export function contributionFileBase(base: string, colleague: string): string {
  const name = colleague.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').replace(/\s+/g, ' ').trim();
  return `${base} - ${name}`.slice(0, 160);
}
