/**
 * Wrapping: the plain-text path (one slice of the text per line) must break
 * exactly where the general word-by-word path does, with the same widths.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GlyphGuard } from '../../core/export/pdf/glyphs';
import { wrapWords, type Line } from '../../core/export/pdf/lines';
import { fontFileMetrics, type FontMetrics } from '../../core/export/pdf/metrics';
import { inlineWords, type InlineContext, type RunStyle } from '../../core/export/pdf/words';
import { wrapInline } from '../../core/export/pdf/wrap';
import type { InlineNode } from '../../core/model/rich-text';
import { parseTemplate } from '../../core/template/load';
import { loadExportAssets } from '../../host/assets';

const TEMPLATE_ID = 'nl-ministeriele-briefing';
const template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE_ID}/template.json`, 'utf8')), TEMPLATE_ID);
const base: RunStyle = { bold: false, italic: false, size: 9, color: '000000' };

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = fontFileMetrics((await loadExportAssets(template, 'assets')).fonts);
});

const context = (): InlineContext => ({ metrics, glyphs: new GlyphGuard(metrics), linkColor: '0000ff', addFootnote: () => 1, hyphenate: null });
const shape = (lines: readonly Line[]) => lines.map((l) => ({ text: l.parts.map((p) => p.fragment.text).join(''), width: l.width }));

/** Words of varied length and alphabet, the same for every run of the test. */
function sampleText(seed: number, words: number): string {
  const vocabulary = ['de', 'NAVO-ministers', 'defensie-industrie', 'Oekraïne', 'capaciteitsdoelstellingen', 'é', '€ 2,5 mld', '“Readiness”', 'a', 'Brussel,', 'W', 'iii'];
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(vocabulary[state % vocabulary.length]!);
  }
  return out.join(' ');
}

describe('wrapping plain text', () => {
  it('breaks where the general path breaks, with the same widths, at many line widths', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const nodes: InlineNode[] = [{ text: sampleText(seed, 40 + seed * 7) }];
      for (const width of [90, 150, 233.3, 400, 481.89]) {
        const fast = wrapInline(nodes, base, width, context());
        const general = wrapWords(inlineWords(nodes, base, context()), width, metrics);
        expect(shape(fast)).toEqual(shape(general));
      }
    }
  });

  it('takes the plain path for a plain leaf: one slice of the text per line', () => {
    const lines = wrapInline([{ text: sampleText(3, 120) }], base, 300, context());
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.parts.length === 1)).toBe(true);
  });

  it('leaves to the general path what it cannot take: bold runs, double spaces, breaks, words wider than the line', () => {
    const cases: { nodes: InlineNode[]; width: number }[] = [
      { nodes: [{ text: 'plain ' }, { text: 'bold', bold: true }, { text: ' again' }], width: 400 },
      { nodes: [{ text: 'two  spaces and  more' }], width: 400 },
      { nodes: [{ text: ' leading space' }], width: 400 },
      { nodes: [{ text: 'a line\nbreak' }], width: 400 },
      { nodes: [{ text: 'tab\there' }], width: 400 },
      { nodes: [{ text: 'short words then averyveryverylongwordthatcannotfit' }], width: 60 },
      { nodes: [{ text: 'underlined words here', underline: true }], width: 50 },
    ];
    for (const { nodes, width } of cases) {
      expect(shape(wrapInline(nodes, base, width, context()))).toEqual(shape(wrapWords(inlineWords(nodes, base, context()), width, metrics)));
    }
  });
});
