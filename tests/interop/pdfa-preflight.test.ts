/**
 * Issue 20: Apache PDFBox Preflight over the PDF exports of every built-in
 * template, plain, with comments shown as annotations, with an appended
 * annex, and with both. Preflight checks PDF/A-1b only; the exports claim
 * PDF/A-2b, so its errors are read against the PDF/A-2 rules: an error that
 * only PDF/A-1 makes is listed below with the rule PDF/A-2 has instead, and
 * any other error fails. All files are checked in one Java run (Preflight's
 * batch mode), since the JVM's start is most of the time.
 * Debian: libpdfbox2-java, default-jre-headless, and the two libraries
 * Preflight's command line needs and the package does not pull in,
 * libactivation-java and libjaxb-api-java (installed by .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { UserError } from '../../core/i18n/errors';
import type { BriefingPack, SourceComment } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { annotatedSample, builtInTemplate, exportFonts } from '../helpers/docx';
import { works } from '../helpers/tools';

const ROOT = path.resolve(import.meta.dirname, '../..');
const JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'].map((name) => `/usr/share/java/${name}.jar`);
const hasPreflight = works('java', ['-version']) && JARS.every((jar) => existsSync(jar));

interface Exception {
  code: string;
  message: RegExp;
  reason: string;
}

/** Errors Preflight reports under PDF/A-1b that PDF/A-2b (ISO 19005-2) allows. */
const PDF_A1_ONLY: readonly Exception[] = [
  {
    code: '1.4',
    message: /cross reference streams are not allowed/,
    reason: 'PDF/A-1 is based on PDF 1.4; PDF/A-2 (on ISO 32000-1) allows cross-reference streams and object streams.',
  },
  {
    code: '3.1.11',
    message: /CIDSet entry is missing/,
    reason: "PDF/A-1 requires a CIDSet in a subset CID font's descriptor; PDF/A-2 (6.2.11.4.2) makes it optional.",
  },
  {
    code: '4.1.3',
    message: /BlendMode value isn't valid/,
    reason: 'PDF/A-1 forbids transparency; PDF/A-2 (6.2.10) allows every blend mode of ISO 32000-1, here Multiply (highlights, the watermark on annex pages).',
  },
  {
    code: '7.11.2',
    message: /part must be 1/,
    reason: 'The XMP names part 2 (pdfaid:part 2, conformance B): the claim is PDF/A-2b, not PDF/A-1.',
  },
];

/** With an annex the export cannot normalise the claim is left out on purpose, and the export's warnings say why. */
const NO_CLAIM_WITH_ANNEX: Exception = {
  code: '7.11',
  message: /PDF\/A identification/i,
  reason: 'A pack whose appended annex uses a font that is not embedded does not claim PDF/A (no pdfaid in its XMP).',
};

/** What Preflight finds in that annex: Helvetica without its program or widths, the reason the claim is dropped. */
const UNEMBEDDED_FONT: readonly Exception[] = [
  { code: '3.1.1', message: /Helvetica: some required fields are missing/, reason: 'A standard font is written without its widths.' },
  { code: '3.1.3', message: /Helvetica: FontFile entry is missing/, reason: 'A standard font is not embedded.' },
];

const comment: SourceComment = {
  id: 'c1',
  anchor: { block: 0, start: 3, end: 12, quote: '' },
  author: 'J. de Vries',
  createdAt: '2025-02-01T10:00:00Z',
  text: 'Graag bronvermelding',
  resolved: false,
  replies: [],
};

/** An annex that is itself clean (its font embedded, a link of its own), so what Preflight finds on its pages is the export's doing. */
async function cleanAnnex(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(path.join(ROOT, 'assets/fonts/LiberationSans-Regular.ttf')), { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  for (let y = 830, n = 1; y > 0; y -= 13, n++) page.drawText(`Bijlageregel ${n} uit het verslag`, { x: 4, y, size: 11, font });
  const { context } = doc;
  page.node.addAnnot(context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [4, 820, 200, 842], F: 4, A: { S: 'URI', URI: PDFString.of('https://example.org/') } })));
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  return doc.save({ useObjectStreams: false });
}

/** An annex in one of the standard fonts, not embedded: no export can make it PDF/A. */
async function unembeddedAnnex(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText('Bijlageregel uit het verslag', { x: 40, y: 700, size: 11, font });
  return doc.save({ useObjectStreams: false });
}

interface Variant {
  name: string;
  comments: boolean;
  /** The annex appended: none, one the export can normalise, or one whose font is not embedded. */
  annex: 'clean' | 'unembedded' | null;
}

const VARIANTS: readonly Variant[] = [
  { name: 'plain', comments: false, annex: null },
  { name: 'comments', comments: true, annex: null },
  { name: 'annex', comments: false, annex: 'clean' },
  { name: 'comments-annex', comments: true, annex: 'clean' },
  { name: 'unembedded-annex', comments: false, annex: 'unembedded' },
];

const TEMPLATE_IDS = readdirSync(path.join(ROOT, 'templates')).filter((id) => existsSync(path.join(ROOT, 'templates', id, 'template.json')));
const cases = TEMPLATE_IDS.flatMap((id) => VARIANTS.map((variant) => ({ id, ...variant, file: `${id}-${variant.name}.pdf` })));

function packFor(id: string, variant: Variant, annexSize: number): BriefingPack {
  const sample = annotatedSample(builtInTemplate(id));
  const source: RichText = [{ type: 'paragraph', children: [{ text: 'De NAVO-top in Den Haag bespreekt de capaciteitsdoelen.' }] }];
  return {
    ...sample,
    items: sample.items.map((item, i) => (i === 0 && variant.comments ? { ...item, source, comments: [comment] } : item)),
    annexes: variant.annex ? [{ id: 'verslag', title: 'Verslag', fileName: 'verslag.pdf', mediaType: 'application/pdf', size: annexSize }] : [],
  };
}

interface Finding {
  code: string;
  message: string;
}

/** Preflight's text report, per file name: its errors (none for a valid file). */
function parseReport(report: string): Map<string, Finding[]> {
  const files = new Map<string, Finding[]>();
  let current: Finding[] | null = null;
  for (const line of report.split('\n')) {
    const head = /^The file (\S+) is (not )?a valid PDF\/A-1b file/.exec(line);
    if (head) files.set(head[1]!, (current = []));
    const error = /^(\d+(?:\.\d+)*) : (.*)$/.exec(line);
    if (error && current) current.push({ code: error[1]!, message: error[2]! });
  }
  return files;
}

let dir: string;
let report: Map<string, Finding[]>;
let output = '';
/** The export's warnings per file, in English. */
const warnings = new Map<string, string[]>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pdfa-preflight-'));
  const annexes = { clean: await cleanAnnex(), unembedded: await unembeddedAnnex() };
  for (const c of cases) {
    const template = builtInTemplate(c.id);
    const annex = c.annex ? annexes[c.annex] : new Uint8Array();
    const annexFiles = new Map(c.annex ? [['verslag', annex] as const] : []);
    const told: string[] = [];
    const onWarning = (warning: UserError) => told.push(warning.describe('en'));
    const pdf = await exportPdfWithReport({ pack: packFor(c.id, c, annex.length), annexFiles }, template, await exportFonts(template), { onWarning });
    warnings.set(c.file, told);
    writeFileSync(path.join(dir, c.file), pdf.bytes);
  }
  if (!hasPreflight) return;
  const list = path.join(dir, 'files.txt');
  writeFileSync(list, cases.map((c) => path.join(dir, c.file)).join('\n') + '\n');
  const run = spawnSync('java', ['-cp', JARS.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', 'batch', list], { encoding: 'utf8', timeout: 240_000 });
  output = `${run.stdout}\n${run.stderr}`;
  report = parseReport(run.stdout);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasPreflight)('PDFBox Preflight over the exports of every built-in template (skipped without Java and libpdfbox2-java)', () => {
  it('checked every file', () => {
    expect(TEMPLATE_IDS.length).toBeGreaterThanOrEqual(3);
    expect([...report.keys()].sort(), output).toEqual(cases.map((c) => c.file).sort());
  });

  it.each(cases)('$file: no error but those only PDF/A-1 makes', ({ file, annex }) => {
    const allowed = annex === 'unembedded' ? [...PDF_A1_ONLY, NO_CLAIM_WITH_ANNEX, ...UNEMBEDDED_FONT] : PDF_A1_ONLY;
    const unexpected = report.get(file)!.filter((finding) => !allowed.some((e) => e.code === finding.code && e.message.test(finding.message)));
    expect(unexpected).toEqual([]);
  });

  it.each(cases.filter((c) => c.annex !== 'unembedded'))('$file: claims PDF/A-2b (Preflight reads part 2 in its XMP), with no warning about it', ({ file }) => {
    expect(report.get(file)!.map((f) => f.code)).toContain('7.11.2');
    expect(warnings.get(file)!.filter((w) => w.includes('PDF/A'))).toEqual([]);
  });

  it.each(cases.filter((c) => c.annex === 'unembedded'))('$file: drops the claim and says why in one warning line', ({ file }) => {
    expect(report.get(file)!.map((f) => f.code)).not.toContain('7.11.2');
    expect(warnings.get(file)).toEqual(['The PDF does not claim PDF/A (archival): annex verslag.pdf uses a font that is not embedded on its page 1.']);
  });

  it("reads every font's ToUnicode map: no unused style embedded as an empty subset", () => {
    // PDFBox warns on stderr (not as a Preflight error) about a map it cannot read; the empty subsets of unused styles had one.
    expect(output).not.toMatch(/Invalid ToUnicode CMap/);
  });
});
