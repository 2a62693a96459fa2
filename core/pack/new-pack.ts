/** An empty pack for File > New: valid as it is, with one empty agenda item to start typing in. */
import type { Language } from '../i18n/language';
import { SCHEMA_VERSION, type BriefingPack } from '../model/pack';
import { newItem } from '../model/pack-ops';
import type { PackContents } from './container';

export const DEFAULT_TEMPLATE_ID = 'nl-ministeriele-briefing';

export function emptyPack(language: Language, id: string): BriefingPack {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    language,
    templateId: DEFAULT_TEMPLATE_ID,
    classification: 'unclassified',
    status: 'draft',
    version: '0.1',
    meeting: { name: '', abbreviation: '', date: '', location: '' },
    letter: { addressee: '', place: '', date: '', signatory: { name: '', role: '' }, references: [] },
    introduction: [],
    items: [newItem('item-1', language === 'nl' ? 'Agendapunt 1' : 'Agenda item 1')],
    annexes: [],
    versions: [],
  };
}

export function emptyPackContents(language: Language, id: string): PackContents {
  return { pack: emptyPack(language, id), annexFiles: new Map(), versionFiles: new Map() };
}
