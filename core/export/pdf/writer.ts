/**
 * Serialises a pdf-lib document with cross-reference and object streams, as
 * PDFDocument.save({ useObjectStreams: true }) does, with two differences that
 * matter for a structure tree of ten thousand small objects:
 * - big object streams: save puts 50 objects in each and gives every one a
 *   fresh deflate state of some 400 KB, which was most of the memory peak;
 * - the caller's deflate (Node's zlib in the app, about four times faster than
 *   the JavaScript one pdf-lib uses).
 * Streams pdf-lib made itself (font subsets, ICC profile) keep their encoding.
 */
import {
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter,
  type PDFContext,
  type PDFDict,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import type { Deflate } from '../assets';
import { SerializedObject } from './serialized';

const OBJECTS_PER_STREAM = 2000;

type IndirectObject = [PDFRef, PDFObject];

const NEWLINE = 0x0a;
const ascii = new TextEncoder();

/**
 * An object stream holding these objects, deflated by the caller's deflate:
 * the bytes PDFObjectStream writes, each object measured and written once
 * (PDFObjectStream measures every object twice before writing it, ~45 ms for
 * a pack's 13,000 objects). Runs of prepared objects (structure elements,
 * links, bookmarks) are joined and encoded in one call: copying ten thousand
 * short strings a character at a time cost more than all the rest.
 */
function objectStream(context: PDFContext, objects: readonly IndirectObject[], deflate: Deflate): PDFRawStream {
  let body = new Uint8Array(64 * 1024);
  let length = 0;
  const room = (extra: number): void => {
    if (length + extra <= body.length) return;
    const grown = new Uint8Array(Math.max(body.length * 2, length + extra));
    grown.set(body.subarray(0, length));
    body = grown;
  };
  // "number offset" of each object, offsets counted from the end of this header.
  let header = '';
  let prepared: string[] = [];
  let preparedLength = 0;
  const writePrepared = (): void => {
    if (prepared.length === 0) return;
    room(preparedLength);
    const { written } = ascii.encodeInto(prepared.join('\n') + '\n', body.subarray(length));
    // Offsets above count characters as bytes: prepared objects are ASCII by construction.
    if (written !== preparedLength) throw new Error('A prepared PDF object is not ASCII');
    length += written;
    prepared = [];
    preparedLength = 0;
  };
  for (const [ref, object] of objects) {
    header += `${ref.objectNumber} ${length + preparedLength} `;
    if (object instanceof SerializedObject) {
      prepared.push(object.text);
      preparedLength += object.text.length + 1;
      continue;
    }
    writePrepared();
    room(object.sizeInBytes() + 1);
    length += object.copyBytesInto(body, length);
    body[length++] = NEWLINE;
  }
  writePrepared();
  const contents = new Uint8Array(header.length + length);
  ascii.encodeInto(header, contents);
  contents.set(body.subarray(0, length), header.length);
  const data = deflate(contents);
  const dict = context.obj({ Type: 'ObjStm', N: objects.length, First: header.length, Length: data.length, Filter: 'FlateDecode' });
  return PDFRawStream.of(dict, data);
}

/**
 * The cross-reference table, as the rows of a cross-reference stream (type,
 * field 2, field 3), added in ascending object number. pdf-lib's own stream
 * builds several small arrays per row, ~19 ms for a pack's 13,000 objects;
 * this writes the same bytes from one array of numbers.
 */
class CrossReferences {
  // Object 0 heads the list of free objects, generation 65535.
  private readonly rows: number[] = [0, 0, 65535];
  private readonly objectNumbers: number[] = [0];

  uncompressed(ref: PDFRef, offset: number): void {
    this.rows.push(1, offset, ref.generationNumber);
    this.objectNumbers.push(ref.objectNumber);
  }

  compressed(ref: PDFRef, stream: PDFRef, index: number): void {
    this.rows.push(2, stream.objectNumber, index);
    this.objectNumbers.push(ref.objectNumber);
  }

  /** First object number and count of each run of consecutive numbers. */
  private index(): number[] {
    const index: number[] = [];
    this.objectNumbers.forEach((number, i) => {
      if (i === 0 || number - this.objectNumbers[i - 1]! > 1) index.push(number, 0);
      index[index.length - 1]! += 1;
    });
    return index;
  }

  /** The stream, its dictionary the trailer's with the table's own entries. */
  stream(trailer: PDFDict, deflate: Deflate): PDFRawStream {
    const widths = [0, 0, 0];
    for (let i = 0; i < this.rows.length; i++) widths[i % 3] = Math.max(widths[i % 3]!, byteCount(this.rows[i]!));
    const rowWidth = widths[0]! + widths[1]! + widths[2]!;
    const data = new Uint8Array(rowWidth * (this.rows.length / 3));
    let at = 0;
    for (let i = 0; i < this.rows.length; i++) {
      const value = this.rows[i]!;
      // Big-endian, in the column's width.
      for (let byte = widths[i % 3]! - 1; byte >= 0; byte--) data[at++] = Math.floor(value / 256 ** byte) & 0xff;
    }
    const { context } = trailer;
    trailer.set(PDFName.of('Type'), PDFName.of('XRef'));
    trailer.set(PDFName.of('Length'), PDFNumber.of(data.length));
    trailer.set(PDFName.of('W'), context.obj(widths));
    trailer.set(PDFName.of('Index'), context.obj(this.index()));
    trailer.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    return PDFRawStream.of(trailer, deflate(data));
  }
}

/** Bytes a non-negative whole number needs (0 needs none, as pdf-lib counts). */
function byteCount(value: number): number {
  let bytes = 0;
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes++;
  return bytes;
}

class CompactWriter extends PDFWriter {
  constructor(
    context: PDFContext,
    private readonly deflate: Deflate,
  ) {
    super(context, Number.POSITIVE_INFINITY);
  }

  protected override async computeBufferSize(): Promise<{ size: number; header: PDFHeader; indirectObjects: IndirectObject[]; trailer: PDFTrailer }> {
    const { context } = this;
    let objectNumber = context.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xref = new CrossReferences();
    const written: IndirectObject[] = [];
    const write = (entry: IndirectObject): void => {
      xref.uncompressed(entry[0], size);
      size += this.computeIndirectObjectSize(entry);
      written.push(entry);
    };
    const chunks: { ref: PDFRef; objects: IndirectObject[] }[] = [];
    for (const entry of context.enumerateIndirectObjects()) {
      const [ref, object] = entry;
      const alone = object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0 || ref === context.trailerInfo.Encrypt;
      if (alone) {
        write(entry);
        continue;
      }
      let chunk = chunks.at(-1);
      if (!chunk || chunk.objects.length === OBJECTS_PER_STREAM) chunks.push((chunk = { ref: PDFRef.of(objectNumber++), objects: [] }));
      xref.compressed(ref, chunk.ref, chunk.objects.length);
      chunk.objects.push(entry);
    }
    for (const chunk of chunks) write([chunk.ref, objectStream(context, chunk.objects, this.deflate)]);
    const xrefRef = PDFRef.of(objectNumber++);
    xref.uncompressed(xrefRef, size);
    const xrefOffset = size;
    const trailer = this.createTrailerDict();
    trailer.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    const xrefStream = xref.stream(trailer, this.deflate);
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    written.push([xrefRef, xrefStream]);
    const end = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += end.sizeInBytes();
    return { size, header, indirectObjects: written, trailer: end };
  }
}

/** The document's bytes; what save does for a document without forms, which these packs never have. */
export async function saveCompact(doc: PDFDocument, deflate: Deflate): Promise<Uint8Array> {
  await doc.flush();
  return new CompactWriter(doc.context, deflate).serializeToBuffer();
}
