/**
 * The marking as the exports print it, for the app to show the same words:
 * the pack's marking system, at the highest level in the pack, in the
 * template's language (the exporters print markings in the house style's
 * language, whatever language the pack is written in).
 */
import type { Language } from '../i18n/language';
import { classificationMarking, type Classification } from '../model/classification';
import { markingCaveatOf, markingSystemOf } from '../model/markings';
import type { BriefingPack } from '../model/pack';
import { packMarkingLevel } from '../model/pack-ops';

export interface PrintedMarking {
  level: Classification;
  marking: string;
  /** The caveat line printed under the marking; '' for none. */
  caveat: string;
  /** The language the marking is printed in: the template's. */
  language: Language;
}

/** The marking of one level in the pack's system, as printed in `language`. */
export function levelMarking(pack: Pick<BriefingPack, 'markingSystem'>, level: Classification, language: Language): string {
  return classificationMarking(level, language, markingSystemOf(pack));
}

export function printedMarking(pack: BriefingPack, templateLanguage: Language): PrintedMarking {
  const level = packMarkingLevel(pack);
  return { level, marking: levelMarking(pack, level, templateLanguage), caveat: markingCaveatOf(pack), language: templateLanguage };
}
