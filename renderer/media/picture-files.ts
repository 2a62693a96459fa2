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

/** The pictures in pasted HTML, each named by its alt text or its place ("picture 2.png"). */
export function picturesInHtml(html: string, baseName: string): PictureFile[] {
  if (!/<img\b/i.test(html)) return [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: PictureFile[] = [];
  doc.querySelectorAll('img[src^="data:" i]').forEach((img, i) => {
    const decoded = decodeDataUrl(img.getAttribute('src') ?? '');
    if (!decoded) return;
    const alt = img.getAttribute('alt')?.trim();
    const extension = EXTENSION[decoded.mediaType] ?? 'bin';
    out.push({ ...decoded, name: `${alt || `${baseName} ${i + 1}`}.${extension}` });
  });
  return out;
}

/** Image files among dropped or pasted files (a screenshot, a photo dragged in). */
export async function pictureFiles(files: readonly File[]): Promise<PictureFile[]> {
  const images = files.filter((file) => file.type.startsWith('image/') || /\.(png|jpe?g)$/i.test(file.name));
  return Promise.all(images.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || 'image', mediaType: file.type })));
}
