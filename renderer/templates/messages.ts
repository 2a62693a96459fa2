/** What the template choice says, in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import { useLanguage } from '../language-context';

export interface TemplateMessages {
  template: string;
  /** Under a section the template has no place for: it stays, and is exported under its own label. */
  unplaced: (template: string) => string;
  changed: (template: string) => string;
}

const MESSAGES: Record<Language, TemplateMessages> = {
  nl: {
    template: 'Sjabloon',
    unplaced: (template) => `Sjabloon ${template} heeft hier geen onderdeel voor: het blijft staan en wordt onder deze kop geëxporteerd.`,
    changed: (template) => `Sjabloon gewijzigd in ${template}`,
  },
  en: {
    template: 'Template',
    unplaced: (template) => `Template ${template} has no section for this: it stays, and is exported under this label.`,
    changed: (template) => `Template changed to ${template}`,
  },
};

export function templateMessages(language: Language): TemplateMessages {
  return MESSAGES[language];
}

export function useTemplateMessages(): TemplateMessages {
  return templateMessages(useLanguage());
}
