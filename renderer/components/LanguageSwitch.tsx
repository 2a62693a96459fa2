import { LANGUAGES, type Language } from '../../core/i18n/language';
import { useLanguage, useMessages } from '../language-context';

export function LanguageSwitch({ onChange }: { onChange(language: Language): void }) {
  const t = useMessages();
  const current = useLanguage();
  return (
    <div role="group" aria-label={t.language} className="segmented">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          title={t.languageNames[language]}
          aria-pressed={language === current}
          onClick={() => onChange(language)}
        >
          {/* The name starts with what is shown, so speech input ("click NL") finds the button. */}
          {language.toUpperCase()}
          <span className="visually-hidden"> ({t.languageNames[language]})</span>
        </button>
      ))}
    </div>
  );
}
