import type { Language } from '../../../core/i18n/language';
import { useLanguage } from '../../language-context';

const TEXT: Readonly<Record<Language, (author: string, when: string) => string>> = {
  nl: (author, when) => `Laatst gewijzigd door ${author}, ${when}`,
  en: (author, when) => `Last changed by ${author}, ${when}`,
};

function formatWhen(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Who changed the item last and when, from the pack's saved history. */
export function LastChangeLine({ change }: { change: { author: string; at: string } }) {
  const language = useLanguage();
  return <p className="item-last-change">{TEXT[language](change.author, formatWhen(change.at, language))}</p>;
}
