/**
 * A heading inside a section (the rich-text heading element) looks different
 * from the section label above it (issue 15), as readers see them: pdf.js's
 * text items carry the font and size, python-docx the paragraph style and its
 * font. Every built-in template.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import type { Template } from '../../core/template/schema';
import { BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportFonts, exportPack } from '../helpers/docx';
import { pythonWithDocx } from '../helpers/tools';

const HEADING = 'Kop binnen de sectie';

/** One item whose first section opens with a heading, then a paragraph. */
function packWithHeading(template: Template): BriefingPack {
  const base = syntheticPack(1);
  const value: RichText = [
    { type: 'heading', children: [{ text: HEADING }] },
    { type: 'paragraph', children: [{ text: 'De tekst onder de kop.' }] },
  ];
  return { ...base, items: [{ ...base.items[0]!, sections: { [template.sections[0]!.key]: value } }] };
}

interface Run {
  text: string;
  font: string;
  size: number;
}

/** Every text item of every page with its font's name (the embedded font, resolved) and size. */
async function pdfRuns(bytes: Uint8Array): Promise<Run[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  const runs: Run[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList();
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const font = (page.commonObjs.get(item.fontName) as { name?: string } | undefined)?.name ?? item.fontName;
      runs.push({ text: item.str.trim(), font, size: Math.hypot(item.transform[0]!, item.transform[1]!) });
    }
  }
  await doc.destroy();
  return runs;
}

const cases = BUILT_IN_TEMPLATE_IDS.map((id) => ({ id, template: builtInTemplate(id) }));

describe('a heading inside a section against the section label', () => {
  it.each(cases)('$id: pdf.js reads another font for the heading than for the label', async ({ template }) => {
    const pack = packWithHeading(template);
    const { bytes } = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await exportFonts(template));
    const runs = await pdfRuns(bytes);
    const label = runs.find((r) => r.text === template.sections[0]!.label)!;
    const heading = runs.find((r) => r.text === HEADING)!;
    expect(label).toBeDefined();
    expect(heading).toBeDefined();
    expect(heading.font).not.toBe(label.font);
    expect(heading.font).toMatch(/BoldItalic/);
    expect(heading.size).toBeLessThan(label.size);
  });

  it.skipIf(!pythonWithDocx).each(cases)('$id: python-docx reads Heading 3, italic and in the text colour, under a Heading 2 label', async ({ template }) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'text-headings-')), 'pack.docx');
    writeFileSync(file, await exportPack(packWithHeading(template), template));
    const script = [
      'import docx, json, sys',
      'd = docx.Document(sys.argv[1])',
      'def look(p):',
      '    s = p.style',
      '    c = s.font.color.rgb if s.font.color is not None and s.font.color.type is not None else None',
      '    return {"style": s.name, "italic": bool(s.font.italic), "bold": bool(s.font.bold), "color": str(c) if c is not None else None, "size": s.font.size.pt if s.font.size else None}',
      'print(json.dumps({p.text: look(p) for p in d.paragraphs if p.text.strip()}))',
    ].join('\n');
    const looks = JSON.parse(execFileSync(pythonWithDocx!, ['-c', script, file], { encoding: 'utf8' })) as Record<string, { style: string; italic: boolean; bold: boolean; color: string | null; size: number }>;
    const label = looks[template.sections[0]!.label]!;
    const heading = looks[HEADING]!;
    expect(label).toMatchObject({ style: 'Heading 2', italic: false, bold: true, color: template.colors.heading.toUpperCase() });
    expect(heading).toMatchObject({ style: 'Heading 3', italic: true, bold: true, color: template.colors.text.toUpperCase() });
    expect(heading.size).toBeLessThan(label.size);
  });
});
