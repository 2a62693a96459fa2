/**
 * The author both exports name in their document properties (PDF /Author and
 * XMP dc:creator, DOCX dc:creator): the letter's signatory, by role, else by
 * name. Never the account of whoever exports: the pack holds all the personal
 * data that goes out.
 */
import type { BriefingPack } from '../model/pack';

export const GENERATOR = 'Briefing Composer';

export function documentAuthor(pack: BriefingPack): string {
  const { role, name } = pack.letter.signatory;
  return role.trim() || name.trim() || GENERATOR;
}
