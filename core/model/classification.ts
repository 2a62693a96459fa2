import type { Language } from '../i18n/language';

/** Ordered from lowest to highest, so the highest of a pack is a max over indices. */
export const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

const MARKINGS: Record<Language, Record<Classification, string>> = {
  nl: {
    unclassified: 'ONGERUBRICEERD',
    restricted: 'DEPARTEMENTAAL VERTROUWELIJK',
    confidential: 'STG. CONFIDENTIEEL',
    secret: 'STG. GEHEIM',
    'top-secret': 'STG. ZEER GEHEIM',
  },
  en: {
    unclassified: 'UNCLASSIFIED',
    restricted: 'RESTRICTED',
    confidential: 'CONFIDENTIAL',
    secret: 'SECRET',
    'top-secret': 'TOP SECRET',
  },
};

export function classificationMarking(level: Classification, language: Language): string {
  return MARKINGS[language][level];
}

export function highestClassification(levels: Iterable<Classification>): Classification {
  let highest = 0;
  for (const level of levels) highest = Math.max(highest, CLASSIFICATIONS.indexOf(level));
  return CLASSIFICATIONS[highest]!;
}
