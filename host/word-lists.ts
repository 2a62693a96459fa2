/**
 * Word lists for mending words broken at line ends. English needs one
 * ("inter-national" joins, "long-term" stays); Dutch is decided by spelling
 * rules in core/import/dehyphenate.ts, because a Dutch Hunspell dictionary
 * takes ~1.5 s and ~140 MB to load and still misses most compounds.
 * Hunspell's en_US list (dictionary-en) through nspell, loaded once, lazily.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';
import type { Language } from '../core/i18n/language';
import { importLetterText, letterLanguage, type ImportedLetter } from '../core/import/import-letter';

export type IsWord = (word: string) => boolean;

let english: Promise<IsWord> | undefined;

async function loadEnglish(): Promise<IsWord> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const [aff, dic] = await Promise.all([readFile(path.join(dir, 'index.aff')), readFile(path.join(dir, 'index.dic'))]);
  const spell = nspell(aff, dic);
  return (word) => spell.correct(word);
}

/** Imports a letter with the word list of its language. */
export async function importLetterWithWordList(bytes: Uint8Array, fileName: string, templateId?: string): Promise<ImportedLetter> {
  const isWord = await loadWordList(letterLanguage(bytes, fileName));
  return importLetterText(bytes, fileName, { templateId, isWord });
}

export function loadWordList(language: Language): Promise<IsWord | undefined> {
  if (language !== 'en') return Promise.resolve(undefined);
  english ??= loadEnglish();
  return english;
}
