/**
 * A save or export onto a read-only file asks first: the person may have made
 * it read-only on purpose (a final version), or may simply want it replaced.
 * The command line refuses instead; what is decided lives in host/write-target.ts.
 */
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import type { Language } from '../../core/i18n/language';
import { inspectWriteTarget, writeVerdict, type ReadOnlyChoice } from '../../host/write-target';
import type { FileDialogs } from './services/file-dialogs';

const TEXT: Readonly<Record<Language, { title: string; message: (file: string) => string; overwrite: string; cancel: string }>> = {
  nl: { title: 'Alleen-lezen', message: (file) => `${file} is alleen-lezen. Toch overschrijven?`, overwrite: 'Overschrijven', cancel: 'Annuleren' },
  en: { title: 'Read-only', message: (file) => `${file} is read-only. Overwrite it anyway?`, overwrite: 'Overwrite', cancel: 'Cancel' },
};

/** The question; Cancel is the default, so Enter never overwrites. */
export function readOnlyPrompt(fileName: string, language: Language): MessageBoxOptions {
  const text = TEXT[language];
  return { type: 'warning', title: text.title, message: text.message(fileName), buttons: [text.overwrite, text.cancel], defaultId: 1, cancelId: 1, noLink: true };
}

/**
 * How to write target: 'overwrite' when it is read-only and the person agreed,
 * null when they cancelled, else 'refuse' (the write itself then refuses what
 * must not be replaced). Without a way to ask, a read-only file is refused.
 */
export async function readOnlyChoiceFor(target: string, dialogs: Pick<FileDialogs, 'confirmOverwriteReadOnly'>): Promise<ReadOnlyChoice | null> {
  const found = await inspectWriteTarget(target);
  if (!dialogs.confirmOverwriteReadOnly || writeVerdict(found, 'ask') !== 'ask') return 'refuse';
  return (await dialogs.confirmOverwriteReadOnly(path.basename(target))) ? 'overwrite' : null;
}
