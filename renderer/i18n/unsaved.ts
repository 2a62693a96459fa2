/** The question before a pack with unsaved changes is replaced, in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import { useLanguage } from '../language-context';

export interface UnsavedMessages {
  title: string;
  question: (name: string) => string;
  detail: string;
  untitled: string;
  save: string;
  dontSave: string;
  cancel: string;
}

const CATALOG: Readonly<Record<Language, UnsavedMessages>> = {
  nl: {
    title: 'Wijzigingen opslaan?',
    question: (name) => `${name} heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan voordat een ander pakket wordt geopend?`,
    detail: 'Als u niet opslaat, gaan de wijzigingen verloren.',
    untitled: 'Het open briefingpakket',
    save: 'Opslaan',
    dontSave: 'Niet opslaan',
    cancel: 'Annuleren',
  },
  en: {
    title: 'Save changes?',
    question: (name) => `${name} has changes that have not been saved. Do you want to save them before another pack is opened?`,
    detail: 'If you do not save, the changes are lost.',
    untitled: 'The open briefing pack',
    save: 'Save',
    dontSave: "Don't save",
    cancel: 'Cancel',
  },
};

export function unsavedMessages(language: Language): UnsavedMessages {
  return CATALOG[language];
}

export function useUnsavedMessages(): UnsavedMessages {
  return unsavedMessages(useLanguage());
}
