/**
 * The Open Recent list: pure list operations, and loading and saving it as
 * JSON in the user data folder. A damaged list file is an empty list.
 */
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT = 10;

/** Windows and macOS file systems ignore case by default; a path in two cases is one file there. */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** The file goes to the top; an older entry for it is dropped; the list keeps MAX_RECENT. */
export function addRecent(list: readonly string[], file: string, platform: NodeJS.Platform = process.platform): string[] {
  return [file, ...list.filter((entry) => !samePath(entry, file, platform))].slice(0, MAX_RECENT);
}

export function removeRecent(list: readonly string[], file: string, platform: NodeJS.Platform = process.platform): string[] {
  return list.filter((entry) => !samePath(entry, file, platform));
}

/** Only absolute paths of packs survive parsing; anything else in the file is ignored. */
export function parseRecent(json: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const files = typeof value === 'object' && value !== null ? (value as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return [];
  return files
    .filter((f): f is string => typeof f === 'string' && path.isAbsolute(f) && f.toLowerCase().endsWith('.briefpack') && !f.includes('\0'))
    .slice(0, MAX_RECENT);
}

export async function loadRecent(file: string): Promise<string[]> {
  try {
    return parseRecent(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
}

export async function saveRecent(file: string, list: readonly string[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify({ files: list }, null, 1)));
}

/** The folders the app has written packs to, for removing temp files a crash left behind. */
export function foldersOf(files: readonly string[]): string[] {
  return [...new Set(files.map((f) => path.dirname(f)))];
}
