/**
 * A picture copied out of one pack must arrive in another with its bytes: the
 * editor's fragment holds only the picture's content id, which the other
 * pack does not know. So a copy draws each figure in the clipboard's HTML
 * from its bytes (a data: URL, which Word reads as well), and a paste of the
 * fragment takes from that HTML the bytes whose content id a figure names.
 */
import { mediaId, sniffPicture } from '../../core/media/picture-check';
import type { Descendant } from 'slate';
import { toBase64 } from '../browser/base64';
import { picturesInHtml, type PictureFile } from './picture-files';

/** A picture as the copying editor holds it: its content id, the object URL it is drawn from, its bytes. */
export interface HeldPicture {
  id: string;
  url: string;
  bytes: Uint8Array;
}

/** The content ids the figures of a fragment name, each once, in order. */
export function figureIds(nodes: readonly Descendant[]): string[] {
  const ids = new Set<string>();
  const visit = (node: Descendant): void => {
    if (!('type' in node)) return;
    if (node.type === 'figure') ids.add(node.media);
    else node.children.forEach((child) => visit(child as Descendant));
  };
  nodes.forEach(visit);
  return [...ids];
}

function dataUrl(bytes: Uint8Array): string {
  return `data:${sniffPicture(bytes) ?? 'application/octet-stream'};base64,${toBase64(bytes)}`;
}

/**
 * The copied HTML with every held picture as a data: URL: in place of the
 * page's own object URL where the figure was drawn, else added at the end.
 */
export function htmlWithPictureBytes(html: string, pictures: readonly HeldPicture[]): string {
  let out = html;
  const missing: HeldPicture[] = [];
  for (const picture of pictures) {
    const src = `src="${picture.url}"`;
    if (out.includes(src)) out = out.split(src).join(`src="${dataUrl(picture.bytes)}"`);
    else missing.push(picture);
  }
  return out + missing.map((picture) => `<img src="${dataUrl(picture.bytes)}">`).join('');
}

/** The pictures of pasted HTML whose bytes are the ones a pasted fragment's figures name; nothing else of the HTML is taken. */
export async function picturesForFragment(fragment: readonly Descendant[], html: string): Promise<PictureFile[]> {
  const wanted = new Set(figureIds(fragment));
  if (wanted.size === 0) return [];
  const found: PictureFile[] = [];
  for (const picture of picturesInHtml(html, 'image')) {
    const id = await mediaId(picture.bytes);
    if (!wanted.delete(id)) continue;
    found.push(picture);
  }
  return found;
}
