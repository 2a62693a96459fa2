/**
 * Pictures a paste or drop carries: image files, and <img> elements of
 * pasted HTML whose source is a data: URL (what Word and browsers put on the
 * clipboard). Remote images are not fetched: the app is offline.
 */
export interface PictureFile {
  bytes: Uint8Array;
  name: string;
  mediaType: string;
}

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[^,;]*)*?)(;base64)?,(.*)$/s;
const EXTENSION: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/jpg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg' };

/** The bytes of a data: URL and the type it declares; null for one that is not valid. */
export function decodeDataUrl(url: string): { bytes: Uint8Array; mediaType: string } | null {
  const match = DATA_URL.exec(url.trim());
  if (!match) return null;
  const mediaType = (match[1] ?? 'text/plain').toLowerCase();
  try {
    if (match[3]) {
      const binary = atob(match[4]!.replace(/\s+/g, ''));
      return { bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)), mediaType };
    }
    return { bytes: new TextEncoder().encode(decodeURIComponent(match[4]!)), mediaType };
  } catch {
    return null;
  }
}

const IMG_TAG = /<img\b[^>]*>/gi;
const ATTRIBUTE = /\s(src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/**
 * The pictures in pasted HTML, each named by its alt text or its place ("image 2.png").
 * Read from the tags' text, never parsed into a document: nothing of the clipboard runs or loads.
 */
export function picturesInHtml(html: string, baseName: string): PictureFile[] {
  const out: PictureFile[] = [];
  let index = 0;
  for (const [tag] of html.matchAll(IMG_TAG)) {
    index++;
    const attributes: Record<string, string> = {};
    for (const match of tag.matchAll(ATTRIBUTE)) attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
    if (!/^data:/i.test(attributes.src ?? '')) continue;
    const decoded = decodeDataUrl(attributes.src!.replace(/&amp;/g, '&'));
    if (!decoded) continue;
    const alt = (attributes.alt ?? '').replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]!).trim();
    const extension = EXTENSION[decoded.mediaType] ?? 'bin';
    out.push({ ...decoded, name: `${alt || `${baseName} ${index}`}.${extension}` });
  }
  return out;
}

/** Image files among dropped or pasted files (a screenshot, a photo dragged in). */
export async function pictureFiles(files: readonly File[]): Promise<PictureFile[]> {
  const images = files.filter((file) => file.type.startsWith('image/') || /\.(png|jpe?g)$/i.test(file.name));
  return Promise.all(images.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || 'image', mediaType: file.type })));
}
