/**
 * Files dragged from the file manager onto an editor. Every dropped file is
 * offered to the document's checks, so one that is not a PNG or JPEG is
 * refused with the same line a paste gives it, instead of vanishing.
 */
import type { PictureFile } from './picture-files';

interface DroppedData {
  readonly types: readonly string[];
  readonly files?: ArrayLike<File> | null;
}

/** Whether a drag carries files (the editor then takes the drop itself, not as text). */
export function carriesFiles(data: DroppedData | null): boolean {
  return !!data && Array.from(data.types).includes('Files');
}

/** The dropped files as they are, each named, none filtered out. */
export async function droppedFiles(data: DroppedData): Promise<PictureFile[]> {
  const files = Array.from(data.files ?? []);
  return Promise.all(files.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || 'file', mediaType: file.type })));
}
