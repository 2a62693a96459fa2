import { describe, expect, it } from 'vitest';
import type { ImportConfidence } from '../../core/contract';
import { itemCheck, lowConfidence, meetingCheck, toCheck, type CheckKey } from '../../renderer/import/review-checks';

const confidence: ImportConfidence = {
  items: { a: 0.9, b: 0.3, c: 0.59, d: 0.6 },
  meeting: { name: 0.95, abbreviation: 0.4, date: 0.8, location: 0.2 },
  signatory: 0.5,
};

describe('what the review asks the person to check', () => {
  it('marks every item and field below 0.6, the signatory too, in the dialog’s order', () => {
    expect(lowConfidence(confidence, ['a', 'b', 'c', 'd'])).toEqual([
      'meeting:abbreviation',
      'meeting:location',
      'signatory',
      'item:b',
      'item:c',
    ]);
  });

  it('follows the items as they are now: reordered, dropped, or made by splitting (no entry, not marked)', () => {
    expect(lowConfidence(confidence, ['c', 'split-1', 'a'])).toEqual(['meeting:abbreviation', 'meeting:location', 'signatory', 'item:c']);
  });

  it('counts down as the person changes or confirms things', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(toCheck(confidence, ids, new Set())).toHaveLength(5);
    const checked = new Set<CheckKey>([itemCheck('b'), meetingCheck('location'), 'signatory']);
    expect(toCheck(confidence, ids, checked)).toEqual(['meeting:abbreviation', 'item:c']);
    // Checking something that was never low changes nothing.
    expect(toCheck(confidence, ids, new Set<CheckKey>([meetingCheck('name'), itemCheck('a')]))).toHaveLength(5);
  });

  it('has nothing to check when the importer was sure of everything', () => {
    const sure: ImportConfidence = { items: { a: 1 }, meeting: { name: 1, abbreviation: 1, date: 1, location: 1 }, signatory: 1 };
    expect(toCheck(sure, ['a'], new Set())).toEqual([]);
  });
});
