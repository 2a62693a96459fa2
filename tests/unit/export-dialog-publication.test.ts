/** The export dialog's Woo publication: what it asks the contract for, and what the dialog opens with after one. */
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { exportChoiceOf, initialChoice, localDate } from '../../renderer/export/dialog-choice';

describe('publication in the export dialog', () => {
  it('asks for the publication on its date, with comments and owners as ticked for it, never a recipient', () => {
    expect(exportChoiceOf({ recipient: 'Jan de Vries', withComments: false, publication: '2026-12-03' })).toEqual({ publication: { date: '2026-12-03', withComments: false, withOwners: false } });
    expect(exportChoiceOf({ recipient: '', withComments: true, withOwners: true, publication: '2026-12-03' })).toEqual({ publication: { date: '2026-12-03', withComments: true, withOwners: true } });
    expect(exportChoiceOf({ recipient: '', withComments: false })).toEqual({ withComments: false });
  });

  it('opens on the copy chosen before the publication, not on the publication', () => {
    expect(initialChoice(syntheticPack(1), { recipient: '', withComments: false, publication: '2026-12-03' })).toEqual({ recipient: '', withComments: false });
  });

  it("writes today's date as the date field does, in local time", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
