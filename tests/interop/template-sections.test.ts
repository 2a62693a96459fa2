/**
 * A Dutch pack exported through templates whose section keys differ (issue
 * 15): nothing may disappear. Read back by poppler (pdftotext), qpdf and
 * python-docx: every key message is there under the template's own label,
 * sections the template has no place for stand under their own label, and
 * the document is tagged in the pack's language, not the template's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserError } from '../../core/i18n/errors';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { builtInTemplate, BUILT_IN_TEMPLATE_IDS, exportFonts } from '../helpers/docx';
import { installed, pythonWithDocx } from '../helpers/tools';

const ITEMS = 100;
const MEETING = 'Bijeenkomst van de NAVO-ministers van Defensie';
const catalog = BUILT_IN_TEMPLATE_IDS.map((id) => builtInTemplate(id));

const text = (line: string): RichText => [{ type: 'paragraph', children: [{ text: line }] }];
const keyMessage = (n: number) => `Kernboodschap nummer ${n} blijft staan.`;
const position = (n: number) => `Inzet nummer ${n} van Nederland.`;
const purpose = (n: number) => `Doel nummer ${n} van het agendapunt.`;

/** A Dutch pack of 100 items, each with a key message, a purpose and the Dutch position. */
function dutchPack(): BriefingPack {
  const pack = syntheticPack(ITEMS);
  // Final, so no DRAFT watermark runs through the lines pdftotext -layout reads.
  pack.status = 'final';
  pack.items = pack.items.map((item, i) => ({
    ...item,
    status: 'approved',
    sections: { doel: text(purpose(i + 1)), kernboodschap: text(keyMessage(i + 1)), 'nl-inzet': text(position(i + 1)) },
  }));
  return pack;
}

interface Exported {
  pdf: string;
  docx: string;
  warnings: UserError[];
}

let dir: string;
const exported: Record<string, Exported> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'template-sections-'));
  const pack = dutchPack();
  for (const id of ['en-nato-ministerial', 'speaking-notes']) {
    const template = builtInTemplate(id);
    const assets = await exportFonts(template);
    const warnings: UserError[] = [];
    const options = { templates: catalog, onWarning: (w: UserError) => warnings.push(w) };
    const contents = { pack, annexFiles: new Map() };
    const pdf = path.join(dir, `${id}.pdf`);
    const docx = path.join(dir, `${id}.docx`);
    writeFileSync(pdf, (await exportPdfWithReport(contents, template, assets, options)).bytes);
    writeFileSync(docx, await exportDocx(contents, template, assets, { templates: catalog }));
    exported[id] = { pdf, docx, warnings };
  }
}, 120_000);

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** The paragraphs of a DOCX as python-docx reads them, one per line. */
function docxParagraphs(file: string): string[] {
  const script = 'import sys, docx\nfor p in docx.Document(sys.argv[1]).paragraphs: print(p.text)';
  return execFileSync(pythonWithDocx!, ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n');
}

/** Does `label` stand on a line of its own right before `content`? */
function labelledIn(lines: readonly string[], label: string, content: string): boolean {
  const at = lines.findIndex((line) => line.trim() === content);
  return at > 0 && lines.slice(Math.max(0, at - 3), at).some((line) => line.trim() === label);
}

const EXPECTED = {
  // Key messages and purpose correspond; the Dutch position has no place in the English template.
  // The title loses the English "Briefing pack" before the Dutch meeting name.
  // Its paragraphs carry the items' level (restricted, national system) as the English paragraph marking.
  'en-nato-ministerial': {
    paragraphMarking: '(R) ',
    keyLabel: 'Key messages',
    placed: [{ label: 'Objective', text: purpose }],
    unplaced: [{ label: 'NL-inzet', text: position }],
    pdfTitle: MEETING,
    docxTitle: `${MEETING} (DMM)`,
  },
  // The speaking notes hold only key messages and talking points: the rest under its own label.
  'speaking-notes': {
    paragraphMarking: '',
    keyLabel: 'Kernboodschap',
    placed: [],
    unplaced: [
      { label: 'Doel', text: purpose },
      { label: 'NL-inzet', text: position },
    ],
    pdfTitle: `Briefingmap – ${MEETING}`,
    docxTitle: `Briefingmap: ${MEETING} (DMM)`,
  },
} as const;

describe.each(Object.entries(EXPECTED))('a Dutch pack through %s', (id, expected) => {
  it.skipIf(!installed('pdftotext'))('keeps every key message and every unplaced section, under its label, in the PDF', () => {
    const lines = pdfText(exported[id]!.pdf).split('\n');
    const all = lines.join('\n');
    for (let n = 1; n <= ITEMS; n++) expect(all).toContain(keyMessage(n));
    expect(labelledIn(lines, expected.keyLabel, expected.paragraphMarking + keyMessage(1))).toBe(true);
    for (const section of [...expected.placed, ...expected.unplaced]) {
      for (let n = 1; n <= ITEMS; n++) expect(all).toContain(section.text(n));
      expect(labelledIn(lines, section.label, expected.paragraphMarking + section.text(ITEMS))).toBe(true);
    }
  });

  it.skipIf(!pythonWithDocx)('keeps every key message and every unplaced section, under its label, in the DOCX', () => {
    const lines = docxParagraphs(exported[id]!.docx);
    for (let n = 1; n <= ITEMS; n++) expect(labelledIn(lines, expected.keyLabel, expected.paragraphMarking + keyMessage(n))).toBe(true);
    for (const section of [...expected.placed, ...expected.unplaced]) {
      for (let n = 1; n <= ITEMS; n++) expect(labelledIn(lines, section.label, expected.paragraphMarking + section.text(n))).toBe(true);
    }
  });

  it('warns once per unplaced section, naming it and how many items hold it', () => {
    const warnings = exported[id]!.warnings;
    expect(warnings.map((w) => [w.code, w.params.label, w.params.count])).toEqual(
      expected.unplaced.map((s) => ['export.unplaced-section', s.label, ITEMS]),
    );
    expect(warnings[0]!.describe('en')).toMatch(new RegExp(`^Template ${id} has no section for "${expected.unplaced[0].label}"`));
  });

  it.skipIf(!installed('qpdf'))('tags the PDF in the pack\'s language (/Lang), and titles it without mixing languages', () => {
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', exported[id]!.pdf], { encoding: 'utf8', maxBuffer: 256 << 20 })) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const objects = json.qpdf[1];
    const trailer = objects.trailer!.value as { '/Root': string };
    const root = objects[`obj:${trailer['/Root']}`]!.value as { '/Lang': string };
    expect(root['/Lang']).toBe('u:nl-NL');
    const info = execFileSync('pdfinfo', [exported[id]!.pdf], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Title:\\s+${expected.pdfTitle}$`, 'm'));
  });

  it.skipIf(!pythonWithDocx)('tags the DOCX in the pack\'s language (w:lang), and titles it without mixing languages', () => {
    const script = [
      'import sys, docx',
      'd = docx.Document(sys.argv[1])',
      "print(d.styles.element.xpath('w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val')[0])",
      'print(d.core_properties.title)',
    ].join('\n');
    const [lang, title] = execFileSync(pythonWithDocx!, ['-c', script, exported[id]!.docx], { encoding: 'utf8' }).trim().split('\n');
    expect(lang).toBe('nl-NL');
    expect(title).toBe(expected.docxTitle);
  });
});
