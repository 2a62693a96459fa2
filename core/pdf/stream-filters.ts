/**
 * Decoding a PDF stream's bytes through its filters, as strictly as qpdf
 * does and with a byte budget, so that a stream a strict reader cannot decode
 * is found before it is copied anywhere, and a small stream that inflates to
 * gigabytes stops at the budget. The filters handled are all those a page's
 * content may legally use; an image-only or unknown filter is not decodable
 * here, which the caller treats as damage.
 */
import { strictUnzlib } from './strict-inflate';

export class UndecodableStream extends Error {
  override name = 'UndecodableStream';
}

/** A stream's filters with their parameters, in the order they are applied when decoding. */
export interface FilterStep {
  name: string;
  /** Predictor and EarlyChange, the only parameters of these filters that change the bytes. */
  predictor?: number;
  earlyChange?: number;
}

class Budget {
  constructor(private left: number) {}
  get remaining(): number {
    return this.left;
  }
  take(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) throw new UndecodableStream('decodes to more than the limit');
  }
}

function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function inflate(data: Uint8Array, budget: Budget): Uint8Array {
  try {
    const out = strictUnzlib(data, budget.remaining);
    budget.take(out.length);
    return out;
  } catch (error) {
    throw new UndecodableStream(`FlateDecode: ${(error as Error).message}`);
  }
}

const isPdfWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

function asciiHex(data: Uint8Array, budget: Budget): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break;
    if (isPdfWhitespace(byte)) continue;
    const value = hexValue(byte);
    if (value < 0) throw new UndecodableStream(`ASCIIHexDecode: character ${byte} out of range`);
    if (high < 0) high = value;
    else {
      out.push(high * 16 + value);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  budget.take(out.length);
  return Uint8Array.from(out);
}

function ascii85(data: Uint8Array, budget: Budget): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    if (value > 0xffffffff) throw new UndecodableStream('ASCII85Decode: group out of range');
    for (let i = 0; i < count - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group.length = 0;
  };
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (isPdfWhitespace(byte)) continue;
    if (byte === 0x7e) break; // "~>" ends the data
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) throw new UndecodableStream(`ASCII85Decode: character ${byte} out of range`);
    group.push(byte - 0x21);
    if (group.length === 5) flush(5);
  }
  if (group.length === 1) throw new UndecodableStream('ASCII85Decode: a lone final character');
  if (group.length > 0) flush(group.length);
  budget.take(out.length);
  return Uint8Array.from(out);
}

function runLength(data: Uint8Array, budget: Budget): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let i = 0;
  while (i < data.length) {
    const control = data[i++]!;
    if (control === 128) return joinChunks(chunks, length);
    const chunk = control < 128 ? data.subarray(i, i + control + 1) : new Uint8Array(257 - control).fill(data[i] ?? 0);
    if (control < 128 ? chunk.length < control + 1 : i >= data.length) throw new UndecodableStream('RunLengthDecode: data ends in a run');
    i += control < 128 ? control + 1 : 1;
    budget.take(chunk.length);
    chunks.push(chunk);
    length += chunk.length;
  }
  return joinChunks(chunks, length);
}

/** LZW with 9- to 12-bit codes, as in PDF (and TIFF): 256 clears the table, 257 ends the data. */
function lzw(data: Uint8Array, budget: Budget, earlyChange: number): Uint8Array {
  const prefixes = new Uint16Array(4096);
  const suffixes = new Uint8Array(4096);
  const firsts = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) [suffixes[i], firsts[i], lengths[i]] = [i, i, 1];
  const out: Uint8Array[] = [];
  let length = 0;
  /** Writes the string of `code`, with `extra` after it when given. */
  const emit = (code: number, extra?: number) => {
    const size = lengths[code]! + (extra === undefined ? 0 : 1);
    budget.take(size);
    const bytes = new Uint8Array(size);
    if (extra !== undefined) bytes[size - 1] = extra;
    for (let c = code, at = lengths[code]! - 1; at >= 0; c = prefixes[c]!, at--) bytes[at] = suffixes[c]!;
    out.push(bytes);
    length += size;
  };
  let [next, width, previous] = [258, 9, -1];
  let [bits, bitCount] = [0, 0];
  for (const byte of data) {
    bits = ((bits << 8) | byte) & 0xffffff;
    bitCount += 8;
    while (bitCount >= width) {
      const code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
      bitCount -= width;
      if (code === 256) {
        [next, width, previous] = [258, 9, -1];
        continue;
      }
      if (code === 257) return joinChunks(out, length);
      if (previous < 0) {
        if (code > 255) throw new UndecodableStream('LZWDecode: a code before the table has it');
        emit(code);
      } else {
        if (code > next || (code === next && next >= 4096)) throw new UndecodableStream('LZWDecode: a code out of range');
        // The one code not yet in the table is the previous string plus its own first byte.
        const first = code === next ? firsts[previous]! : firsts[code]!;
        if (code === next) emit(previous, first);
        else emit(code);
        if (next < 4096) {
          [prefixes[next], suffixes[next], firsts[next], lengths[next]] = [previous, first, firsts[previous]!, lengths[previous]! + 1];
          next++;
        }
      }
      previous = code;
      if (next + earlyChange >= 1 << width && width < 12) width++;
    }
  }
  return joinChunks(out, length);
}

function applyFilter(step: FilterStep, data: Uint8Array, budget: Budget): Uint8Array {
  if ((step.predictor ?? 1) > 1) throw new UndecodableStream(`${step.name} with a predictor`);
  switch (step.name) {
    case 'FlateDecode':
    case 'Fl':
      return inflate(data, budget);
    case 'LZWDecode':
    case 'LZW':
      return lzw(data, budget, step.earlyChange ?? 1);
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHex(data, budget);
    case 'ASCII85Decode':
    case 'A85':
      return ascii85(data, budget);
    case 'RunLengthDecode':
    case 'RL':
      return runLength(data, budget);
    default:
      throw new UndecodableStream(`filter ${step.name} is not one a page's content can use`);
  }
}

/** The decoded bytes, or UndecodableStream saying why not. `limit` bounds what any one step may produce. */
export function decodeStream(data: Uint8Array, steps: readonly FilterStep[], limit: number): Uint8Array {
  let bytes = data;
  for (const step of steps) bytes = applyFilter(step, bytes, new Budget(limit));
  return bytes;
}
