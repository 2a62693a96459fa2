/**
 * The annex check on page content, against qpdf --check on the very same
 * file: each built PDF must get the same verdict from both, valid ones
 * accepted and damaged ones refused.
 */
import { zlibSync } from 'fflate';
import { PDFDocument, PDFName, PDFNull } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkAnnexPdf } from '../../core/pdf/annex-pdf';
import { CONTENT_LIMITS } from '../../core/pdf/page-contents';
import { hasQpdf, latin1, pdfWithContent, qpdfCheck, type RawStream } from '../helpers/hostile-pdf';

const TEXT = 'BT /F1 12 Tf 72 720 Td (Agenda \\(concept\\)) Tj ET';
const flate = (text: string, dict: Record<string, number | Record<string, number>> = {}): RawStream => ({ data: zlibSync(latin1(text)), dict: { Filter: 'FlateDecode', ...dict } });
const plain = (text: string): RawStream => ({ data: text });

/** Literal codes only (9 bits each, under the first width change), then end of data. */
function lzwEncode(text: string): Uint8Array {
  const codes = [256, ...latin1(text), 257];
  const out: number[] = [];
  let [bits, count] = [0, 0];
  for (const code of codes) {
    bits = (bits << 9) | code;
    count += 9;
    while (count >= 8) out.push((bits >>> (count -= 8)) & 0xff);
  }
  if (count > 0) out.push((bits << (8 - count)) & 0xff);
  return Uint8Array.from(out);
}

function ascii85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [...bytes.subarray(i, i + 4)];
    const n = chunk.length;
    while (chunk.length < 4) chunk.push(0);
    let value = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    const digits: string[] = [];
    for (let d = 0; d < 5; d++, value = Math.floor(value / 85)) digits.unshift(String.fromCharCode(33 + (value % 85)));
    out += digits.slice(0, n + 1).join('');
  }
  return `${out}~>`;
}

const hex = (text: string) => [...latin1(text)].map((b) => b.toString(16).padStart(2, '0')).join(' ') + '>';
const wrongChecksum = (() => {
  const data = zlibSync(latin1(TEXT));
  data[data.length - 1]! ^= 0xff;
  return data;
})();
const zlibText = zlibSync(latin1(TEXT));

const VALID: [string, RawStream[]][] = [
  ['plain text', [plain(TEXT)]],
  ['FlateDecode', [flate(TEXT)]],
  ['FlateDecode with a wrong checksum (zlib and qpdf read it)', [{ data: wrongChecksum, dict: { Filter: 'FlateDecode' } }]],
  ['ASCIIHexDecode then FlateDecode', [{ data: latin1(hex(String.fromCharCode(...zlibText))), dict: { Filter: ['ASCIIHexDecode', 'FlateDecode'] } }]],
  ['ASCII85Decode', [{ data: ascii85(latin1(TEXT)), dict: { Filter: 'ASCII85Decode' } }]],
  ['RunLengthDecode', [{ data: Uint8Array.from([TEXT.length - 1, ...latin1(TEXT), 253, 0x20, 128]), dict: { Filter: 'RunLengthDecode' } }]],
  ['LZWDecode', [{ data: lzwEncode(TEXT), dict: { Filter: 'LZWDecode' } }]],
  ['a string split over two streams', [plain('BT /F1 12 Tf 72 720 Td (Agen'), plain('da) Tj ET')]],
  ['marked content with nested dictionaries and arrays', [plain('/Span << /ActualText <FEFF0041> /A << /B [1 [2] (x)] >> >> BDC EMC [(a) -250 (b)] TJ')]],
  ['names with #xx, comments with delimiters', [plain('/A#20B gs % ) > } comment\nq Q')]],
  ['an inline image whose data holds EI', [{ data: latin1('q BI /W 4 /H 1 /BPC 8 /CS /G ID \x00\xff)>EI \x10 EI Q\nBT /F1 9 Tf (x) Tj ET') }]],
  ['an empty page', [plain('')]],
];

const DAMAGED: [string, RawStream[]][] = [
  ['FlateDecode data that zlib refuses', [{ data: zlibText.slice(0, 2).fill(0x78, 0, 1).fill(0x9c, 1, 2), dict: { Filter: 'FlateDecode' } }]],
  ['FlateDecode cut short', [{ data: zlibText.slice(0, zlibText.length - 6), dict: { Filter: 'FlateDecode' } }]],
  ['FlateDecode without its checksum', [{ data: zlibText.slice(0, zlibText.length - 4), dict: { Filter: 'FlateDecode' } }]],
  ['raw deflate without a zlib header', [{ data: zlibText.slice(2), dict: { Filter: 'FlateDecode' } }]],
  ['a string that never ends', [plain('BT (Agenda Tj ET')]],
  ['an unexpected )', [plain('q ) Q')]],
  ['an unexpected >', [plain('q > Q')]],
  ['an invalid character in a hex string', [plain('<4G> Tj')]],
  ['braces', [plain('{ q }')]],
  ['a name with a stray #', [plain('/A#zz gs')]],
  ['an array that never ends', [plain('[1 2 3 q')]],
  ['a ] without [', [plain('1 2 ] q')]],
  ['a dictionary key that is not a name', [plain('/P << 1 2 >> BDC EMC')]],
  ['a dictionary with one key twice', [plain('/P << /A 1 /A 2 >> BDC EMC')]],
  ['inline image data without EI', [{ data: latin1('q BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\x29\x3e\x7d') }]],
  ['an unknown filter', [{ data: 'q Q', dict: { Filter: 'FooDecode' } }]],
  ['an image filter on page content', [{ data: 'q Q', dict: { Filter: 'DCTDecode' } }]],
  ['ASCIIHexDecode with a character out of range', [{ data: '7120 51Z>', dict: { Filter: 'ASCIIHexDecode' } }]],
];

describe('page content check', () => {
  it.each(VALID)('accepts %s, as qpdf does', async (_name, streams) => {
    const bytes = await pdfWithContent([streams]);
    expect(await checkAnnexPdf(bytes)).toMatchObject({ ok: true });
    if (hasQpdf) expect(qpdfCheck(bytes).status).toBe(0);
  });

  it.each(DAMAGED)('refuses %s, as qpdf does, naming the page', async (_name, streams) => {
    const bytes = await pdfWithContent([[plain(TEXT)], streams]);
    expect(await checkAnnexPdf(bytes)).toMatchObject({ ok: false, reason: 'damaged', page: 2 });
    if (hasQpdf) expect(qpdfCheck(bytes).status).not.toBe(0);
  });

  it('refuses a content array holding something other than a stream, as qpdf does', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.node.set(PDFName.of('Contents'), doc.context.obj([doc.context.register(doc.context.stream('q Q')), PDFNull]));
    const bytes = await doc.save({ useObjectStreams: false });
    expect(await checkAnnexPdf(bytes)).toMatchObject({ ok: false, reason: 'damaged', page: 1 });
    if (hasQpdf) expect(qpdfCheck(bytes).status).not.toBe(0);
  });

  it('refuses, without inflating it all, a content stream that inflates past the limit', async () => {
    const bomb = zlibSync(new Uint8Array(CONTENT_LIMITS.pageBytes + 1024 * 1024).fill(0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const before = process.memoryUsage().rss;
    const result = await checkAnnexPdf(await pdfWithContent([[{ data: bomb, dict: { Filter: 'FlateDecode' } }]]));
    expect(result).toMatchObject({ ok: false, reason: 'damaged', page: 1 });
    expect((result as { detail: string }).detail).toContain('limit');
    expect(process.memoryUsage().rss - before).toBeLessThan(CONTENT_LIMITS.pageBytes * 3);
  });

  it('treats a predictor on page content conservatively (refused; qpdf could read it)', async () => {
    const result = await checkAnnexPdf(await pdfWithContent([[flate(TEXT, { DecodeParms: { Predictor: 12, Columns: 4 } })]]));
    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it.skipIf(!hasQpdf)('agrees with qpdf on 300 letters with bytes of their content changed at random', async () => {
    const content = [
      'BT /F1 10 Tf 70 780 Td (Aan de Voorzitter \\(Tweede\\) Kamer) Tj ET',
      '/Span << /ActualText <FEFF0041> /MCID 0 >> BDC BT /F1 10 Tf 70 760 Td [(Regel) -250 (twee)] TJ ET EMC',
      'q 10 0 0 10 70 600 cm BI /W 4 /H 1 /BPC 8 /CS /G ID \x00\xff)>EI \x10\x20\x30 EI Q',
      'BT /F1 10 Tf 70 500 Td <48656c6c6f> Tj ET % comment with ) and >',
      '/P <</Name /A#20B /Arr [1 2 [3]] >> BDC EMC',
    ].join('\n');
    const interesting = latin1('()<>[]/#{ EI');
    let seed = 20250213;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const disagreements: string[] = [];
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const compressed = i % 2 === 1;
      const data = latin1(content);
      for (let flips = 1 + random(3); flips > 0; flips--) data[random(data.length)] = random(2) ? interesting[random(interesting.length)]! : random(256);
      const stream: RawStream = compressed ? { data: zlibSync(data), dict: { Filter: 'FlateDecode' } } : { data };
      if (compressed) for (let flips = 1 + random(2); flips > 0; flips--) (stream.data as Uint8Array)[2 + random((stream.data as Uint8Array).length - 2)] = random(256);
      const bytes = await pdfWithContent([[stream]]);
      const mine = await checkAnnexPdf(bytes);
      const strict = qpdfCheck(bytes);
      if (!mine.ok) refused++;
      if (mine.ok !== (strict.status === 0)) disagreements.push(`#${i}: ours ${mine.ok ? 'accepts' : 'refuses'}, qpdf ${strict.status}`);
    }
    expect(disagreements).toEqual([]);
    expect(refused).toBeGreaterThan(50);
  });
});
