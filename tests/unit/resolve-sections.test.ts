import { describe, expect, it } from 'vitest';
import type { RichText } from '../../core/model/rich-text';
import { resolvePackSections, resolveSections, unplacedSections } from '../../core/template/resolve-sections';
import { syntheticPack } from '../../core/model/synthetic';
import { builtInTemplate, BUILT_IN_TEMPLATE_IDS } from '../helpers/docx';

const catalog = BUILT_IN_TEMPLATE_IDS.map((id) => builtInTemplate(id));
const en = builtInTemplate('en-nato-ministerial');
const nl = builtInTemplate('nl-ministeriele-briefing');
const text = (line: string): RichText => [{ type: 'paragraph', children: [{ text: line }] }];
const blank: RichText = [{ type: 'paragraph', children: [{ text: '' }] }];

describe('resolveSections', () => {
  it('places a Dutch section under the English one it corresponds to, and keeps the rest under its own label', () => {
    const resolved = resolveSections({ kernboodschap: text('a'), 'nl-inzet': text('b') }, en, catalog);
    expect(resolved.map((s) => [s.key, s.label, s.placed])).toEqual([
      ['objective', 'Objective', true],
      ['kernboodschap', 'Key messages', true],
      ['talking-points', 'Talking points', true],
      ['background', 'Background', true],
      ['lines-to-take', 'Lines to take', true],
      ['nl-inzet', 'NL-inzet', false],
    ]);
  });

  it('reads a correspondence declared only on the other side', () => {
    const oneSided = { ...nl, sections: nl.sections.map(({ key, label }) => ({ key, label })) };
    expect(resolveSections({ 'key-messages': text('a') }, oneSided, [en])[1]).toEqual({ key: 'key-messages', label: 'Kernboodschap', placed: true });
  });

  it('prefers the section with text, and keeps both when both have text', () => {
    expect(resolveSections({ 'key-messages': blank, kernboodschap: text('a') }, en, catalog)[1]!.key).toBe('kernboodschap');
    const both = resolveSections({ 'key-messages': text('a'), kernboodschap: text('b') }, en, catalog);
    expect(both[1]!.key).toBe('key-messages');
    expect(both.at(-1)).toEqual({ key: 'kernboodschap', label: 'Kernboodschap', placed: false });
  });

  it('keeps an emptied section in its place, so its editor does not move', () => {
    expect(resolveSections({ kernboodschap: blank }, en, catalog)[1]!.key).toBe('kernboodschap');
  });

  it('labels a key no template knows by the key itself', () => {
    expect(resolveSections({ 'eigen-kop': text('a') }, en, catalog).at(-1)).toEqual({ key: 'eigen-kop', label: 'eigen-kop', placed: false });
  });
});

describe('resolvePackSections', () => {
  it('re-keys every item to the template and adds the unplaced sections, losing no text', () => {
    const pack = syntheticPack(3);
    pack.items[1]!.sections['nl-inzet'] = text('positie');
    const resolved = resolvePackSections(pack, en, catalog);
    expect(resolved.template.sections.map((s) => s.key)).toEqual(['objective', 'key-messages', 'talking-points', 'background', 'lines-to-take', 'nl-inzet']);
    for (const [i, item] of resolved.pack.items.entries()) {
      expect(item.sections['key-messages']).toBe(pack.items[i]!.sections.kernboodschap);
      expect(item.sections['talking-points']).toBe(pack.items[i]!.sections.spreekpunten);
    }
    expect(resolved.pack.items[1]!.sections['nl-inzet']).toEqual(text('positie'));
    expect(unplacedSections(pack, en, catalog).map((s) => [s.label, s.items.map((x) => x.index)])).toEqual([['NL-inzet', [1]]]);
  });
});
