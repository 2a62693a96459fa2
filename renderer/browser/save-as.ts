/**
 * "Save as…" in browser mode: the browser's own save dialog where it has the
 * File System Access API (Chromium on the desktop), which also lets a later
 * Save write the same file again; elsewhere the person types a name and the
 * pack leaves as a download under it (Firefox and Safari have no save dialog
 * a page can open).
 */
import { withExtension } from './file-names';

/** The part of FileSystemFileHandle we use. */
export interface SaveHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}

type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveHandle>;

export type SaveAsMethod = { kind: 'picker'; pick: SaveFilePicker } | { kind: 'name' };

/** The picker where the browser has one (not in headless Chromium, nor outside a secure context). */
export function saveAsMethod(scope: { showSaveFilePicker?: unknown }): SaveAsMethod {
  const pick = scope.showSaveFilePicker;
  return typeof pick === 'function' ? { kind: 'picker', pick: (pick as SaveFilePicker).bind(scope) } : { kind: 'name' };
}

// Characters Windows, macOS or Linux refuse in file names, and control characters.
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** The name typed, made safe and given the extension; null when it is blank (or the person cancelled). */
export function fileNameFromTyped(typed: string | null, extension: string): string | null {
  const name = (typed ?? '').replace(UNSAFE, '-').trim().slice(0, 200);
  if (!name || /^[.-]+$/.test(name)) return null;
  return withExtension(name, extension);
}

export function isCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
