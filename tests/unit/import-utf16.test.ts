/**
 * Issue 21: a letter saved as UTF-16 with a byte order mark (Notepad's
 * "Unicode", Word's "Unicode text") is read, little- and big-endian, also
 * when the file ends in a stray byte or half a character, as files joined or
 * cut by other tools do. The mark says what the file is; binary data is still refused.
 */
import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../core/import/import-letter';
import { decodePack, encodePack } from '../../core/pack/container';
import { readPdfPages } from '../../host/pdf-text';
import { userErrorOfAsync } from '../helpers/user-error';

const LETTER = [
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  'Den Haag, 31 januari 2025',
  'Afschrikking en verdediging',
  'De bondgenoten spreken over de verdedigingsplannen – ‘één’ standpunt met België en Curaçao.',
  'Oekraïne',
  'Nederland blijft Oekraïne steunen.',
].join('\r\n\r\n');

function utf16(text: string, order: 'le' | 'be'): number[] {
  return [...`\ufeff${text}`].flatMap((char) => {
    const units = char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [char.charCodeAt(0)];
    return units.flatMap((unit) => (order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  });
}

const readers = { readPdfPages };

describe('UTF-16 letters with a byte order mark', () => {
  for (const order of ['le', 'be'] as const) {
    const cases: [string, number[]][] = [
      ['as saved', utf16(LETTER, order)],
      ['ending in a stray byte', [...utf16(LETTER, order), 0x0a]],
      ['ending in half a character', utf16(`${LETTER}\ud83d`, order)],
    ];
    for (const [shape, bytes] of cases) {
      it(`reads one ${order.toUpperCase()} ${shape} into a pack that opens`, async () => {
        const { letter, contents } = await importAgenda(Uint8Array.from(bytes), 'brief.txt', readers);
        expect(letter.items.map((item) => item.title)).toEqual(['Afschrikking en verdediging', 'Oekraïne']);
        expect(letter.items[0]!.paragraphs[0]!.text).toBe('De bondgenoten spreken over de verdedigingsplannen – ‘één’ standpunt met België en Curaçao.');
        expect(letter.date).toBe('2025-01-31');
        expect(decodePack(encodePack(contents), 'brief.briefpack').warnings).toEqual([]);
      });
    }
  }

  it('still refuses binary data behind a byte order mark', async () => {
    const binary = Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)]);
    const error = await userErrorOfAsync(() => importAgenda(binary, 'data.txt', readers));
    expect(error.code).toBe('import.not-text');
  });
});
