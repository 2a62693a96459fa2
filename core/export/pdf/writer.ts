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
  PDFCrossRefStream,
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFObjectStream,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import type { Deflate } from '../assets';

const OBJECTS_PER_STREAM = 2000;

type IndirectObject = [PDFRef, PDFObject];

/** The same stream dictionary, its contents deflated by the caller's deflate. */
function deflated(stream: PDFStream, deflate: Deflate): PDFRawStream {
  stream.updateDict();
  stream.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(stream.dict, deflate(stream.getContents()));
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
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const written: IndirectObject[] = [];
    const write = (entry: IndirectObject): void => {
      xref.addUncompressedEntry(entry[0], size);
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
      xref.addCompressedEntry(ref, chunk.ref, chunk.objects.length);
      chunk.objects.push(entry);
    }
    for (const chunk of chunks) write([chunk.ref, deflated(PDFObjectStream.withContextAndObjects(context, chunk.objects, false), this.deflate)]);
    const xrefRef = PDFRef.of(objectNumber++);
    xref.dict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xref.addUncompressedEntry(xrefRef, size);
    const xrefOffset = size;
    const xrefStream = deflated(xref, this.deflate);
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    written.push([xrefRef, xrefStream]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: written, trailer };
  }
}

/** The document's bytes; what save does for a document without forms, which these packs never have. */
export async function saveCompact(doc: PDFDocument, deflate: Deflate): Promise<Uint8Array> {
  await doc.flush();
  return new CompactWriter(doc.context, deflate).serializeToBuffer();
}
