/**
 * Paste and drop go through renderer/paste: Slate's own fragments are used
 * only when they validate against the model; HTML is sanitised and
 * converted; anything else arrives as plain paragraphs.
 */
import type { Editor } from 'slate';
import type { ApiError } from '../../core/contract';
import { richTextFromClipboard, SLATE_FRAGMENT_TYPE, type PasteResult } from '../paste/clipboard';
import { editorMedia, insertPictures } from '../media/insert-pictures';
import { pictureFiles, picturesInHtml, type PictureFile } from '../media/picture-files';
import { figureIds, htmlWithPictureBytes, picturesForFragment } from '../media/carried-pictures';
import type { RichText } from '../../core/model/rich-text';

/**
 * What a paste could not keep: its formatting, all of it (too large, refused, unreadable), formatting
 * nested too deeply (flattened), or some of its pictures (one line each).
 */
export type PasteNotice =
  | 'unsafe-fragment'
  | 'invalid-html'
  | 'too-complex'
  | 'too-large'
  | 'refused'
  | 'flattened'
  | 'failed'
  | { pictures: ApiError[] };

const listeners = new WeakMap<Editor, (notice: PasteNotice) => void>();

/** Who hears that a paste was refused or reduced to plain text (the section shows it). */
export function onPasteNotice(editor: Editor, listener: ((notice: PasteNotice) => void) | null): void {
  if (listener) listeners.set(editor, listener);
  else listeners.delete(editor);
}

export function notifyPaste(editor: Editor, notice: PasteNotice): void {
  listeners.get(editor)?.(notice);
}

export function applyPaste(editor: Editor, result: PasteResult): void {
  if (result.kind === 'too-large') {
    listeners.get(editor)?.('too-large');
    return;
  }
  if (result.kind === 'empty') return;
  if (result.kind === 'refused') {
    listeners.get(editor)?.('refused');
    return;
  }
  if (result.refused) listeners.get(editor)?.(result.refused);
  else if (result.flattened) listeners.get(editor)?.('flattened');
  const [first] = result.value;
  if (result.source === 'text' && result.value.length === 1 && first?.type === 'paragraph') {
    // One line of text takes the marks at the caret, like typing.
    editor.insertText(first.children.map((child) => ('text' in child ? child.text : '')).join(''));
    return;
  }
  editor.insertFragment(result.value);
}

/** Pictures come after the text they were pasted with; a refused one is named, and the text stays. */
async function pastePictures(editor: Editor, pictures: Promise<PictureFile[]>): Promise<void> {
  const found = await pictures;
  const media = editorMedia(editor);
  if (found.length === 0 || !media) return;
  const { refused } = await insertPictures(editor, media, found);
  if (refused.length > 0) notifyPaste(editor, { pictures: refused });
}

// An <img> is taken out of the HTML before it is read as text: its data: URL would count towards the text's size limit.
const IMAGE_TAG = /<img\b[^>]*>/gi;

/**
 * A fragment with figures, maybe from another pack: the bytes its figures name are added to
 * this document first (deduplicated by content), so the figures arrive drawn and exportable.
 */
async function pasteFragmentWithPictures(editor: Editor, result: PasteResult & { kind: 'insert' }, html: string): Promise<void> {
  const media = editorMedia(editor);
  const carried = media ? await picturesForFragment(result.value, html) : [];
  const refused: ApiError[] = [];
  for (const picture of carried) {
    const added = await media!.add(picture.bytes, picture.name, picture.mediaType);
    if (!added.ok) refused.push(added.error);
  }
  applyPaste(editor, result);
  if (refused.length > 0) notifyPaste(editor, { pictures: refused });
}

/** A copy carries the bytes of its pictures in its HTML, so another pack can take them in. */
function copyWithPictures(editor: Editor): void {
  const { setFragmentData } = editor;
  editor.setFragmentData = (data, originEvent) => {
    setFragmentData(data, originEvent);
    const media = editorMedia(editor);
    const ids = media && data.types.includes('text/html') ? figureIds(editor.getFragment()) : [];
    const held = ids.flatMap((id) => media!.held(id) ?? []);
    if (held.length > 0) data.setData('text/html', htmlWithPictureBytes(data.getData('text/html'), held));
  };
}

export function withPaste(editor: Editor): Editor {
  copyWithPictures(editor);
  const read = (data: DataTransfer) => {
    const html = data.types.includes('text/html') ? data.getData('text/html') : '';
    const files = Array.from(data.files ?? []);
    const text = data.types.includes('text/plain') ? data.getData('text/plain') : '';
    const result = html || text || data.types.includes(SLATE_FRAGMENT_TYPE) ? richTextFromClipboard({ types: Array.from(data.types), getData: (type) => (type === 'text/html' ? html.replace(IMAGE_TAG, '') : data.getData(type)) }) : null;
    // The editor's own fragment: its pictures are its figures, never added again from the HTML.
    if (result?.kind === 'insert' && result.source === 'fragment') {
      if (figureIds(result.value as RichText).length > 0) void pasteFragmentWithPictures(editor, result, html);
      else applyPaste(editor, result);
      if (files.length > 0) void pastePictures(editor, pictureFiles(files));
      return;
    }
    if (result) applyPaste(editor, result);
    void pastePictures(editor, files.length > 0 ? pictureFiles(files) : Promise.resolve(picturesInHtml(html, 'image')));
  };
  // Whatever a clipboard holds, the person hears that it was not pasted: an error thrown here would end the paste unseen.
  const paste = (data: DataTransfer) => {
    try {
      read(data);
    } catch {
      notifyPaste(editor, 'failed');
    }
  };
  editor.insertData = paste;
  editor.insertFragmentData = (data) => {
    paste(data);
    return true;
  };
  editor.insertTextData = (data) => {
    paste(data);
    return true;
  };
  return editor;
}
