import type { Language } from '../i18n/language';
import { DEFAULT_MARKING_SYSTEM, markingIn, type MarkingSystem } from './markings';

/** Ordered from lowest to highest, so the highest of a pack is a max over indices. */
export const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The marking printed for a level: the pack's marking system says which words (markings.ts). */
export function classificationMarking(level: Classification, language: Language, system: MarkingSystem = DEFAULT_MARKING_SYSTEM): string {
  return markingIn(system, level, language);
}

export function highestClassification(levels: Iterable<Classification>): Classification {
  let highest = 0;
  for (const level of levels) highest = Math.max(highest, CLASSIFICATIONS.indexOf(level));
  return CLASSIFICATIONS[highest]!;
}
