import { createContext, useContext } from 'react';
import type { Language } from '../core/i18n/language';
import { messages, type Messages } from './i18n';

export const LanguageContext = createContext<Language>('nl');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useMessages(): Messages {
  return messages(useContext(LanguageContext));
}
