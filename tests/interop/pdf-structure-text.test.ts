/**
 * The tagged PDF read as text, as a screen reader or a reflowing viewer reads
 * it: the structure tree's text of every built-in template's export, through
 * poppler (pdfinfo -struct-text) and pdf.js (getStructTree with the marked
 * content of getTextContent), compared word for word with the pack's text.
 * Then what the tree says besides the text: notes with an /ID their
 * reference points to, link annotations with /Contents, a nested list in the
 * body of its item, and subset fonts named with their subset tag (qpdf --json).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { installed } from '../helpers/tools';

const TEMPLATE_IDS = readdirSync('templates').sort();
const templateOf = (id: string): Template => parseTemplate(JSON.parse(readFileSync(`templates/${id}/template.json`, 'utf8')), id);

/** The synthetic pack with its two annotations under the template's first two section keys, so both are placed. */
function packFor(template: Template): BriefingPack {
  const pack = syntheticPack(3);
  const [first, second] = template.sections.map((s) => s.key);
  return {
    ...pack,
    templateId: template.id,
    items: pack.items.map((item) => ({ ...item, sections: { [first!]: item.sections.kernboodschap!, [second!]: item.sections.spreekpunten! } })),
  };
}

const words = (text: string): string => text.split(/\s+/).filter(Boolean).join(' ');

/** The synthetic items are restricted in the national system: the paragraph marking a template prints in its language. */
const RESTRICTED_PARAGRAPH_MARKING = { nl: '(DV) ', en: '(R) ' } as const;

/**
 * Every paragraph, list item, quote and footnote of what the template prints: the introduction, the agenda text,
 * the annotations, these read with their paragraph marking first where the template prints them (the synthetic
 * annotations hold no headings or tables, whose text would have none).
 */
function packTexts(pack: BriefingPack, template: Template): string[] {
  const notes = (value: RichText): string[] =>
    JSON.stringify(value)
      .match(/"note":"((?:[^"\\]|\\.)*)"/g)!
      .map((m) => JSON.parse(`{${m}}`).note as string);
  const marking = template.paragraphMarkings ? RESTRICTED_PARAGRAPH_MARKING[template.language] : '';
  const printed = [
    ...(template.includeIntroduction ? [{ value: pack.introduction, marking: '' }] : []),
    ...pack.items.flatMap((item) => [
      ...(template.includeSourceText ? [{ value: item.source, marking: '' }] : []),
      ...Object.values(item.sections).map((value) => ({ value, marking })),
    ]),
  ];
  const values = printed.map((p) => p.value);
  return [
    ...printed.flatMap((p) => plainLines(p.value).map((line) => p.marking + line)),
    ...values.flatMap((v) => (JSON.stringify(v).includes('"note"') ? notes(v) : [])),
  ].map(words);
}

interface PopplerNode {
  role: string;
  id: string | null;
  kids: PopplerNode[];
  text: string;
}

/** pdfinfo -struct-text as a tree: elements by indentation, their quoted text as leaves. */
function popplerTree(dump: string): PopplerNode {
  const root: PopplerNode = { role: 'root', id: null, kids: [], text: '' };
  const stack: { indent: number; node: PopplerNode }[] = [{ indent: -1, node: root }];
  for (const line of dump.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body || /^Object \d+ \d+$/.test(body)) continue;
    while (stack.at(-1)!.indent >= indent) stack.pop();
    const parent = stack.at(-1)!.node;
    if (body.startsWith('"')) {
      parent.kids.push({ role: '#text', id: null, kids: [], text: body.slice(1, -1) });
      continue;
    }
    const [, role, id] = /^(\w+)(?: <([^>]*)>)?/.exec(body)!;
    const node: PopplerNode = { role: role!, id: id ?? null, kids: [], text: '' };
    parent.kids.push(node);
    stack.push({ indent, node });
  }
  return root;
}

/** An element's text as read aloud, leaving out footnote references (the pack's text has no numbers there). */
function textOf(node: PopplerNode): string {
  if (node.role === '#text') return node.text;
  if (node.role === 'Reference') return '';
  return node.kids.map(textOf).join('');
}

const BLOCKS = new Set(['P', 'LBody', 'BlockQuote', 'Note', 'H1', 'H2', 'H3', 'TOCI']);
function blocks(node: PopplerNode, out: PopplerNode[] = []): PopplerNode[] {
  if (BLOCKS.has(node.role)) out.push(node);
  // A nested list sits in its item's body: its items are blocks of their own.
  for (const kid of node.kids) blocks(kid, out);
  return out;
}
const ownText = (node: PopplerNode): string => node.kids.filter((k) => k.role !== 'L').map(textOf).join('');

/** pdf.js: each page's structure tree with its marked content's text; an element's text across pages, in order. */
async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  type Node = { role?: string; type?: string; id?: string; children?: Node[] };
  let all = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    let open: string | null = null;
    for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
      if (item.type === 'beginMarkedContentProps') open = item.id ?? null;
      else if (item.type === 'endMarkedContent') open = null;
      // pdf.js drops a space at a line's end and says hasEOL instead, which its own text layer reads as a break.
      else if (open && item.str !== undefined) byId.set(open, (byId.get(open) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    }
    const read = (node: Node | null): string => {
      if (!node || node.role === 'Reference') return '';
      if (node.type === 'content') return byId.get(node.id!) ?? '';
      return (node.children ?? []).map(read).join('');
    };
    all += read((await page.getStructTree()) as Node | null);
  }
  await doc.destroy();
  return all;
}

/** Every built-in template as it is, and the Dutch one hyphenating, so words are split at line ends with a hyphen drawn. */
const CASES = [...TEMPLATE_IDS.map((id) => ({ name: id, id, hyphenation: false })), { name: 'nl-ministeriele-briefing, hyphenated', id: 'nl-ministeriele-briefing', hyphenation: true }];

describe.each(CASES)('the tagged PDF of $name read as text', ({ id, hyphenation }) => {
  const template = { ...templateOf(id), ...(hyphenation && { hyphenation }) };
  const pack = packFor(template);
  let bytes: Uint8Array;
  let file: string;
  beforeAll(async () => {
    bytes = (await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await loadExportAssets(template, 'assets'))).bytes;
    file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-structure-text-')), 'pack.pdf');
    writeFileSync(file, bytes);
  });

  it.skipIf(!installed('pdfinfo'))('gives every paragraph, list item, quote and note word for word in its own element, in order (poppler)', () => {
    const tree = popplerTree(execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }));
    const read = blocks(tree).map((b) => words(ownText(b)));
    let from = 0;
    for (const text of packTexts(pack, template)) {
      // A note reads with its number first ("1 Kamerstuk ..."); notes follow their page's text, so they are not in body order.
      const isNote = text.startsWith('Kamerstuk');
      const at = isNote ? read.findIndex((b) => /^\d+ /.test(b) && b.replace(/^\d+ /, '') === text) : read.indexOf(text, from);
      expect(at, `not read as one element, word for word: ${text}`).toBeGreaterThanOrEqual(0);
      if (!isNote) from = at + 1;
    }
  });

  it.skipIf(!installed('pdftotext') || !hyphenation)('splits words at line ends with a hyphen drawn, which the structure text above leaves out (pdftotext)', () => {
    const drawn = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    expect(drawn).toMatch(/\p{Ll}-\n\p{Ll}/u);
  });

  it.skipIf(!installed('pdfinfo') || !template.tableOfContents)('separates a contents entry’s title from its page number (poppler)', () => {
    const tree = popplerTree(execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }));
    const entries = blocks(tree).filter((b) => b.role === 'TOCI').map((b) => textOf(b));
    expect(entries.length).toBeGreaterThanOrEqual(pack.items.length);
    for (const item of pack.items) expect(entries).toContainEqual(expect.stringMatching(new RegExp(`^${item.title} \\d+$`)));
  });

  // pdf.js reports every line end as hasEOL, with or without a space there, so its text content cannot tell a split word from two.
  it.skipIf(hyphenation)('reads every paragraph, list item, quote and note word for word through pdf.js', async () => {
    const all = words(await pdfjsText(bytes.slice()));
    for (const text of packTexts(pack, template)) expect(all, text).toContain(text);
  });

  it('puts a nested list in the body of its item (pdf.js)', async () => {
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
    type Node = { role?: string; children?: Node[] };
    const parentsOfLists: string[] = [];
    const walk = (node: Node, parent: string): void => {
      if (node.role === 'L') parentsOfLists.push(parent);
      node.children?.forEach((kid) => walk(kid, node.role ?? parent));
    };
    for (let p = 1; p <= doc.numPages; p++) walk(((await (await doc.getPage(p)).getStructTree()) as Node | null) ?? {}, '');
    await doc.destroy();
    expect(parentsOfLists).toContain('LBody');
    expect(parentsOfLists.filter((role) => role !== 'LBody' && role !== 'Sect')).toEqual([]);
  });

  describe.skipIf(!installed('qpdf'))('its objects (qpdf --json)', () => {
    type Value = Record<string, unknown>;
    let objects: Map<string, Value>;
    beforeAll(() => {
      const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
      objects = new Map(
        Object.entries(json.qpdf[1] as Record<string, { value?: unknown }>)
          .filter(([, o]) => o.value && typeof o.value === 'object')
          .map(([key, o]) => [key.replace(/^obj:/, ''), o.value as Value]),
      );
    });
    const all = (): Value[] => [...objects.values()];

    it('gives each Note an /ID, listed in the IDTree, and each footnote reference a /Ref to its Note', () => {
      const notes = all().filter((o) => o['/S'] === '/Note');
      const references = all().filter((o) => o['/S'] === '/Reference');
      expect(notes.length).toBe(pack.items.length * 2);
      expect(references.length).toBe(notes.length);
      const ids = notes.map((n) => n['/ID']);
      expect(new Set(ids).size).toBe(notes.length);
      for (const reference of references) {
        const target = objects.get((reference['/Ref'] as string[])[0]!)!;
        expect(target['/S']).toBe('/Note');
      }
      const root = all().find((o) => o['/Type'] === '/StructTreeRoot')!;
      const names = (objects.get(root['/IDTree'] as string)!['/Names'] as string[]).filter((_, i) => i % 2 === 0);
      expect(names.sort()).toEqual([...ids].sort());
    });

    it('gives every link annotation /Contents: the URL, or the title of the contents entry', () => {
      const links = all().filter((o) => o['/Subtype'] === '/Link');
      expect(links.length).toBeGreaterThan(pack.items.length);
      for (const link of links) expect(String(link['/Contents'] ?? '')).toMatch(/^u:.+/);
      const described = links.map((l) => String(l['/Contents']).slice(2));
      expect(described).toContain('https://www.nato.int/');
      if (template.tableOfContents) for (const item of pack.items) expect(described).toContain(item.title);
    });

    it('names every embedded subset font with a six-letter subset tag', () => {
      const fontNames = all()
        .filter((o) => o['/Type'] === '/FontDescriptor' || (o['/Type'] === '/Font' && o['/Subtype'] !== '/Type3'))
        .map((o) => String(o['/FontName'] ?? o['/BaseFont']));
      expect(fontNames.length).toBeGreaterThanOrEqual(8);
      for (const name of fontNames) expect(name).toMatch(/^\/[A-Z]{6}\+\S+$/);
    });
  });
});
