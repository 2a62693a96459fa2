/** Browser mode's Save as…: the browser's save dialog where there is one, else a name asked for and a download. */
import { PACK_EXTENSION, PACK_MIME_TYPE } from '../../core/pack/container';
import { chosenLanguage } from '../state/language-preference';
import { browserLanguage } from '../i18n';
import { download } from './download';
import { fileNameFromTyped, isCancel, saveAsMethod, type SaveHandle } from './save-as';

export type { SaveHandle } from './save-as';

const TEXT = {
  nl: { fileName: 'Bestandsnaam voor de briefingmap:', kind: 'Briefingmap' },
  en: { fileName: 'File name for the briefing pack:', kind: 'Briefing pack' },
} as const;

export async function writeToHandle(handle: SaveHandle, bytes: Uint8Array): Promise<string> {
  const writable = await handle.createWritable();
  await writable.write(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PACK_MIME_TYPE }));
  await writable.close();
  return handle.name;
}

/** Resolves null when the person cancels; handle: where a later Save can write again. */
export async function saveAsFile(suggested: string, bytes: Uint8Array): Promise<{ fileName: string; handle?: SaveHandle } | null> {
  const text = TEXT[chosenLanguage() ?? browserLanguage()];
  const method = saveAsMethod(window as { showSaveFilePicker?: unknown });
  if (method.kind === 'picker') {
    try {
      const handle = await method.pick({ suggestedName: suggested, types: [{ description: text.kind, accept: { [PACK_MIME_TYPE]: [PACK_EXTENSION] } }] });
      return { fileName: await writeToHandle(handle, bytes), handle };
    } catch (error) {
      if (isCancel(error)) return null;
      throw error;
    }
  }
  const fileName = fileNameFromTyped(window.prompt(text.fileName, suggested), PACK_EXTENSION);
  if (!fileName) return null;
  download(fileName, bytes, PACK_MIME_TYPE);
  return { fileName };
}
