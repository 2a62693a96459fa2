/**
 * The one undo history of an open pack (core/collab/pack-history): steps
 * across items in reverse order, typing grouped per section, workflow fields
 * and reorders undone, redo, and a colleague's merged edit left alone.
 */
import { describe, expect, it } from 'vitest';
import { PackHistory } from '../../core/collab/pack-history';
import type { BriefingPack } from '../../core/model/pack';
import * as ops from '../../core/model/pack-ops';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';

const paragraph = (text: string): RichText => [{ type: 'paragraph', children: [{ text }] }];

function withSection(pack: BriefingPack, itemId: string, key: string, text: string): BriefingPack {
  return { ...pack, items: pack.items.map((item) => (item.id === itemId ? { ...item, sections: { ...item.sections, [key]: paragraph(text) } } : item)) };
}

const sectionText = (pack: BriefingPack, index: number, key = 'kernboodschap') => plainLines(pack.items[index]!.sections[key] ?? []).join('\n');

describe('PackHistory', () => {
  const start = syntheticPack(5);
  const [a, b] = [start.items[0]!.id, start.items[1]!.id];

  it('undoes edits in two items in reverse order, across the switch, and redoes them', () => {
    const history = new PackHistory(start, { captureTimeout: 0 });
    const one = withSection(start, a, 'kernboodschap', 'A een');
    history.record(one, `section:${a}`);
    const two = withSection(one, b, 'kernboodschap', 'B twee');
    history.record(two, `section:${b}`);
    const three = withSection(two, a, 'kernboodschap', 'A een drie');
    history.record(three, `section:${a}`);

    expect(sectionText(history.undo()!, 0)).toBe('A een');
    const afterTwo = history.undo()!;
    expect(sectionText(afterTwo, 1)).toBe(sectionText(start, 1));
    expect(sectionText(afterTwo, 0)).toBe('A een');
    expect(sectionText(history.undo()!, 0)).toBe(sectionText(start, 0));
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBeNull();

    history.redo();
    history.redo();
    const redone = history.redo()!;
    expect(sectionText(redone, 0)).toBe('A een drie');
    expect(sectionText(redone, 1)).toBe('B twee');
    expect(history.canRedo).toBe(false);
  });

  it('groups quick typing in one section into one step, and never across sections', () => {
    const history = new PackHistory(start, { captureTimeout: 60_000 });
    let pack = start;
    for (const text of ['V', 'Vo', 'Voo', 'Voor']) history.record((pack = withSection(pack, a, 'kernboodschap', text)), `section:${a}:kernboodschap`);
    history.record((pack = withSection(pack, a, 'achtergrond', 'X')), `section:${a}:achtergrond`);
    expect(sectionText(history.undo()!, 0, 'achtergrond')).toBe(sectionText(start, 0, 'achtergrond'));
    const back = history.undo()!;
    expect(sectionText(back, 0)).toBe(sectionText(start, 0));
    expect(history.canUndo).toBe(false);
  });

  it('undoes status, owner, classification, template and a reorder, each as its own step', () => {
    const history = new PackHistory(start, { captureTimeout: 60_000 });
    const steps: [string, (pack: BriefingPack) => BriefingPack][] = [
      ['status', (pack) => ops.setItemStatus(pack, a, 'approved')],
      ['owner', (pack) => ops.setOwner(pack, a, 'J. de Vries')],
      ['classification', (pack) => ops.setItemClassification(pack, a, 'confidential')],
      ['template', (pack) => ({ ...pack, templateId: 'en-ministerial-briefing' })],
      ['move', (pack) => ops.moveItem(pack, a, 1)],
    ];
    const packs = [start];
    for (const [group, change] of steps) {
      packs.push(change(packs.at(-1)!));
      history.record(packs.at(-1)!, group);
    }
    const fields = (pack: BriefingPack) => [pack.templateId, ...pack.items.map((item) => [item.id, item.status, item.owner, item.classification])];
    for (let i = packs.length - 2; i >= 0; i--) expect(fields(history.undo()!)).toEqual(fields(packs[i]!));
    expect(history.canUndo).toBe(false);
  });

  it('never undoes a colleague’s merged edit, and keeps it when undoing around it', () => {
    const history = new PackHistory(start, { captureTimeout: 0 });
    const mine = withSection(start, a, 'kernboodschap', 'mijn tekst');
    history.record(mine, `section:${a}`);
    const merged = withSection(mine, b, 'kernboodschap', 'tekst van een collega');
    history.merge(merged);
    const back = history.undo()!;
    expect(sectionText(back, 0)).toBe(sectionText(start, 0));
    expect(sectionText(back, 1)).toBe('tekst van een collega');
    expect(history.canUndo).toBe(false);
  });

  it('keeps unchanged items as the same objects after an undo, and the versions as they are', () => {
    const history = new PackHistory(start, { captureTimeout: 0 });
    history.record(ops.setItemStatus(start, a, 'approved'), 'status');
    const back = history.undo()!;
    expect(back.items[0]!.status).toBe(start.items[0]!.status);
    expect(back.items.slice(1).every((item, i) => item === start.items[i + 1])).toBe(true);
  });
});

