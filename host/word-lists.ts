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

export type IsWord = (word: string) => boolean;

let english: Promise<IsWord> | undefined;
let dictionaryDir: string | null = null;

/** The packaged app ships the dictionary as a resource (no node_modules there); main says where. */
export function useDictionaryDir(dir: string): void {
  dictionaryDir = dir;
}

async function loadEnglish(): Promise<IsWord> {
  const dir = dictionaryDir ?? path.dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const [aff, dic] = await Promise.all([readFile(path.join(dir, 'index.aff')), readFile(path.join(dir, 'index.dic'))]);
  const spell = nspell(aff, dic);
  return (word) => spell.correct(word);
}

export function loadWordList(language: Language): Promise<IsWord | undefined> {
  if (language !== 'en') return Promise.resolve(undefined);
  english ??= loadEnglish();
  return english;
}
