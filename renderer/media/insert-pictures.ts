/**
 * Pictures into an editor: each is checked by the document (main or browser
 * mode) and becomes a figure after the block with the caret; each refused
 * one is named in one line, and the rest of what came with it stays.
 */
import type { Editor, Path } from 'slate';
import type { ApiError } from '../../core/contract';
import { insertFigure } from '../editor/commands';
import type { MediaAccess } from './media-access';
import type { PictureFile } from './picture-files';

const mediaOf = new WeakMap<Editor, MediaAccess>();

/** The pictures of the document this editor belongs to (set by the section editor). */
export function setEditorMedia(editor: Editor, media: MediaAccess | null): void {
  if (media) mediaOf.set(editor, media);
  else mediaOf.delete(editor);
}

export function editorMedia(editor: Editor): MediaAccess | undefined {
  return mediaOf.get(editor);
}

/** Inserts the pictures in order; the paths of the figures made and the refusals, one per refused picture. */
export async function insertPictures(editor: Editor, media: MediaAccess, pictures: readonly PictureFile[]): Promise<{ inserted: Path[]; refused: ApiError[] }> {
  const inserted: Path[] = [];
  const refused: ApiError[] = [];
  for (const picture of pictures) {
    const added = await media.add(picture.bytes, picture.name, picture.mediaType);
    if (!added.ok) {
      refused.push(added.error);
      continue;
    }
    const path = insertFigure(editor, added.meta.id);
    inserted.push(path);
    // The next picture goes after this one, as they came.
    editor.selection = { anchor: { path: [...path, 0], offset: 0 }, focus: { path: [...path, 0], offset: 0 } };
  }
  return { inserted, refused };
}
