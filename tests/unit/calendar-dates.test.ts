/**
 * Every date in a pack is a day on the calendar: 2025-02-30 has the form of
 * a date but would print as "2 maart 2025", which nobody wrote.
 */
import { describe, expect, it } from 'vitest';
import { parseWrittenDate } from '../../core/import/dates';
import { isCalendarDate } from '../../core/model/calendar-date';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack } from '../../core/pack/container';
import { containerWith } from '../helpers/hostile-packs';
import { userErrorOf } from '../helpers/user-error';

const FILE = 'dates.briefpack';

function opened(change: (pack: BriefingPack) => void) {
  const pack = structuredClone(syntheticPack(1));
  change(pack);
  return () => decodePack(containerWith(JSON.stringify(pack)), FILE);
}

function refusedAt(change: (pack: BriefingPack) => void): string {
  const error = userErrorOf(opened(change));
  expect(error.code).toBe('pack.invalid');
  expect(error.describe('en')).toContain('must be a real day as YYYY-MM-DD');
  return String(error.params.path);
}

const COPY = { id: 'c1', copyNumber: 1, recipient: 'Minister', function: '', version: '1.0', date: '2025-02-30', format: 'pdf' } as const;

describe('dates in a pack', () => {
  it('an impossible day is refused wherever the pack has a date, naming the field', () => {
    expect(refusedAt((pack) => (pack.meeting.date = '2025-02-30'))).toBe('meeting.date');
    expect(refusedAt((pack) => (pack.meeting.endDate = '2025-04-31'))).toBe('meeting.endDate');
    expect(refusedAt((pack) => (pack.letter.date = '2025-02-29'))).toBe('letter.date');
    expect(refusedAt((pack) => (pack.distribution = { recipients: [], handedOut: [COPY] }))).toBe('distribution.handedOut[0].date');
    expect(refusedAt((pack) => (pack.meeting.date = '2025-13-01'))).toBe('meeting.date');
  });

  it('a timestamp on an impossible day (a saved version, a comment) is refused too', () => {
    const error = userErrorOf(opened((pack) => (pack.versions = [{ id: 'v1', name: 'v1', createdAt: '2025-02-30T10:00:00Z' }])));
    expect(error.params.path).toBe('versions[0].createdAt');
  });

  it('a leap day in a leap year, and no date at all, open', () => {
    expect(opened((pack) => (pack.meeting.date = '2024-02-29'))().pack.meeting.date).toBe('2024-02-29');
    expect(opened((pack) => (pack.meeting.date = ''))().pack.meeting.date).toBe('');
    expect(opened((pack) => (pack.distribution = { recipients: [], handedOut: [{ ...COPY, date: '2000-02-29' }] }))().pack.distribution?.handedOut[0]?.date).toBe('2000-02-29');
  });

  it('the calendar rule knows century leap years and short months', () => {
    expect(['2000-02-29', '2024-02-29', '2025-12-31', '0001-01-01'].filter(isCalendarDate)).toHaveLength(4);
    expect(['1900-02-29', '2025-02-29', '2025-06-31', '2025-00-10', '2025-01-00', '2025-1-01'].filter(isCalendarDate)).toEqual([]);
  });

  it('a letter that writes "30 februari 2025" gives no meeting date rather than an impossible one', () => {
    expect(parseWrittenDate('30 februari 2025')).toBe('');
    expect(parseWrittenDate('28 februari 2025')).toBe('2025-02-28');
  });
});
