/** A meeting of several days: read from the letter, kept in the pack, printed as a range in both formats. */
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { formatMeetingDates } from '../../core/i18n/language';
import { importLetterText } from '../../core/import/import-letter';
import { parseLetterText } from '../../core/import/text-letter';
import { parsePack } from '../../core/model/validate';
import { pdfText } from '../e2e/documents';
import { builtInTemplate, exportFonts, paragraphs, part, unzipDocx } from '../helpers/docx';

const LETTER = 'Den Haag, 30 januari 2025\n\nHierbij de agenda voor de bijeenkomst van de NAVO-ministers van Defensie (DMM) op 12 en 13 februari te Brussel.\n\nOekraïne\n\nDe ministers spreken over de steun.\n';


describe('the days of a meeting', () => {
  it('are written the way each language writes a range', () => {
    expect(formatMeetingDates({ date: '2025-02-12', endDate: '2025-02-13' }, 'nl')).toBe('12–13 februari 2025');
    expect(formatMeetingDates({ date: '2025-06-30', endDate: '2025-07-01' }, 'en')).toBe('30 June – 1 July 2025');
    expect(formatMeetingDates({ date: '2025-02-13' }, 'nl')).toBe('13 februari 2025');
    // an end before the start is no range
    expect(formatMeetingDates({ date: '2025-02-13', endDate: '2025-02-12' }, 'en')).toBe('13 February 2025');
  });

  it('are read from the letter, the year from its date, also across a month', () => {
    expect(parseLetterText(LETTER).meeting).toMatchObject({ date: '2025-02-12', endDate: '2025-02-13' });
    const crossing = parseLetterText(LETTER.replace('12 en 13 februari', '30 juni en 1 juli'));
    expect(crossing.meeting).toMatchObject({ date: '2025-06-30', endDate: '2025-07-01' });
    expect(parseLetterText(LETTER.replace('12 en 13 februari', '13 februari')).meeting.endDate).toBeUndefined();
  });

  it('are printed as a range on the cover and in the page furniture of the PDF and the DOCX', async () => {
    const { contents } = importLetterText(new TextEncoder().encode(LETTER), 'brief.txt');
    const pack = parsePack(contents.pack, 'brief.briefpack');
    expect(pack.meeting.endDate).toBe('2025-02-13');
    const template = builtInTemplate('nl-ministeriele-briefing');
    const assets = await exportFonts(template);
    const pdf = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, assets);
    expect((await pdfText(pdf.bytes)).text.replace(/\s+/g, ' ')).toContain('12–13 februari 2025');
    const docx = unzipDocx(await exportDocx({ pack, annexFiles: new Map() }, template, assets));
    expect(paragraphs(part(docx, 'word/document.xml')).map((p) => p.text).join('\n')).toContain('12–13 februari 2025');
  });
});
