/**
 * Issue 16, paragraph markings: a NATO-marked pack with items at two levels
 * is exported by the real `briefing export` with the NATO template (which
 * asks for them) and with the Dutch template (which does not), as a plain
 * export, a recipient's copy and a Woo publication. Readers nobody here
 * wrote check the files: poppler's text and structure text of the PDF,
 * python-docx's paragraphs and runs of the DOCX. Every paragraph, quote and
 * list item of an annotation starts with its item's abbreviation; headings,
 * section labels, the agenda text and the introduction do not; with the
 * option off no paragraph starts with a bracketed marking.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classification } from '../../core/model/classification';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { pythonWithDocx, works } from '../helpers/tools';

const hasPoppler = works('pdftotext') && works('pdfinfo');
const FILLER = 'De bondgenoten spreken over de verdediging van het verdragsgebied en over de bijdragen die daarvoor nodig zijn in de komende jaren.';

/** The two items: their title, level and what each of their annotation paragraphs starts with. */
const ITEMS = [
  { n: 1, title: 'Eerste onderwerp', level: 'restricted' as Classification },
  { n: 2, title: 'Tweede onderwerp', level: 'secret' as Classification },
];
const opening = {
  paragraph: (n: number) => `Alinea een van punt ${n}:`,
  bullet: (n: number) => `Opsomming een van punt ${n}`,
  nested: (n: number) => `Opsomming diep van punt ${n}`,
  numbered: (n: number) => `Genummerd een van punt ${n}`,
  quote: (n: number) => `Citaat van punt ${n}`,
  linked: (n: number) => `Achtergrond van punt ${n}`,
};
const heading = (n: number) => `Tussenkop van punt ${n}`;
const source = (n: number) => `Agendatekst van punt ${n} zoals de brief hem geeft.`;
const INTRODUCTION = 'Inleiding van deze briefingmap.';

function annotation(n: number): { objective: RichText; background: RichText } {
  return {
    objective: [
      // Long enough to wrap: the marking belongs on its first line.
      { type: 'paragraph', children: [{ text: `${opening.paragraph(n)} ${FILLER} ${FILLER}` }] },
      { type: 'heading', children: [{ text: heading(n) }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: `${opening.bullet(n)}.` }] },
          { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: `${opening.nested(n)}.` }] }] },
        ],
      },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: `${opening.numbered(n)}.` }] }] },
      { type: 'block-quote', children: [{ text: `${opening.quote(n)}.` }] },
    ],
    background: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'Achtergrond' }] },
          { text: ` van punt ${n}, met een voetnoot` },
          { type: 'footnote', note: `Noot bij punt ${n}.`, children: [{ text: '' }] },
          { text: '.' },
        ],
      },
    ],
  };
}

function markedPack(): BriefingPack {
  const base = syntheticPack(2);
  const items: AgendaItem[] = ITEMS.map(({ n, title, level }, i) => ({
    ...base.items[i]!,
    title,
    classification: level,
    source: [{ type: 'paragraph', children: [{ text: source(n) }] }],
    sections: annotation(n),
  }));
  return {
    ...base,
    markingSystem: 'nato',
    classification: 'restricted',
    status: 'final',
    introduction: [{ type: 'paragraph', children: [{ text: INTRODUCTION }] }],
    items: items.map((item) => ({ ...item, status: 'approved' })),
  };
}

let dir: string;

function briefing(...args: string[]): void {
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'briefing.mjs'), '--lang', 'en', ...args], { encoding: 'utf8', cwd: dir });
  if (run.status !== 0) throw new Error(`briefing ${args.join(' ')}: ${run.stderr}`);
}

const EXPORTS = {
  nato: ['--template', 'en-nato-ministerial'],
  dutch: ['--template', 'nl-ministeriele-briefing'],
  copy: ['--template', 'en-nato-ministerial', '--recipient', 'Minister'],
  publication: ['--template', 'en-nato-ministerial', '--publication', '--date', '2026-12-03'],
} as const;
type Export = keyof typeof EXPORTS;

const file = (name: Export, format: 'pdf' | 'docx') => path.join(dir, `${name}.${format}`);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'paragraph-markings-'));
  writeFileSync(path.join(dir, 'pack.briefpack'), encodePack({ pack: markedPack(), annexFiles: new Map() }));
  for (const [name, args] of Object.entries(EXPORTS)) {
    for (const format of ['pdf', 'docx'] as const) briefing('export', 'pack.briefpack', '--format', format, ...args, '-o', `${name}.${format}`);
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdfLines = (pdf: string): string[] => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\n');

/** A list item's line starts with its bullet or number, then the paragraph. */
const LIST_MARKER = String.raw`(?:[•–◦]|\d+\.)?\s*`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A paragraph that starts with a marking in brackets, as printed: "(NR) ", "(Stg. C) ", "(R-UE/EU-R) ". */
const BRACKETED = /^\([A-Za-z][A-Za-z. /-]{0,14}\) /;

/** The one line holding `text`. */
function lineWith(lines: readonly string[], text: string): string {
  const found = lines.filter((line) => line.includes(text));
  expect(found, `one line with "${text}"`).toHaveLength(1);
  return found[0]!;
}

interface DocxParagraph {
  style: string;
  text: string;
  firstRun: { text: string; bold: boolean | null } | null;
}

/** Each paragraph's style, its text with the text of its links (python-docx 0.8's `text` leaves links out), and its first run. */
function docxParagraphs(docx: string): DocxParagraph[] {
  const script = [
    'import docx, json, sys',
    'from docx.oxml.ns import qn',
    'out = []',
    'for p in docx.Document(sys.argv[1]).paragraphs:',
    '    run = p.runs[0] if p.runs else None',
    '    text = "".join(t.text or "" for t in p._p.iter(qn("w:t")))',
    '    out.append({"style": p.style.name, "text": text, "firstRun": {"text": run.text, "bold": run.bold} if run is not None else None})',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync(pythonWithDocx!, ['-c', script, docx], { encoding: 'utf8', maxBuffer: 64 << 20 })) as DocxParagraph[];
}

function paragraphWith(paragraphs: readonly DocxParagraph[], text: string): DocxParagraph {
  const found = paragraphs.filter((p) => p.text.includes(text));
  expect(found, `one paragraph with "${text}"`).toHaveLength(1);
  return found[0]!;
}

/** What each export prints before an item's paragraphs, by item: NATO's abbreviations; a publication is unclassified. */
const MARKINGS: Record<Exclude<Export, 'dutch'>, readonly string[]> = {
  nato: ['(NR) ', '(NS) '],
  copy: ['(NR) ', '(NS) '],
  // Made public, the pack is unclassified and no longer in the NATO system: its paragraphs say so.
  publication: ['(U) ', '(U) '],
};

describe.skipIf(!hasPoppler)('the PDF, read by poppler', () => {
  describe.each(Object.entries(MARKINGS))('%s', (name, markings) => {
    it('starts every annotation paragraph, quote and list item with its item’s marking, on its first line', () => {
      const lines = pdfLines(file(name as Export, 'pdf'));
      ITEMS.forEach(({ n }, i) => {
        for (const start of Object.values(opening)) {
          expect(lineWith(lines, start(n))).toMatch(new RegExp(`^\\s*${LIST_MARKER}${escape(markings[i]!)}${escape(start(n))}`));
        }
      });
    });

    it('marks no heading, section label, item title, agenda text or introduction', () => {
      const lines = pdfLines(file(name as Export, 'pdf'));
      for (const { n } of ITEMS) {
        expect(lineWith(lines, heading(n)).trim()).toBe(heading(n));
        expect(lineWith(lines, source(n)).trim()).toBe(source(n));
      }
      expect(lineWith(lines, INTRODUCTION).trim()).toBe(INTRODUCTION);
      const labels = lines.filter((line) => /^\s*(Objective|Background|From the annotated agenda|Eerste onderwerp|Tweede onderwerp)\b/.test(line));
      // Each label and title, and the contents' entries: none marked.
      expect(labels.length).toBeGreaterThanOrEqual(8);
      expect(lines.filter((line) => /^\s*\((?:NR|NS|U)\)\s*(Objective|Background|Eerste|Tweede|Tussenkop)/.test(line))).toEqual([]);
    });
  });

  it('puts the marking in the paragraph’s own structure element (pdfinfo -struct-text)', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', file('nato', 'pdf')], { encoding: 'utf8' });
    // An element, then its text: the marking is the start of the paragraph's text, not an element of its own.
    const textAfter = (role: string, start: string): boolean =>
      new RegExp(String.raw`^(\s*)${role}(?: \(block\))?\n\1\s+"${escape(start)}`, 'm').test(tree);
    expect(textAfter('P', `(NR) ${opening.paragraph(1)}`)).toBe(true);
    expect(textAfter('P', `(NS) ${opening.paragraph(2)}`)).toBe(true);
    expect(textAfter('BlockQuote', `(NS) ${opening.quote(2)}`)).toBe(true);
    expect(textAfter('LBody', `(NR) ${opening.bullet(1)}`)).toBe(true);
    expect(textAfter('LBody', `(NS) ${opening.nested(2)}`)).toBe(true);
    expect(textAfter('P', `(NS) ${opening.linked(2)}`)).toBe(false);
    // A paragraph that starts with a link: the marking first, then the link's own element.
    expect(tree).toMatch(new RegExp(String.raw`^(\s*)P(?: \(block\))?\n\1\s+"\(NS\) "\n\1\s+Link`, 'm'));
  });

  it('with the Dutch template (markings off): no paragraph starts with a bracketed marking', () => {
    const lines = pdfLines(file('dutch', 'pdf'));
    for (const { n } of ITEMS) for (const start of Object.values(opening)) expect(lineWith(lines, start(n))).toMatch(new RegExp(`^\\s*${LIST_MARKER}${escape(start(n))}`));
    const marked = lines.filter((line) => BRACKETED.test(line.replace(new RegExp(`^\\s*${LIST_MARKER}`), '')));
    expect(marked).toEqual([]);
  });
});

describe.skipIf(!pythonWithDocx)('the DOCX, read by python-docx', () => {
  describe.each(Object.entries(MARKINGS))('%s', (name, markings) => {
    it('starts every annotation paragraph, quote and list item with its item’s marking as a bold run of its own', () => {
      const paragraphs = docxParagraphs(file(name as Export, 'docx'));
      ITEMS.forEach(({ n }, i) => {
        for (const start of Object.values(opening)) {
          const paragraph = paragraphWith(paragraphs, start(n));
          expect(paragraph.text.startsWith(`${markings[i]!}${start(n)}`), paragraph.text).toBe(true);
          expect(paragraph.firstRun).toEqual({ text: markings[i]!, bold: true });
        }
      });
    });

    it('marks no heading, section label, item title, agenda text or introduction', () => {
      const paragraphs = docxParagraphs(file(name as Export, 'docx'));
      const headings = paragraphs.filter((p) => /^Heading/.test(p.style));
      expect(headings.map((p) => p.text)).toEqual(expect.arrayContaining(['Eerste onderwerp', 'Objective', 'Background', heading(1), heading(2)]));
      expect(headings.filter((p) => BRACKETED.test(p.text))).toEqual([]);
      for (const { n } of ITEMS) expect(paragraphWith(paragraphs, source(n)).text).toBe(source(n));
      expect(paragraphWith(paragraphs, INTRODUCTION).text).toBe(INTRODUCTION);
    });
  });

  it('with the Dutch template (markings off): no paragraph starts with a bracketed marking', () => {
    const paragraphs = docxParagraphs(file('dutch', 'docx'));
    for (const { n } of ITEMS) for (const start of Object.values(opening)) expect(paragraphWith(paragraphs, start(n)).text.startsWith(start(n))).toBe(true);
    expect(paragraphs.filter((p) => BRACKETED.test(p.text))).toEqual([]);
  });
});
