import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS } from '../../core/model/classification';
import { workflowMessages, formatCommentTime } from '../../renderer/i18n/workflow';

const nl = workflowMessages('nl');
const en = workflowMessages('en');

/** Every message as text: functions called with sample arguments. */
function texts(messages: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'function') {
      const args = key === 'exportMode' ? ['word-comments'] : key === 'printedMarking' ? ['en'] : key === 'changed' ? ['move', 'X'] : key === 'notFinalBecause' || key === 'raisedBy' ? [['A', 'B']] : ['X', 2, 3];
      out[key] = String((value as (...a: unknown[]) => unknown)(...args));
    } else if (typeof value === 'string') out[key] = value;
    else out[key] = JSON.stringify(value);
  }
  return out;
}

describe('workflow messages', () => {
  it('has every message in Dutch and English, none empty or undefined', () => {
    const [a, b] = [texts(nl), texts(en)];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const text of [...Object.values(a), ...Object.values(b)]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toContain('undefined');
    }
    // The interface really changes language; only "author, time" reads the same in both.
    const same = Object.keys(a).filter((key) => a[key] === b[key]);
    expect(same).toEqual(['commentBy']);
  });

  it('names every classification level and every comment export mode in both languages', () => {
    for (const level of CLASSIFICATIONS) {
      expect(nl.classifications[level]).toBeTruthy();
      expect(en.classifications[level]).toBeTruthy();
    }
    for (const mode of ['word-comments', 'footnotes', 'appendix', 'none'] as const) {
      expect(nl.exportMode(mode)).toMatch(/^Bij export/);
      expect(en.exportMode(mode)).toMatch(/^On export/);
    }
  });

  it('says why a pack cannot become final, naming the draft items', () => {
    expect(nl.notFinalBecause(['Oekraïne'])).toBe('Kan niet definitief worden: dit agendapunt is nog concept: Oekraïne.');
    expect(en.notFinalBecause(['Oekraïne', 'NAVO-top'])).toBe('Cannot become final: these 2 items are still draft: Oekraïne, NAVO-top.');
  });

  it("writes comment times in the reader's language", () => {
    expect(formatCommentTime('2025-02-13T09:30:00Z', 'nl')).toMatch(/13 feb/);
    expect(formatCommentTime('2025-02-13T09:30:00Z', 'en')).toMatch(/13 Feb/);
    expect(formatCommentTime('not a date', 'en')).toBe('not a date');
  });
});
