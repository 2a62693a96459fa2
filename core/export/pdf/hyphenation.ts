/**
 * Hyphenation points per language (TeX patterns from the hyphen package),
 * loaded only when a template asks for hyphenation, and cached per word:
 * the wrapper asks only for words that overflow a line end.
 */
import type { Language } from '../../i18n/language';
import type { BriefingPack } from '../../model/pack';
import type { RichText } from '../../model/rich-text';
import type { Template } from '../../template/schema';

const SOFT_HYPHEN = '\u00AD';
const cache = new Map<Language, (word: string) => string[]>();

export async function hyphenatorFor(language: Language): Promise<(word: string) => string[]> {
  const known = cache.get(language);
  if (known) return known;
  const module = language === 'nl' ? await import('hyphen/nl') : await import('hyphen/en-gb');
  const hyphenator = module.default;
  const words = new Map<string, string[]>();
  const split = (word: string): string[] => {
    let parts = words.get(word);
    if (!parts) {
      parts = hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
      words.set(word, parts);
    }
    return parts;
  };
  cache.set(language, split);
  return split;
}

const hasTable = (value: RichText | undefined): boolean => !!value?.some((block) => block.type === 'table');

/**
 * The hyphenator a layout of this pack needs: for body text when the template
 * asks, for table cells whenever the pack has a table; null when neither (the
 * patterns are not loaded).
 */
export function hyphenatorForPack(pack: BriefingPack, template: Template): Promise<((word: string) => string[]) | null> {
  const tables = hasTable(pack.introduction) || pack.items.some((item) => hasTable(item.source) || Object.values(item.sections).some(hasTable));
  return template.hyphenation || tables ? hyphenatorFor(pack.language) : Promise.resolve(null);
}
