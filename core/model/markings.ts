/**
 * The marking systems a pack can be marked in, as data: each lists its levels
 * from lowest to highest with the marking printed in a Dutch and an English
 * document. Levels are keyed by the same five classifications in every system,
 * so choosing another system for a pack keeps every item's level.
 *
 * NATO and EU markings are the same in both languages: their security rules
 * prescribe the wording. The EU has no marking of its own below RESTREINT UE,
 * so an unclassified level there prints as unclassified in the document's language.
 *
 * Each level also has its paragraph marking: the abbreviation printed in
 * brackets before a paragraph ("(NR) ") where the template asks for them.
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
  /** Lowest first; `abbreviation` is the paragraph marking. */
  levels: readonly { level: Classification; marking: Labels; abbreviation: Labels }[];
}

const same = (marking: string): Labels => ({ nl: marking, en: marking });

export const MARKING_SYSTEM_DATA: Readonly<Record<MarkingSystem, MarkingSystemData>> = {
  national: {
    name: { nl: 'Nationaal (VIR-BI)', en: 'Dutch national (VIR-BI)' },
    levels: [
      { level: 'unclassified', marking: { nl: 'ONGERUBRICEERD', en: 'UNCLASSIFIED' }, abbreviation: { nl: 'O', en: 'U' } },
      { level: 'restricted', marking: { nl: 'DEPARTEMENTAAL VERTROUWELIJK', en: 'RESTRICTED' }, abbreviation: { nl: 'DV', en: 'R' } },
      { level: 'confidential', marking: { nl: 'STG. CONFIDENTIEEL', en: 'CONFIDENTIAL' }, abbreviation: { nl: 'Stg. C', en: 'C' } },
      { level: 'secret', marking: { nl: 'STG. GEHEIM', en: 'SECRET' }, abbreviation: { nl: 'Stg. G', en: 'S' } },
      { level: 'top-secret', marking: { nl: 'STG. ZEER GEHEIM', en: 'TOP SECRET' }, abbreviation: { nl: 'Stg. ZG', en: 'TS' } },
    ],
  },
  nato: {
    name: { nl: 'NAVO', en: 'NATO' },
    levels: [
      { level: 'unclassified', marking: same('NATO UNCLASSIFIED'), abbreviation: same('NU') },
      { level: 'restricted', marking: same('NATO RESTRICTED'), abbreviation: same('NR') },
      { level: 'confidential', marking: same('NATO CONFIDENTIAL'), abbreviation: same('NC') },
      { level: 'secret', marking: same('NATO SECRET'), abbreviation: same('NS') },
      { level: 'top-secret', marking: same('COSMIC TOP SECRET'), abbreviation: same('CTS') },
    ],
  },
  eu: {
    name: { nl: 'EU', en: 'EU' },
    levels: [
      { level: 'unclassified', marking: { nl: 'ONGERUBRICEERD', en: 'UNCLASSIFIED' }, abbreviation: { nl: 'O', en: 'U' } },
      { level: 'restricted', marking: same('RESTREINT UE/EU RESTRICTED'), abbreviation: same('R-UE/EU-R') },
      { level: 'confidential', marking: same('CONFIDENTIEL UE/EU CONFIDENTIAL'), abbreviation: same('C-UE/EU-C') },
      { level: 'secret', marking: same('SECRET UE/EU SECRET'), abbreviation: same('S-UE/EU-S') },
      { level: 'top-secret', marking: same('TRÈS SECRET UE/EU TOP SECRET'), abbreviation: same('TS-UE/EU-TS') },
    ],
  },
};

type LevelData = MarkingSystemData['levels'][number];

function levelIn(system: MarkingSystem, level: Classification): LevelData {
  const found = MARKING_SYSTEM_DATA[system].levels.find((entry) => entry.level === level);
  return found ?? MARKING_SYSTEM_DATA[DEFAULT_MARKING_SYSTEM].levels.find((entry) => entry.level === level)!;
}

export function markingIn(system: MarkingSystem, level: Classification, language: Language): string {
  return levelIn(system, level).marking[language];
}

/** The paragraph marking of a level, without its brackets: NR, Stg. C, R-UE/EU-R. */
export function paragraphMarkingIn(system: MarkingSystem, level: Classification, language: Language): string {
  return levelIn(system, level).abbreviation[language];
}

/** A pack's system: the one it names, or the default for packs saved before systems existed. */
export function markingSystemOf(pack: { markingSystem?: MarkingSystem | undefined }): MarkingSystem {
  return pack.markingSystem ?? DEFAULT_MARKING_SYSTEM;
}

/** The caveat line under the marking, or '' when the pack has none. */
export function markingCaveatOf(pack: { markingCaveat?: string | undefined }): string {
  return pack.markingCaveat?.trim() ?? '';
}
