/**
 * Section keys that are names every object has (__proto__, constructor,
 * toString, hasOwnProperty) never reach Object.prototype, even where no
 * schema checked them: a template made in code, a pack record with such an
 * own key (JSON.parse makes one), a key in the editing state. Before, every
 * export failed with "value.some is not a function", and `__proto__` lost its
 * section by replacing the record's prototype.
 */
import { describe, expect, it } from 'vitest';
import { docFromPack, packFromDoc } from '../../core/collab/pack-doc';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { footnoteOffsetsByItem } from '../../core/export/footnote-numbers';
import type { BriefingPack } from '../../core/model/pack';
import { packOverview } from '../../core/model/pack-ops';
import { paragraphsFromText, type RichText } from '../../core/model/rich-text';
import { comparePacks } from '../../core/model/versions';
import { parseTemplate } from '../../core/template/load';
import { resolvePackSections } from '../../core/template/resolve-sections';
import type { Template } from '../../core/template/schema';
import { builtInTemplate, exportFonts, unzipDocx } from '../helpers/docx';
import { samplePack } from '../helpers/sample';
import { userErrorOf } from '../helpers/user-error';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

function templateWith(key: string): Template {
  const template = builtInTemplate();
  return { ...template, sections: [...template.sections, { key, label: `Label ${key}` }] };
}

/** The sample pack with its first item holding `text` under `key`, as an own property (as JSON.parse makes it). */
function packWith(key: string, text: string): BriefingPack {
  const pack = samplePack().pack;
  const first = pack.items[0]!;
  const sections = JSON.parse(JSON.stringify(first.sections)) as Record<string, RichText>;
  Object.defineProperty(sections, key, { value: paragraphsFromText([text]), enumerable: true, writable: true, configurable: true });
  return { ...pack, items: [{ ...first, sections }, ...pack.items.slice(1)] };
}

describe.each(KEYS)('the section key %s', (key) => {
  it('is refused by the template schema in one line, as a key and in sameAs', () => {
    const raw = JSON.parse(JSON.stringify(builtInTemplate())) as { sections: { key: string; label: string; sameAs?: string[] }[] };
    const asKey = JSON.parse(JSON.stringify(raw)) as typeof raw;
    asKey.sections[0]!.key = key;
    const asSameAs = JSON.parse(JSON.stringify(raw)) as typeof raw;
    asSameAs.sections[0]!.sameAs = [key];
    for (const [template, where] of [[asKey, 'sections[0].key'], [asSameAs, 'sections[0].sameAs[0]']] as const) {
      const line = userErrorOf(() => parseTemplate(template, 'nl-ministeriele-briefing')).describe('en');
      expect(line).toBe(`Template "nl-ministeriele-briefing" is broken: ${where}: must be 1-64 letters, digits, - or _, starting with a letter or digit, and not a name such as constructor.`);
    }
  });

  it('in a template made in code: PDF and DOCX export, and no item gains a section it does not have', async () => {
    const template = templateWith(key);
    const pack = samplePack().pack;
    const resolved = resolvePackSections(pack, template);
    for (const item of resolved.pack.items) {
      expect(Object.hasOwn(item.sections, key)).toBe(false);
      expect(Object.getPrototypeOf(item.sections)).toBe(Object.prototype);
    }
    const assets = await exportFonts(template);
    const pdf = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, assets);
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    const docx = unzipDocx(await exportDocx({ pack, annexFiles: new Map() }, template, assets));
    expect(docx['word/document.xml']).toContain('Afschrikking en verdediging');
  });

  it('as an own key of a pack\'s section record: kept, placed by the template, exported', async () => {
    const template = templateWith(key);
    const pack = packWith(key, `Tekst onder ${key}.`);
    const resolved = resolvePackSections(pack, template);
    const first = resolved.pack.items[0]!;
    expect(Object.hasOwn(first.sections, key)).toBe(true);
    expect(Object.getPrototypeOf(first.sections)).toBe(Object.prototype);
    expect(footnoteOffsetsByItem(pack, template).get(pack.items[0]!.id)?.sections).toBeDefined();
    const docx = unzipDocx(await exportDocx({ pack, annexFiles: new Map() }, template, await exportFonts(template)));
    expect(docx['word/document.xml']).toContain(`Tekst onder ${key}.`);
  });

  it('in the overview, a comparison of versions and the editing state', () => {
    const pack = samplePack().pack;
    expect(packOverview(pack, [key]).items.every((item) => item.missing.includes(key))).toBe(true);
    const after = packWith(key, 'Nieuw.');
    const change = comparePacks(pack, after).changed.find((item) => item.id === pack.items[0]!.id);
    expect(change?.sections.find((section) => section.key === key)?.diff.added).toBe(1);
    const roundTrip = packFromDoc(docFromPack(after)).items[0]!.sections;
    expect(Object.hasOwn(roundTrip, key)).toBe(true);
    expect(Object.getPrototypeOf(roundTrip)).toBe(Object.prototype);
  });
});
