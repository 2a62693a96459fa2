import type { Language } from '../i18n/language';

const DUTCH = new Set(['de', 'het', 'een', 'van', 'en', 'op', 'voor', 'zijn', 'wordt', 'niet', 'ik', 'uw']);
const ENGLISH = new Set(['the', 'a', 'of', 'and', 'on', 'for', 'are', 'is', 'not', 'i', 'your', 'will']);

/** Dutch or English, by counting the commonest function words of each. */
export function detectLanguage(text: string): Language {
  let dutch = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DUTCH.has(word)) dutch++;
    if (ENGLISH.has(word)) english++;
  }
  return english > dutch ? 'en' : 'nl';
}
