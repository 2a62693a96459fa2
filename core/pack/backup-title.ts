import type { BriefingPack } from '../model/pack';

/** How a backup is named in the restore prompt: the meeting, else the first item. */
export function backupTitle(pack: BriefingPack): string {
  return pack.meeting.name || pack.meeting.abbreviation || pack.items[0]?.title || '';
}
