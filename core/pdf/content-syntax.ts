/**
 * The syntax of a page's decoded content, read as qpdf reads it: tokens,
 * strings, names, arrays and dictionaries, and inline image data between
 * ID and EI. pdf.js shrugs at what is wrong here; qpdf --check does not, and
 * an appended page with such content would fail it. Operators and their
 * operands are not checked, because qpdf does not check them either.
 */

export interface SyntaxProblem {
  offset: number;
  message: string;
}

type Container = { kind: 'array' } | { kind: 'dict'; count: number; keys: Set<string> };

const WHITESPACE = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[byte] = 1;
const DELIMITER = new Uint8Array(256);
for (const char of '()<>[]{}/%') DELIMITER[char.charCodeAt(0)] = 1;

const isHexDigit = (byte: number) => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
const isRegular = (byte: number | undefined) => byte !== undefined && !WHITESPACE[byte] && !DELIMITER[byte];

/**
 * Whether a word past a candidate EI looks like content rather than image
 * data, by qpdf's rule: letters (an operator) or no letters (a number), and
 * nothing unprintable.
 */
function looksLikeContent(word: Uint8Array): boolean {
  let [letters, other] = [false, false];
  for (const byte of word) {
    if ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || byte === 0x2a) letters = true;
    else if (byte < 0x20 || byte >= 0x80) return false;
    else other = true;
  }
  return !(letters && other);
}

/**
 * qpdf's test of a candidate EI: the ten tokens after it are content, not
 * image data. Only the tokens count here, not how they nest. Says where the
 * reading stopped.
 */
function readsAsContent(bytes: Uint8Array, from: number): { ok: boolean; stop: number } {
  let at = from;
  const end = bytes.length;
  for (let tokens = 0; tokens < LOOKAHEAD_TOKENS; tokens++) {
    while (at < end && WHITESPACE[bytes[at]!]) at++;
    if (at >= end) return { ok: true, stop: at };
    const byte = bytes[at]!;
    if (byte === 0x25) {
      while (at < end && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
      tokens--; // a comment is not a token
    } else if (byte === 0x28) {
      let depth = 1;
      for (at++; at < end && depth > 0; at++) {
        if (bytes[at] === 0x5c) at++;
        else if (bytes[at] === 0x28) depth++;
        else if (bytes[at] === 0x29) depth--;
      }
      if (depth > 0) return { ok: false, stop: end };
    } else if (byte === 0x3c && bytes[at + 1] !== 0x3c) {
      for (at++; at < end && bytes[at] !== 0x3e; at++) if (!WHITESPACE[bytes[at]!] && !isHexDigit(bytes[at]!)) return { ok: false, stop: at + 1 };
      if (at >= end) return { ok: false, stop: end };
      at++;
    } else if (byte === 0x3c || (byte === 0x3e && bytes[at + 1] === 0x3e)) at += 2;
    else if (byte === 0x3e || byte === 0x29) return { ok: false, stop: at + 1 };
    else if (DELIMITER[byte] && byte !== 0x2f) at++;
    else {
      const start = at;
      for (at++; isRegular(bytes[at]); at++) if (bytes[at] === 0x23 && bytes[at + 1] === 0x30 && bytes[at + 2] === 0x30) return { ok: false, stop: at };
      if (byte !== 0x2f && !looksLikeContent(bytes.subarray(start, at))) return { ok: false, stop: at };
    }
  }
  return { ok: true, stop: at };
}

/** How many wrong end-of-image guesses one content may cost, so crafted inline images cannot make this quadratic. */
const EI_ATTEMPTS = 256;
/** How far past a candidate EI the content must read cleanly for it to be the end of the image. */
const LOOKAHEAD_TOKENS = 10;
const LATIN1 = new TextDecoder('latin1');

class Reader {
  private stack: Container[] = [];
  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
    private readonly attempts: { left: number },
  ) {}

  private problem(message: string, offset = this.at): SyntaxProblem {
    return { offset, message };
  }

  /** A complete object (or the end of a container) was read: count it in the container around it. */
  private value(name: string | null, offset: number): SyntaxProblem | null {
    const top = this.stack[this.stack.length - 1];
    if (top?.kind !== 'dict') return null;
    if (top.count++ % 2 === 1) return null;
    if (name === null) return this.problem('a dictionary key that is not a name', offset);
    if (top.keys.has(name)) return this.problem(`a dictionary with the key /${name} twice`, offset);
    top.keys.add(name);
    return null;
  }

  private literalString(): SyntaxProblem | null {
    const start = this.at;
    let depth = 1;
    for (this.at++; this.at < this.bytes.length; this.at++) {
      const byte = this.bytes[this.at]!;
      if (byte === 0x5c) this.at++;
      else if (byte === 0x28) depth++;
      else if (byte === 0x29 && --depth === 0) {
        this.at++;
        return this.value(null, start);
      }
    }
    return this.problem('a string that never ends', start);
  }

  private hexString(): SyntaxProblem | null {
    const start = this.at;
    for (this.at++; this.at < this.bytes.length; this.at++) {
      const byte = this.bytes[this.at]!;
      if (byte === 0x3e) {
        this.at++;
        return this.value(null, start);
      }
      if (!WHITESPACE[byte] && !isHexDigit(byte)) return this.problem(`an invalid character (${byte}) in a hex string`);
    }
    return this.problem('a hex string that never ends', start);
  }

  private name(): SyntaxProblem | null {
    const start = this.at++;
    while (isRegular(this.bytes[this.at])) {
      if (this.bytes[this.at] === 0x23) {
        const [high, low] = [this.bytes[this.at + 1], this.bytes[this.at + 2]];
        if (high === undefined || low === undefined || !isHexDigit(high) || !isHexDigit(low)) return this.problem('a name with a stray #');
        if (high === 0x30 && low === 0x30) return this.problem('a name with a null character');
        this.at += 2;
      }
      this.at++;
    }
    return this.value(LATIN1.decode(this.bytes.subarray(start + 1, this.at)), start);
  }

  /**
   * Inline image data runs from one byte after ID to an EI. Binary data can
   * hold "EI" too, so this picks the EI qpdf picks: the first one between
   * delimiters after which the next tokens read as content, else the last
   * one between delimiters, else the first one followed by a space.
   */
  private inlineImage(): SyntaxProblem | null {
    const { bytes } = this;
    const start = this.at;
    const standsAlone = (i: number) => !isRegular(bytes[i - 1]) && !isRegular(bytes[i + 2]);
    let last = -1;
    for (let i = this.at + 1; i + 1 < bytes.length; i++) {
      if (bytes[i] !== 0x45 || bytes[i + 1] !== 0x49 || !standsAlone(i)) continue;
      last = i;
      if (this.attempts.left-- <= 0) break;
      const after = readsAsContent(bytes, i + 2);
      if (after.ok) break;
      i = after.stop - 1; // qpdf looks for the next EI where its check stopped reading
    }
    if (last < 0) {
      for (let i = this.at + 1; i + 1 < bytes.length && last < 0; i++) {
        if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && (i + 2 === bytes.length || WHITESPACE[bytes[i + 2]!])) last = i;
      }
    }
    if (last < 0) return this.problem('inline image data without an EI that ends it', start);
    this.at = last + 2;
    return null;
  }

  private word(): SyntaxProblem | null {
    const start = this.at;
    while (isRegular(this.bytes[this.at])) this.at++;
    const isId = this.at - start === 2 && this.bytes[start] === 0x49 && this.bytes[start + 1] === 0x44;
    if (isId && this.stack.length === 0) return this.inlineImage();
    return this.value(null, start);
  }

  private close(kind: Container['kind']): SyntaxProblem | null {
    const start = this.at;
    const top = this.stack.pop();
    if (top?.kind !== kind) return this.problem(kind === 'array' ? 'an unexpected ]' : 'an unexpected >>', start);
    if (top.kind === 'dict' && top.count % 2 === 1) return this.problem('a dictionary with a key but no value', start);
    this.at += kind === 'array' ? 1 : 2;
    return this.value(null, start);
  }

  /** The first problem from here to the end, or null when everything reads cleanly. */
  read(): SyntaxProblem | null {
    const { bytes } = this;
    while (this.at < bytes.length) {
      const byte = bytes[this.at]!;
      let problem: SyntaxProblem | null = null;
      if (WHITESPACE[byte]) this.at++;
      else if (byte === 0x25) {
        while (this.at < bytes.length && bytes[this.at] !== 0x0a && bytes[this.at] !== 0x0d) this.at++;
      } else if (byte === 0x28) problem = this.literalString();
      else if (byte === 0x3c && bytes[this.at + 1] === 0x3c) {
        this.stack.push({ kind: 'dict', count: 0, keys: new Set() });
        this.at += 2;
      } else if (byte === 0x3c) problem = this.hexString();
      else if (byte === 0x3e && bytes[this.at + 1] === 0x3e) problem = this.close('dict');
      else if (byte === 0x5b) {
        this.stack.push({ kind: 'array' });
        this.at++;
      } else if (byte === 0x5d) problem = this.close('array');
      else if (byte === 0x2f) problem = this.name();
      else if (byte === 0x29 || byte === 0x3e || byte === 0x7b || byte === 0x7d) problem = this.problem(`an unexpected ${String.fromCharCode(byte)}`);
      else {
        problem = this.word();
      }
      if (problem) return problem;
    }
    return this.stack.length ? this.problem(`an ${this.stack[this.stack.length - 1]!.kind === 'array' ? 'array' : 'dictionary'} that never ends`) : null;
  }
}

/** The first thing in a page's decoded content that a strict reader rejects, or null. */
export function contentSyntaxProblem(content: Uint8Array): SyntaxProblem | null {
  return new Reader(content, 0, { left: EI_ATTEMPTS }).read();
}
