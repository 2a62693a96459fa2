import { describe, expect, it } from 'vitest';
import type { OpenedPack } from '../../core/contract';
import { PackHistory } from '../../core/collab/pack-history';
import { documentReducer, isDirty, type DocumentAction, type DocumentState } from '../../renderer/state/document';
import { SAMPLE_TITLES, samplePack } from '../helpers/sample';

function opened(): DocumentState {
  const document: OpenedPack = { documentId: 'd1', fileName: null, pack: samplePack().pack };
  return documentReducer(null, { type: 'opened', document })!;
}

function run(state: DocumentState, ...actions: DocumentAction[]): DocumentState {
  return actions.reduce<DocumentState>((s, action) => documentReducer(s, action)!, state);
}

const titles = (s: DocumentState) => s.pack.items.map((i) => i.title);
const idOf = (s: DocumentState, title: string) => s.pack.items.find((i) => i.title === title)!.id;

describe('document reducer: outline', () => {
  it('adds an item after the selected one and selects it', () => {
    const s0 = opened();
    const s = run(s0, { type: 'select', itemId: idOf(s0, 'Oekraïne') }, { type: 'add-item', id: 'item-new', title: 'Nieuw', afterId: idOf(s0, 'Oekraïne') });
    expect(titles(s)).toEqual([...SAMPLE_TITLES.slice(0, 3), 'Nieuw', ...SAMPLE_TITLES.slice(3)]);
    expect(s.selectedItemId).toBe('item-new');
    expect(isDirty(s)).toBe(true);
  });

  it('deletes with a notice, selects the neighbour, and the document history brings it back after the later edit', () => {
    const s0 = opened();
    const history = new PackHistory(s0.pack, { captureTimeout: 0 });
    const id = idOf(s0, 'Defensie-industrie');
    let s = run(s0, { type: 'select', itemId: id }, { type: 'delete-item', itemId: id });
    history.record(s.pack, 'delete');
    expect(titles(s)).not.toContain('Defensie-industrie');
    expect(s.deleted).toMatchObject({ kind: 'delete', title: 'Defensie-industrie', count: 1 });
    expect(s.selectedItemId).toBe(idOf(s, 'Oekraïne'));
    const oekraine = idOf(s, 'Oekraïne');
    const ownerBefore = s.pack.items.find((i) => i.id === oekraine)!.owner;
    s = run(s, { type: 'set-owner', itemId: oekraine, owner: 'Kim' });
    history.record(s.pack, `owner:${oekraine}`);
    // One history: the later edit goes first, then the delete.
    expect(history.undo()!.items.find((i) => i.id === oekraine)!.owner).toBe(ownerBefore);
    expect(history.undo()!.items.map((i) => i.title)).toEqual([...SAMPLE_TITLES]);
    expect(history.undo()).toBeNull();
  });

  it('moves, indents, outdents and renames, each undoable in turn', () => {
    const s0 = opened();
    const history = new PackHistory(s0.pack, { captureTimeout: 0 });
    const navo = idOf(s0, 'NAVO-top');
    const actions: DocumentAction[] = [
      { type: 'move-item', itemId: navo, direction: -1 },
      { type: 'indent-item', itemId: navo },
      { type: 'rename-item', itemId: navo, title: 'NAVO-top Den Haag' },
    ];
    const s = actions.reduce<DocumentState>((state, action) => {
      const next = run(state, action);
      history.record(next.pack, action.type);
      return next;
    }, s0);
    expect(s.pack.items.map((i) => `${i.level}:${i.title}`)).toEqual([
      '1:Afschrikking en verdediging', '1:Defensie-industrie', '1:Oekraïne', '2:NAVO-top Den Haag', '1:Missies en operaties',
    ]);
    expect(history.undo()!.items[3]!.title).toBe('NAVO-top');
    expect(history.undo()!.items[3]!.level).toBe(1);
    expect(history.undo()!.items.map((i) => i.title)).toEqual([...SAMPLE_TITLES]);
  });

  it('ignores changes that change nothing: no revision, no undo entry', () => {
    const s0 = opened();
    const first = s0.pack.items[0]!.id;
    expect(documentReducer(s0, { type: 'move-item', itemId: first, direction: -1 })).toBe(s0);
    expect(documentReducer(s0, { type: 'indent-item', itemId: first })).toBe(s0);
    expect(documentReducer(s0, { type: 'rename-item', itemId: first, title: '  ' })).toBe(s0);
    expect(documentReducer(s0, { type: 'delete-item', itemId: 'nope' })).toBe(s0);
  });
});

describe('document reducer: workflow and comments', () => {
  it('refuses final while items are draft', () => {
    let s = opened();
    s = run(s, { type: 'set-pack-status', status: 'final' });
    expect(s.pack.status).toBe('draft');
    for (const item of s.pack.items) s = run(s, { type: 'set-status', itemId: item.id, status: 'approved' });
    s = run(s, { type: 'set-pack-status', status: 'final' });
    expect(s.pack.status).toBe('final');
  });

  it('sets classification of item and pack', () => {
    const s0 = opened();
    const s = run(s0, { type: 'set-classification', itemId: s0.pack.items[2]!.id, classification: 'secret' }, { type: 'set-pack-classification', classification: 'restricted' });
    expect(s.pack.items[2]!.classification).toBe('secret');
    expect(s.pack.classification).toBe('restricted');
    expect(s.revision).toBe(2);
  });

  it('adds, replies to and resolves a comment; section edits leave it alone', () => {
    const s0 = opened();
    const item = s0.pack.items[2]!;
    const text = (item.source[0]!.children as { text: string }[])[0]!.text;
    const quote = text.slice(0, 9);
    let s = run(s0, {
      type: 'add-comment',
      itemId: item.id,
      comment: { id: 'c1', anchor: { block: 0, start: 0, end: 9, quote }, author: 'Jan', createdAt: '2025-02-01T09:00:00.000Z', text: 'Klopt dit?' },
    });
    s = run(
      s,
      { type: 'reply-comment', itemId: item.id, commentId: 'c1', reply: { id: 'r1', author: 'Piet', createdAt: '2025-02-01T10:00:00.000Z', text: 'Ja.' } },
      { type: 'edit-section', itemId: item.id, key: 'doel', value: [{ type: 'paragraph', children: [{ text: 'Doel' }] }] },
      { type: 'resolve-comment', itemId: item.id, commentId: 'c1', resolved: true },
    );
    const [comment] = s.pack.items[2]!.comments;
    expect(comment).toMatchObject({ id: 'c1', resolved: true, anchor: { quote } });
    expect(comment!.replies.map((r) => r.text)).toEqual(['Ja.']);
  });

  it('switches between the overview and an item', () => {
    const s0 = opened();
    const s = run(s0, { type: 'show', view: 'overview' });
    expect(s.view).toBe('overview');
    expect(run(s, { type: 'select', itemId: s0.pack.items[1]!.id }).view).toBe('item');
  });
});
