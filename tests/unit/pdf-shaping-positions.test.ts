/**
 * The PDF exporter shapes text with the positioning features off (render.ts, POSITIONING_OFF),
 * because it keeps only the glyphs. This shows they are the glyphs full shaping gives, for every
 * font, on the sample pack's text and on text where ligatures and marks could form.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { POSITIONING_OFF } from '../../core/export/pdf/render';
import { PROJECT_ROOT } from '../../host/paths';
import { SAMPLE_LETTER } from '../helpers/sample';

const FONTS = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((style) => `LiberationSans-${style}.ttf`);
const TRICKY = 'office ﬁle ﬄow affluent Æsop café naïve é (e + U+0301) Ĳssel “quoted” — 1½ AV Wa To fi fl ffi ffl';

async function glyphCodes(fontFile: string, texts: readonly string[], features?: Record<string, boolean>): Promise<string[]> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(path.join(PROJECT_ROOT, 'assets', 'fonts', fontFile)), { subset: true, ...(features && { features }) });
  return texts.map((text) => font.encodeText(text).asString());
}

describe('shaping without positioning features', () => {
  const texts = [TRICKY, 'e\u0301 a\u0308 o\u0302', ...SAMPLE_LETTER.split('\n').filter((line) => line.trim())];

  it.each(FONTS)('gives the glyphs of full shaping in %s', async (fontFile) => {
    const full = await glyphCodes(fontFile, texts);
    const withoutPositions = await glyphCodes(fontFile, texts, POSITIONING_OFF);
    expect(withoutPositions).toEqual(full);
    // A shaping that dropped glyphs or characters would fail above; this checks the texts were shaped at all.
    expect(full.join('').length).toBeGreaterThan(SAMPLE_LETTER.length * 2);
  });
});
