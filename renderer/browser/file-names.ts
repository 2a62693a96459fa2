import type { BriefingPack } from '../../core/model/pack';

// Characters Windows, macOS or Linux refuse in file names, and control characters.
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** "Bijeenkomst van de NAVO-ministers van Defensie 2025-02-13": the meeting, safe as a file name. */
export function meetingFileBase(pack: BriefingPack): string {
  const base = [pack.meeting.name, pack.meeting.date].filter(Boolean).join(' ').replace(UNSAFE, '-').trim();
  return base.slice(0, 120) || pack.id;
}

export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : name + extension;
}
