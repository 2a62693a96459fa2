/**
 * The sample pack in each built-in template, opened by readers nobody here
 * wrote: LibreOffice (to PDF, read back with pdftotext), pandoc and
 * python-docx. One test also renders the pages to PNG for a person to look
 * at; the folder is printed and left in the system temp dir.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classificationMarking } from '../../core/model/classification';
import type { BriefingPack } from '../../core/model/pack';
import { inlineText } from '../../core/model/walk';
import type { Template } from '../../core/template/schema';
import { annotatedSample, BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportPack } from '../helpers/docx';
import { hasLibreOffice, hasPandoc, pythonWithDocx, works } from '../helpers/tools';

const python = pythonWithDocx;
const hasPdftoppm = hasLibreOffice && works('pdftoppm');

const COMMENT_TEXT = 'Check this figure with the policy directorate.';

/** The annotated sample, marked restricted, with one open comment on the first item's source text. */
function readerPack(template: Template): BriefingPack {
  const pack = annotatedSample(template);
  const first = pack.items[0]!;
  const block = first.source[0];
  const text = block && 'children' in block && block.type === 'paragraph' ? inlineText(block.children) : '';
  const quote = text.slice(0, Math.min(30, text.length));
  pack.classification = 'restricted';
  pack.items[0] = {
    ...first,
    comments: [
      {
        id: 'c1',
        anchor: { block: 0, start: 0, end: quote.length, quote },
        author: 'Anna de Vries',
        createdAt: '2025-02-03T09:30:00+01:00',
        text: COMMENT_TEXT,
        resolved: false,
        replies: [{ id: 'r1', author: 'Bram Jansen', createdAt: '2025-02-04T10:00:00Z', text: 'Done.' }],
      },
    ],
  };
  return pack;
}

const cases = BUILT_IN_TEMPLATE_IDS.map((id) => {
  const template = builtInTemplate(id);
  const pack = readerPack(template);
  return { id, template, pack, marking: classificationMarking('restricted', template.language), titles: pack.items.map((i) => i.title) };
});

let dir: string;
const file = (id: string, ext: string) => path.join(dir, `${id}.${ext}`);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'docx-templates-'));
  for (const c of cases) writeFileSync(file(c.id, 'docx'), await exportPack(c.pack, c.template));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasLibreOffice)('LibreOffice to PDF (skipped when soffice or pdftotext is not installed)', () => {
  beforeAll(() => {
    // One run for all three files; a private profile so parallel runs and a running LibreOffice do not clash.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...cases.map((c) => file(c.id, 'docx'))],
      { stdio: 'ignore', timeout: 240_000 },
    );
  }, 250_000);

  it.each(cases)('$id: converts; every page carries the marking, every item title is in the text', ({ id, marking, titles }) => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file(id, 'pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(titles.length + 1);
    pages.forEach((page, index) => {
      // Top and bottom of every page.
      expect(page.split(marking).length - 1, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
    });
    const flat = text.replace(/\s+/g, ' ');
    for (const title of titles) expect(flat).toContain(title);
  });

  describe.skipIf(!hasPdftoppm)('pages as images (skipped when pdftoppm is not installed)', () => {
    it('renders every template to PNG pages in a folder left for a person to look at', () => {
      const out = mkdtempSync(path.join(tmpdir(), 'briefing-docx-pages-'));
      for (const c of cases) execFileSync('pdftoppm', ['-png', '-r', '60', file(c.id, 'pdf'), path.join(out, c.id)], { timeout: 120_000 });
      const images = readdirSync(out).filter((name) => name.endsWith('.png'));
      for (const c of cases) expect(images.some((name) => name.startsWith(`${c.id}-`))).toBe(true);
      console.log(`DOCX pages as PNG (via LibreOffice): ${out}`);
    }, 120_000);
  });
});

describe.skipIf(!hasPandoc)('pandoc (skipped when pandoc is not installed)', () => {
  it.each(cases)('$id: reads the item titles as level-1 headings, in order', ({ id, titles, template }) => {
    const json = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', file(id, 'docx')], { encoding: 'utf8' })) as {
      blocks: { t: string; c: unknown }[];
    };
    const headers = json.blocks
      .filter((block) => block.t === 'Header' && (block.c as [number])[0] === 1)
      .map((block) =>
        execFileSync('pandoc', ['-f', 'json', '-t', 'plain', '--wrap=none'], { input: JSON.stringify({ ...json, blocks: [block] }), encoding: 'utf8' }).trim(),
      );
    expect(headers).toEqual([...titles, template.labels.annexes]);
  }, 60_000);
});

describe.skipIf(!python)('python-docx (skipped when python3 with python-docx is not installed)', () => {
  const script = [
    'import docx, json, sys, zipfile, re',
    'd = docx.Document(sys.argv[1])',
    'z = zipfile.ZipFile(sys.argv[1])',
    'comments = []',
    'if hasattr(d, "comments"):',
    '    comments = [{"author": c.author, "text": c.text} for c in d.comments]',
    'elif "word/comments.xml" in z.namelist():',
    '    from xml.etree import ElementTree as ET',
    '    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"',
    '    root = ET.fromstring(z.read("word/comments.xml"))',
    '    comments = [{"author": c.get(W + "author"), "text": "".join(t.text or "" for t in c.iter(W + "t"))} for c in root.iter(W + "comment")]',
    'print(json.dumps({',
    '  "paragraphs": [[p.style.name if p.style is not None else None, p.text] for p in d.paragraphs],',
    '  "comments": comments,',
    '}))',
  ].join('\n');

  it.each(cases)('$id: finds the heading styles and, in word-comments mode, the comments', ({ id, titles, template }) => {
    const result = JSON.parse(execFileSync(python!, ['-c', script, file(id, 'docx')], { encoding: 'utf8' })) as {
      paragraphs: [string | null, string][];
      comments: { author: string; text: string }[];
    };
    const headings = result.paragraphs.filter(([style]) => style === 'Heading 1').map(([, text]) => text);
    expect(headings).toEqual([...titles, template.labels.annexes]);
    const labels = result.paragraphs.filter(([style]) => style === 'Heading 2').map(([, text]) => text);
    for (const section of template.sections) expect(labels).toContain(section.label);
    if (template.sourceComments === 'word-comments' && template.includeSourceText) {
      expect(result.comments).toEqual([
        { author: 'Anna de Vries', text: COMMENT_TEXT },
        { author: 'Bram Jansen', text: 'Done.' },
      ]);
    } else {
      expect(result.comments).toEqual([]);
    }
  }, 60_000);
});
