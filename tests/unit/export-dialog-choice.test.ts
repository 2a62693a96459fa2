/** The export dialog's choice: what it opens with, what a recipient starts from, what it asks the contract for. */
import { describe, expect, it } from 'vitest';
import { addRecipient } from '../../core/model/distribution-list';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { choiceForRecipient, exportChoiceOf, initialChoice, MINISTERS_COPY, PLAIN_COPY } from '../../renderer/export/dialog-choice';

function listed(): BriefingPack {
  let pack = syntheticPack(2);
  pack = addRecipient(pack, { name: 'Minister', withComments: true }, 'p');
  return addRecipient(pack, { name: 'Jan de Vries', function: 'DGB' }, 'p');
}

describe('the export dialog choice', () => {
  it('opens with a plain copy with comments, or the last choice while its recipient is on the list', () => {
    const pack = listed();
    expect(initialChoice(pack, undefined)).toEqual({ recipient: '', withComments: true });
    expect(initialChoice(pack, MINISTERS_COPY)).toEqual({ recipient: '', withComments: false });
    expect(initialChoice(pack, { recipient: 'jan de vries', withComments: true })).toEqual({ recipient: 'Jan de Vries', withComments: true });
    expect(initialChoice(pack, { recipient: 'Vertrokken', withComments: false })).toEqual(PLAIN_COPY);
  });

  it("a recipient starts from the list's choice of comments; no recipient is a plain copy", () => {
    const pack = listed();
    expect(choiceForRecipient(pack, 'Minister')).toEqual({ recipient: 'Minister', withComments: true });
    expect(choiceForRecipient(pack, 'Jan de Vries')).toEqual({ recipient: 'Jan de Vries', withComments: false });
    expect(choiceForRecipient(pack, '')).toEqual(PLAIN_COPY);
  });

  it('asks the contract for the comments always, and for a recipient only when one is chosen', () => {
    expect(exportChoiceOf(PLAIN_COPY)).toEqual({ withComments: true });
    expect(exportChoiceOf(MINISTERS_COPY)).toEqual({ withComments: false });
    expect(exportChoiceOf({ recipient: 'Jan de Vries', withComments: false })).toEqual({ withComments: false, recipient: 'Jan de Vries' });
  });
});
