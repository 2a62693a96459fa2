/**
 * The CRC-32 of each entry as the zip's central directory records it, in
 * the directory's order. fflate's unzipSync reads the same directory in the
 * same order (and calls its filter once per entry) but never checks these
 * sums, so a flipped byte would pass as content.
 */

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Found as fflate finds it: the last end record, then the zip64 one when a locator precedes it. */
function directoryStart(bytes: Uint8Array): { count: number; offset: number } | undefined {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== END_OF_DIRECTORY) {
    if (bytes.length - end > END_SEARCH) return undefined;
    end--;
  }
  if (end < 0) return undefined;
  let count = u16(bytes, end + 8);
  let offset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const zip64End = u32(bytes, end - 12);
    if (u32(bytes, zip64End) === ZIP64_END) {
      count = u32(bytes, zip64End + 32);
      offset = u32(bytes, zip64End + 48);
    }
  }
  return { count, offset };
}

/** The recorded CRC-32 of every entry, in order; undefined where the directory cannot be walked (fflate then refuses the file). */
export function recordedChecksums(bytes: Uint8Array): number[] | undefined {
  const start = directoryStart(bytes);
  if (!start) return undefined;
  const checksums: number[] = [];
  let at = start.offset;
  for (let i = 0; i < start.count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) return undefined;
    checksums.push(u32(bytes, at + 16));
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return checksums;
}
