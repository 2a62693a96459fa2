import { describe, expect, it } from 'vitest';
import { pointsToHalfPoints, pointsToTwips } from '../../core/export/docx/units';
import { xmlSafe } from '../../core/export/xml-text';

describe('DOCX units and text hygiene', () => {
  it('converts points to twips and half-points', () => {
    expect(pointsToTwips(72)).toBe(1440);
    expect(pointsToTwips(78)).toBe(1560);
    expect(pointsToHalfPoints(10.5)).toBe(21);
    expect(pointsToHalfPoints(7.5)).toBe(15);
  });

  it('drops only characters XML 1.0 forbids', () => {
    expect(xmlSafe('Oekraïne € «x» ’s\ttab\nline')).toBe('Oekraïne € «x» ’s\ttab\nline');
    expect(xmlSafe('a\u0001b\u0000c\u001F')).toBe('abc');
    expect(xmlSafe('\u000B')).toBe('');
    expect(xmlSafe('emoji 😀 kept')).toBe('emoji 😀 kept');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low, \uFFFE')).toBe('lone  high, lone  low, ');
  });
});
