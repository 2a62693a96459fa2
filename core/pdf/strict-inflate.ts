/**
 * A strict zlib inflater (after Mark Adler's puff.c), for checking streams:
 * it refuses what zlib refuses and fflate lets through, such as incomplete
 * or over-subscribed Huffman codes, which is how qpdf sees a damaged
 * content stream. It stops at `limit` bytes of output, so a bomb costs no
 * more memory than that. Speed matters less here than agreeing with zlib.
 */

export class InflateError extends Error {
  override name = 'InflateError';
}

const MAX_BITS = 15;
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
}

/** Builds a canonical code; returns 0 if complete, > 0 if incomplete, < 0 if over-subscribed. */
function construct(lengths: ArrayLike<number>, n: number): { code: Huffman; left: number } {
  const count = new Uint16Array(MAX_BITS + 1);
  const symbol = new Uint16Array(n);
  for (let s = 0; s < n; s++) count[lengths[s]!]!++;
  if (count[0] === n) return { code: { count, symbol }, left: 0 };
  let left = 1;
  for (let len = 1; len <= MAX_BITS; len++) {
    left = left * 2 - count[len]!;
    if (left < 0) return { code: { count, symbol }, left };
  }
  const offsets = new Uint16Array(MAX_BITS + 1);
  for (let len = 1; len < MAX_BITS; len++) offsets[len + 1] = offsets[len]! + count[len]!;
  for (let s = 0; s < n; s++) if (lengths[s] !== 0) symbol[offsets[lengths[s]!]!++] = s;
  return { code: { count, symbol }, left };
}

class Inflater {
  private out: Uint8Array;
  private length = 0;
  private pos: number;
  private bitBuffer = 0;
  private bitCount = 0;

  constructor(
    private readonly input: Uint8Array,
    start: number,
    private readonly limit: number,
  ) {
    this.pos = start;
    this.out = new Uint8Array(Math.min(limit, Math.max(1024, input.length * 4)));
  }

  private bits(need: number): number {
    let value = this.bitBuffer;
    while (this.bitCount < need) {
      if (this.pos >= this.input.length) throw new InflateError('the data ends before the stream does');
      value |= this.input[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuffer = value >>> need;
    this.bitCount -= need;
    return value & ((1 << need) - 1);
  }

  private ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed > this.limit) throw new InflateError('it decodes to more than the limit');
    if (needed <= this.out.length) return;
    const grown = new Uint8Array(Math.min(this.limit, Math.max(needed, this.out.length * 2)));
    grown.set(this.out.subarray(0, this.length));
    this.out = grown;
  }

  private decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      code |= this.bits(1);
      const count = h.count[len]!;
      if (code - count < first) return h.symbol[index + (code - first)]!;
      index += count;
      first = (first + count) * 2;
      code *= 2;
    }
    throw new InflateError('a code that is not in the table');
  }

  private stored(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
    if (this.pos + 4 > this.input.length) throw new InflateError('the data ends before the stream does');
    const len = this.input[this.pos]! | (this.input[this.pos + 1]! << 8);
    const nlen = this.input[this.pos + 2]! | (this.input[this.pos + 3]! << 8);
    if (len !== (~nlen & 0xffff)) throw new InflateError('a stored block with a bad length');
    this.pos += 4;
    if (this.pos + len > this.input.length) throw new InflateError('the data ends before the stream does');
    this.ensure(len);
    this.out.set(this.input.subarray(this.pos, this.pos + len), this.length);
    this.length += len;
    this.pos += len;
  }

  private codes(lengthCode: Huffman, distCode: Huffman): void {
    for (;;) {
      let symbol = this.decode(lengthCode);
      if (symbol < 256) {
        this.ensure(1);
        this.out[this.length++] = symbol;
        continue;
      }
      if (symbol === 256) return;
      symbol -= 257;
      if (symbol >= 29) throw new InflateError('an invalid length code');
      const len = LENGTH_BASE[symbol]! + this.bits(LENGTH_EXTRA[symbol]!);
      const distSymbol = this.decode(distCode);
      if (distSymbol >= 30) throw new InflateError('an invalid distance code');
      const dist = DIST_BASE[distSymbol]! + this.bits(DIST_EXTRA[distSymbol]!);
      if (dist > this.length) throw new InflateError('a distance too far back');
      this.ensure(len);
      for (let i = 0; i < len; i++, this.length++) this.out[this.length] = this.out[this.length - dist]!;
    }
  }

  private static fixedCodes?: [Huffman, Huffman];

  private fixed(): void {
    if (!Inflater.fixedCodes) {
      const lengths = new Uint8Array(288);
      lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
      Inflater.fixedCodes = [construct(lengths, 288).code, construct(new Uint8Array(30).fill(5), 30).code];
    }
    this.codes(...Inflater.fixedCodes);
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('too many length or distance codes');
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[CODE_LENGTH_ORDER[i]!] = this.bits(3);
    const lengthsCode = construct(lengths, 19);
    if (lengthsCode.left !== 0) throw new InflateError('invalid code lengths set');
    lengths.fill(0);
    for (let index = 0; index < nlen + ndist; ) {
      let symbol = this.decode(lengthsCode.code);
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let repeat = 0;
      if (symbol === 16) {
        if (index === 0) throw new InflateError('invalid bit length repeat');
        repeat = lengths[index - 1]!;
        symbol = 3 + this.bits(2);
      } else symbol = symbol === 17 ? 3 + this.bits(3) : 11 + this.bits(7);
      if (index + symbol > nlen + ndist) throw new InflateError('invalid bit length repeat');
      while (symbol--) lengths[index++] = repeat;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    // As in zlib: an incomplete code is allowed only when it is a single code of length one.
    const lengthCode = construct(lengths, nlen);
    if (lengthCode.left < 0 || (lengthCode.left > 0 && nlen !== lengthCode.code.count[0]! + lengthCode.code.count[1]!)) {
      throw new InflateError('invalid literal/lengths set');
    }
    const distCode = construct(lengths.subarray(nlen), ndist);
    if (distCode.left < 0 || (distCode.left > 0 && ndist !== distCode.code.count[0]! + distCode.code.count[1]!)) {
      throw new InflateError('invalid distances set');
    }
    this.codes(lengthCode.code, distCode.code);
  }

  /** Inflates to the final block; returns the output and where the compressed data ended. */
  run(): { data: Uint8Array; end: number } {
    let last: number;
    do {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.fixed();
      else if (type === 2) this.dynamic();
      else throw new InflateError('an invalid block type');
    } while (!last);
    return { data: this.out.subarray(0, this.length), end: this.pos };
  }
}

/** zlib data as zlib reads it: a valid header, complete deflate data, then the 4-byte checksum. */
export function strictUnzlib(input: Uint8Array, limit: number): Uint8Array {
  if (input.length < 2) throw new InflateError('no zlib header');
  const [cmf, flg] = [input[0]!, input[1]!];
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || (cmf * 256 + flg) % 31 !== 0) throw new InflateError('incorrect header check');
  if (flg & 0x20) throw new InflateError('a preset dictionary');
  const { data, end } = new Inflater(input, 2, limit).run();
  // qpdf accepts a wrong checksum (zlib's complaint comes after all data is out) but not a missing one.
  if (end + 4 > input.length) throw new InflateError('the checksum is missing');
  return data;
}
