/**
 * The marking systems a pack can be marked in, as data: each lists its levels
 * from lowest to highest with the marking printed in a Dutch and an English
 * document. Levels are keyed by the same five classifications in every system,
 * so choosing another system for a pack keeps every item's level.
 *
 * NATO and EU markings are the same in both languages: their security rules
 * prescribe the wording. The EU has no marking of its own below RESTREINT UE,
 * so an unclassified level there prints as unclassified in the document's language.
 */
import type { Language } from '../i18n/language';
import type { Classification } from './classification';

export const MARKING_SYSTEMS = ['national', 'nato', 'eu'] as const;
export type MarkingSystem = (typeof MARKING_SYSTEMS)[number];

/** Packs saved before systems existed have none, and are marked as they always were. */
export const DEFAULT_MARKING_SYSTEM: MarkingSystem = 'national';

type Labels = Readonly<Record<Language, string>>;

export interface MarkingSystemData {
  /** The system's name, for the choice in the app. */
  name: Labels;
  /** Lowest first. */
  levels: readonly { level: Classification; marking: Labels }[];
}

const same = (marking: string): Labels => ({ nl: marking, en: marking });

export const MARKING_SYSTEM_DATA: Readonly<Record<MarkingSystem, MarkingSystemData>> = {
  national: {
    name: { nl: 'Nationaal (VIR-BI)', en: 'Dutch national (VIR-BI)' },
    levels: [
      { level: 'unclassified', marking: { nl: 'ONGERUBRICEERD', en: 'UNCLASSIFIED' } },
      { level: 'restricted', marking: { nl: 'DEPARTEMENTAAL VERTROUWELIJK', en: 'RESTRICTED' } },
      { level: 'confidential', marking: { nl: 'STG. CONFIDENTIEEL', en: 'CONFIDENTIAL' } },
      { level: 'secret', marking: { nl: 'STG. GEHEIM', en: 'SECRET' } },
      { level: 'top-secret', marking: { nl: 'STG. ZEER GEHEIM', en: 'TOP SECRET' } },
    ],
  },
  nato: {
    name: { nl: 'NAVO', en: 'NATO' },
    levels: [
      { level: 'unclassified', marking: same('NATO UNCLASSIFIED') },
      { level: 'restricted', marking: same('NATO RESTRICTED') },
      { level: 'confidential', marking: same('NATO CONFIDENTIAL') },
      { level: 'secret', marking: same('NATO SECRET') },
      { level: 'top-secret', marking: same('COSMIC TOP SECRET') },
    ],
  },
  eu: {
    name: { nl: 'EU', en: 'EU' },
    levels: [
      { level: 'unclassified', marking: { nl: 'ONGERUBRICEERD', en: 'UNCLASSIFIED' } },
      { level: 'restricted', marking: same('RESTREINT UE/EU RESTRICTED') },
      { level: 'confidential', marking: same('CONFIDENTIEL UE/EU CONFIDENTIAL') },
      { level: 'secret', marking: same('SECRET UE/EU SECRET') },
      { level: 'top-secret', marking: same('TRÈS SECRET UE/EU TOP SECRET') },
    ],
  },
};

export function markingIn(system: MarkingSystem, level: Classification, language: Language): string {
  const found = MARKING_SYSTEM_DATA[system].levels.find((entry) => entry.level === level);
  return (found ?? MARKING_SYSTEM_DATA[DEFAULT_MARKING_SYSTEM].levels.find((entry) => entry.level === level)!).marking[language];
}

/** A pack's system: the one it names, or the default for packs saved before systems existed. */
export function markingSystemOf(pack: { markingSystem?: MarkingSystem | undefined }): MarkingSystem {
  return pack.markingSystem ?? DEFAULT_MARKING_SYSTEM;
}

/** The caveat line under the marking, or '' when the pack has none. */
export function markingCaveatOf(pack: { markingCaveat?: string | undefined }): string {
  return pack.markingCaveat?.trim() ?? '';
}
