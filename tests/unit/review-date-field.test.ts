import { describe, expect, it } from 'vitest';
import { dateFieldText, parseDateField } from '../../renderer/import/date-field';

describe('the review dialog’s meeting date field', () => {
  it('shows the date in the document’s language, not the computer’s', () => {
    expect(dateFieldText('2025-02-13', 'nl')).toBe('13 februari 2025');
    expect(dateFieldText('2025-02-13', 'en')).toBe('13 February 2025');
    expect(dateFieldText('', 'nl')).toBe('');
  });

  it('reads back what it shows, in either language', () => {
    for (const iso of ['2025-01-01', '2025-02-13', '2025-03-31', '2025-05-14', '2024-02-29', '2025-12-31']) {
      expect(parseDateField(dateFieldText(iso, 'nl'))).toBe(iso);
      expect(parseDateField(dateFieldText(iso, 'en'))).toBe(iso);
    }
  });

  it('accepts day-month-year with dashes, slashes or dots, and ISO', () => {
    expect(parseDateField('13-02-2025')).toBe('2025-02-13');
    expect(parseDateField('3/2/2025')).toBe('2025-02-03');
    expect(parseDateField('13.02.2025')).toBe('2025-02-13');
    expect(parseDateField('2025-02-13')).toBe('2025-02-13');
  });

  it('accepts the ways people write month names', () => {
    expect(parseDateField('  13  Februari 2025 ')).toBe('2025-02-13');
    expect(parseDateField('13 feb. 2025')).toBe('2025-02-13');
    expect(parseDateField('5 mrt 2025')).toBe('2025-03-05');
    expect(parseDateField('5 maart 2025')).toBe('2025-03-05');
    expect(parseDateField('1 okt 2025')).toBe('2025-10-01');
    expect(parseDateField('February 13, 2025')).toBe('2025-02-13');
    expect(parseDateField('13th February 2025')).toBe('2025-02-13');
    expect(parseDateField('9 sept 2025')).toBe('2025-09-09');
  });

  it('treats an empty field as no date', () => {
    expect(parseDateField('   ')).toBe('');
  });

  it('refuses what is not a date rather than guessing', () => {
    for (const text of ['31 februari 2025', '29-02-2025', '2025-13-01', '00-01-2025', '13 ma 2025', '13 brumaire 2025', 'morgen', '13 februari', '2025', '02-13-2025x']) {
      expect(parseDateField(text), text).toBeNull();
    }
  });
});
