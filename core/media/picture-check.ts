/**
 * Checks a picture before anything decodes it: the real format from its
 * first bytes (PNG or JPEG only), the size in bytes, and the width and height
 * its header declares (image-size reads only the header), so a file that
 * would decode to gigabytes of pixels is refused while it is still a few bytes.
 */
import { imageSize } from 'image-size';
import { UserError } from '../i18n/errors';
import type { MediaType } from '../model/pack';

export const PICTURE_LIMITS = { bytes: 20 * 1024 * 1024, megapixels: 100 } as const;

export interface PictureInfo {
  mediaType: MediaType;
  width: number;
  height: number;
  size: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// The IEND chunk every PNG ends with: length 0, "IEND", its CRC.
const PNG_END = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const FORMAT_NAMES: Record<MediaType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
}

/** The format the bytes are, whatever their name says; null for neither PNG nor JPEG. */
export function sniffPicture(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

/** The format a file name or a declared media type claims; null when it claims neither. */
export function claimedFormat(name: string, declaredType?: string): MediaType | null {
  const type = declaredType?.toLowerCase();
  if (type === 'image/png') return 'image/png';
  if (type === 'image/jpeg' || type === 'image/jpg') return 'image/jpeg';
  if (/\.png$/i.test(name)) return 'image/png';
  if (/\.jpe?g$/i.test(name)) return 'image/jpeg';
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file cut short: a PNG without its end chunk, a JPEG without its end marker near the end. */
function isComplete(bytes: Uint8Array, type: MediaType): boolean {
  if (type === 'image/png') return startsWith(bytes, PNG_END, bytes.length - PNG_END.length);
  // Cameras and editors may append a few bytes after the end marker (EOI, FF D9); a tail of 4 KB is allowed.
  for (let i = bytes.length - 2; i >= Math.max(2, bytes.length - 4096); i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  return false;
}

function headerSize(bytes: Uint8Array): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 ? { width, height } : null;
  } catch {
    return null;
  }
}

/**
 * The picture's format and declared size, or a UserError naming `name`:
 * media.too-large, media.not-picture, media.wrong-format (named .png or
 * declared image/png but not PNG, and so on), media.damaged, media.too-many-pixels.
 */
export function checkPicture(bytes: Uint8Array, name: string, declaredType?: string): PictureInfo {
  if (bytes.length > PICTURE_LIMITS.bytes) {
    throw new UserError('media.too-large', { file: name, size: megabytes(bytes.length), limit: megabytes(PICTURE_LIMITS.bytes) });
  }
  const found = sniffPicture(bytes);
  const claimed = claimedFormat(name, declaredType);
  if (!found) {
    if (claimed) throw new UserError('media.wrong-format', { file: name, claimed: FORMAT_NAMES[claimed], found: 'neither PNG nor JPEG' });
    throw new UserError('media.not-picture', { file: name });
  }
  if (claimed && claimed !== found) throw new UserError('media.wrong-format', { file: name, claimed: FORMAT_NAMES[claimed], found: FORMAT_NAMES[found] });
  const size = headerSize(bytes);
  if (!size) throw new UserError('media.damaged', { file: name, detail: 'no readable width and height' });
  if (size.width * size.height > PICTURE_LIMITS.megapixels * 1_000_000) {
    throw new UserError('media.too-many-pixels', { file: name, width: size.width, height: size.height, limit: PICTURE_LIMITS.megapixels });
  }
  if (!isComplete(bytes, found)) throw new UserError('media.damaged', { file: name, detail: 'the file ends too early' });
  return { mediaType: found, ...size, size: bytes.length };
}

/** The content id: SHA-256 of the bytes, lowercase hex (Web Crypto, in Node and the browser alike). */
export async function mediaId(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
