/**
 * The built-in templates: each parses, both exporters export the sample pack
 * with it, and the DOCX shows that template's labels, language and marking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportAssets } from '../../core/export/assets';
import { EXPORTERS } from '../../core/export/registry';
import { parseTemplate } from '../../core/template/load';
import { loadExportAssets } from '../../host/assets';
import { PROJECT_ROOT } from '../../host/paths';
import { loadTemplates } from '../../host/templates';
import { annotatedSample, BUILT_IN_TEMPLATE_IDS, builtInTemplate, paragraphs, part, partText, sectionPart, unzipDocx } from '../helpers/docx';

const TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');

describe('built-in templates', () => {
  it('ships exactly the three built-ins, each a folder whose template.json parses', async () => {
    const folders = readdirSync(TEMPLATES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders).toEqual([...BUILT_IN_TEMPLATE_IDS].sort());
    for (const id of folders) {
      const template = parseTemplate(JSON.parse(readFileSync(path.join(TEMPLATES_DIR, id, 'template.json'), 'utf8')), id);
      expect(template.name.nl.length).toBeGreaterThan(0);
      expect(template.name.en.length).toBeGreaterThan(0);
    }
    const catalog = await loadTemplates(TEMPLATES_DIR, null, 'en');
    expect(catalog.problems).toEqual([]);
    expect(catalog.templates.map((t) => t.id).sort()).toEqual([...BUILT_IN_TEMPLATE_IDS].sort());
  });

  it('gives the NATO template English labels and sections, and the speaking notes large type and two sections', () => {
    const nato = builtInTemplate('en-nato-ministerial');
    expect(nato.language).toBe('en');
    expect(nato.sections.map((s) => s.label)).toEqual(['Objective', 'Key messages', 'Talking points', 'Background', 'Lines to take']);
    expect(nato.labels).toMatchObject({ contents: 'Contents', draft: 'DRAFT', final: 'FINAL', introduction: 'Introduction' });
    const notes = builtInTemplate('speaking-notes');
    expect(notes.language).toBe('nl');
    expect(notes.sections.map((s) => s.key)).toEqual(['kernboodschap', 'spreekpunten']);
    expect(notes.sizes.body).toBeGreaterThanOrEqual(14);
    expect(notes).toMatchObject({ includeSourceText: false, tableOfContents: false, includeIntroduction: false });
  });
});

const EXPECTED = {
  'nl-ministeriele-briefing': { lang: 'nl-NL', marking: 'ONGERUBRICEERD', contents: true, source: 'Uit de geannoteerde agenda', body: 18, paragraphMarking: '' },
  // The sample is a Dutch pack: its document language stays Dutch whatever the template's labels.
  // Its items are unclassified (national system): the NATO template marks each annotation paragraph (U).
  'en-nato-ministerial': { lang: 'nl-NL', marking: 'UNCLASSIFIED', contents: true, source: 'From the annotated agenda', body: 20, paragraphMarking: '(U) ' },
  'speaking-notes': { lang: 'nl-NL', marking: 'ONGERUBRICEERD', contents: false, source: null, body: 28, paragraphMarking: '' },
} as const;

describe.each(BUILT_IN_TEMPLATE_IDS.map((id) => [id]))('the sample pack exported with %s', (id) => {
  const template = builtInTemplate(id);
  const pack = annotatedSample(template);
  const expected = EXPECTED[id];
  let assets: ExportAssets;
  let parts: Record<string, string>;

  beforeAll(async () => {
    assets = await loadExportAssets(template, path.join(PROJECT_ROOT, 'assets'));
    parts = unzipDocx(await EXPORTERS.docx({ pack, annexFiles: new Map() }, template, assets));
  });

  it('exports a PDF too', async () => {
    const pdf = await EXPORTERS.pdf({ pack, annexFiles: new Map() }, template, assets);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it("shows the template's section labels under every item, in its order", () => {
    const body = paragraphs(part(parts, 'word/document.xml'));
    const titles = body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(titles).toEqual([...pack.items.map((i) => i.title), template.labels.annexes]);
    const labels = body.filter((p) => p.style === 'Heading2').map((p) => p.text);
    const perItem = [...(expected.source ? [expected.source] : []), ...template.sections.map((s) => s.label)];
    expect(labels).toEqual(pack.items.flatMap(() => perItem));
    for (const item of pack.items) {
      for (const section of template.sections) expect(body.map((p) => p.text)).toContain(`${expected.paragraphMarking}${section.label}: ${item.title}`);
    }
  });

  it('writes its language, body size and marking, and the contents only when the template has one', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toContain(`<w:lang w:val="${expected.lang}"/>`);
    expect(styles).toMatch(new RegExp(`<w:rPrDefault><w:rPr>.*?<w:sz w:val="${expected.body}"/>`));
    for (const kind of ['header', 'footer'] as const) {
      for (const type of ['default', 'first'] as const) expect(partText(sectionPart(parts, kind, type))).toContain(expected.marking);
    }
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml.includes(' TOC \\o')).toBe(expected.contents);
    expect(partText(documentXml)).toContain(template.labels.cover);
  });
});
