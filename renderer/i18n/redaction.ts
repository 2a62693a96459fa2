/** The words of redaction under the Woo (editor, letter text, overview), in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import { useLanguage } from '../language-context';

export interface RedactionMessages {
  redact: string;
  removeRedaction: string;
  dialog: string;
  ground: string;
  selectToRedact: string;
  /** The title on a marked passage. */
  markedOn: (code: string) => string;
  overviewTitle: string;
  none: string;
  inSource: string;
  introduction: string;
  code: string;
  text: string;
  item: string;
  section: string;
}

const CATALOG: Readonly<Record<Language, RedactionMessages>> = {
  nl: {
    redact: 'Weglakken (Woo)…',
    removeRedaction: 'Weglakking opheffen',
    dialog: 'Weglakken op grond van de Woo',
    ground: 'Grond',
    selectToRedact: 'Selecteer eerst de woorden die weggelakt moeten worden.',
    markedOn: (code) => `Weggelakt in de openbare versie (Woo ${code})`,
    overviewTitle: 'Weggelakte passages (Woo)',
    none: 'Nog niets weggelakt.',
    inSource: 'Agendatekst',
    introduction: 'Inleiding',
    code: 'Grond',
    text: 'Tekst',
    item: 'Punt',
    section: 'Onderdeel',
  },
  en: {
    redact: 'Redact (Woo)…',
    removeRedaction: 'Remove redaction',
    dialog: 'Redact under the Woo',
    ground: 'Ground',
    selectToRedact: 'First select the words to redact.',
    markedOn: (code) => `Redacted in the version for publication (Woo ${code})`,
    overviewTitle: 'Redacted passages (Woo)',
    none: 'Nothing redacted yet.',
    inSource: 'Agenda text',
    introduction: 'Introduction',
    code: 'Ground',
    text: 'Text',
    item: 'Item',
    section: 'Section',
  },
};

export function redactionMessages(language: Language): RedactionMessages {
  return CATALOG[language];
}

export function useRedactionMessages(): RedactionMessages {
  return redactionMessages(useLanguage());
}
