/**
 * What the review asks the person to check first: every item and field the
 * importer was unsure of (below LOW_CONFIDENCE), until the person has changed
 * it or said it is right.
 */
import type { ImportConfidence } from '../../core/contract';
import { LOW_CONFIDENCE } from '../../core/import/agenda-review';

export const MEETING_FIELDS = ['name', 'abbreviation', 'date', 'location'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

export type CheckKey = `item:${string}` | `meeting:${MeetingField}` | 'signatory';

export const itemCheck = (itemId: string): CheckKey => `item:${itemId}`;
export const meetingCheck = (field: MeetingField): CheckKey => `meeting:${field}`;

/** Everything below the threshold, in the order the dialog shows it; items by their current ids. */
export function lowConfidence(confidence: ImportConfidence, itemIds: readonly string[]): CheckKey[] {
  const low = (value: number | undefined) => value !== undefined && value < LOW_CONFIDENCE;
  return [
    ...MEETING_FIELDS.filter((field) => low(confidence.meeting[field])).map(meetingCheck),
    ...(low(confidence.signatory) ? (['signatory'] as const) : []),
    // Items made by splitting have no entry: the person made them, so there is nothing to doubt.
    ...itemIds.filter((id) => low(confidence.items[id])).map(itemCheck),
  ];
}

/** What is still to check: low, and neither changed nor confirmed by the person. */
export function toCheck(confidence: ImportConfidence, itemIds: readonly string[], checked: ReadonlySet<CheckKey>): CheckKey[] {
  return lowConfidence(confidence, itemIds).filter((key) => !checked.has(key));
}
