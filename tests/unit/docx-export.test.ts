import { beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import type { Template } from '../../core/template/schema';
import {
  builtInTemplate,
  exportPack,
  paragraphs,
  part,
  partText,
  relationshipTarget,
  sectionPart,
  unzipDocx,
} from '../helpers/docx';

const DUTCH = 'Oekraïne, coördinatie, café, € 1,4 miljoen, ministers’ «to prevent war»';

function item(id: string, title: string, sections: Record<string, RichText>, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    title,
    level: 1,
    source: [{ type: 'paragraph', children: [{ text: `Bron bij ${title}` }] }],
    sections,
    owner: '',
    status: 'draft',
    classification: 'unclassified',
    comments: [],
    ...extra,
  };
}

/** A small pack that exercises every node type in known places. */
function handBuiltPack(): BriefingPack {
  const base = syntheticPack(0);
  return {
    ...base,
    id: 'hand-built',
    classification: 'unclassified',
    introduction: [{ type: 'paragraph', children: [{ text: '' }] }],
    items: [
      item('a', `Steun aan ${DUTCH}`, {
        // Deliberately out of template order: the template decides the order.
        spreekpunten: [
          {
            type: 'numbered-list',
            children: [
              { type: 'list-item', children: [{ text: 'Eerste punt' }] },
              { type: 'list-item', children: [{ text: 'Tweede punt' }] },
              { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'Genest punt' }] }] },
            ],
          },
          { type: 'paragraph', children: [{ text: 'Tussenalinea' }] },
          {
            type: 'numbered-list',
            children: [{ type: 'list-item', children: [{ text: 'Nieuwe lijst punt' }] }],
          },
          {
            type: 'bulleted-list',
            children: [
              { type: 'list-item', children: [{ text: 'Opsomming' }] },
              { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'Genummerd onder opsomming' }] }] },
            ],
          },
        ],
        kernboodschap: [
          {
            type: 'paragraph',
            children: [
              { text: 'Vet', bold: true },
              { text: ' ' },
              { text: 'Schuin', italic: true },
              { text: ' ' },
              { text: 'Onderstreept', underline: true },
              { text: ' ' },
              { text: 'Doorgehaald', strikethrough: true },
              { text: ' ' },
              { text: 'Gemarkeerd', highlight: true },
              { text: ' zie ' },
              { type: 'link', url: 'https://www.defensie.nl/?a=1&b=2', children: [{ text: 'defensie.nl' }] },
              { type: 'footnote', note: `Voetnoot met ${DUTCH}.`, children: [{ text: '' }] },
              { text: ' regel\neen\u0001 twee' },
            ],
          },
          { type: 'heading', children: [{ text: 'Tussenkop' }] },
          { type: 'block-quote', children: [{ text: 'Een citaat' }] },
        ],
        doel: [{ type: 'paragraph', children: [{ text: '   ' }] }],
      }),
      item('b', 'Tweede punt & <afsluiting>', {
        achtergrond: [
          {
            type: 'paragraph',
            children: [{ text: 'Tweede noot' }, { type: 'footnote', note: 'Noot twee.', children: [{ text: '' }] }],
          },
        ],
      }, { classification: 'secret' }),
    ],
  };
}

describe('DOCX export of syntheticPack(5)', () => {
  const pack = syntheticPack(5);
  let parts: Record<string, string>;
  let body: ReturnType<typeof paragraphs>;

  beforeAll(async () => {
    parts = unzipDocx(await exportPack(pack));
    body = paragraphs(part(parts, 'word/document.xml'));
  });

  it('writes every item title as a Heading 1 paragraph, in order, each on a new page', () => {
    const headings = body.filter((p) => p.style === 'Heading1');
    expect(headings.map((p) => p.text)).toEqual(pack.items.map((i) => i.title));
    for (const heading of headings) expect(heading.xml).toContain('<w:pageBreakBefore/>');
  });

  it('labels the source text and the sections with Heading 2, in template order, skipping absent sections', () => {
    const start = (index: number) => body.findIndex((p) => p.style === 'Heading1' && p.text === pack.items[index]!.title);
    const firstItem = body.slice(start(0), start(1));
    expect(firstItem.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Uit de geannoteerde agenda',
      'Kernboodschap',
      'Spreekpunten',
    ]);
  });

  it('puts the cover first: label, then the template cover facts in order, with template labels', () => {
    const cover = body.slice(0, body.findIndex((p) => p.style === 'TOCHeading'));
    expect(cover.map((p) => [p.style, p.text])).toEqual([
      ['Subtitle', 'Briefingmap'],
      ['Title', 'Bijeenkomst van de NAVO-ministers van Defensie'],
      ['CoverAbbreviation', 'DMM'],
      ['CoverDetails', 'Datum: 13 februari 2025'],
      ['CoverDetails', 'Plaats: Brussel'],
      ['CoverDetails', 'Versie: 0.1'],
      ['CoverDetails', 'Status: CONCEPT'],
      ['CoverMarking', 'DEPARTEMENTAAL VERTROUWELIJK'],
    ]);
  });

  it('puts the introduction after the contents, under its label, outside the contents', () => {
    const contents = body.findIndex((p) => p.style === 'TOCHeading');
    const introduction = body.findIndex((p) => p.style === 'IntroductionHeading');
    const firstItem = body.findIndex((p) => p.style === 'Heading1');
    expect(contents).toBeGreaterThan(0);
    expect(introduction).toBeGreaterThan(contents);
    expect(firstItem).toBeGreaterThan(introduction);
    expect(body[introduction]!.text).toBe('Inleiding');
    expect(body[introduction + 1]!.text.startsWith('Financiële het door')).toBe(true);
    expect(part(parts, 'word/styles.xml')).toMatch(/w:styleId="IntroductionHeading">(?:(?!<\/w:style>)[\s\S])*<w:outlineLvl w:val="9"\/>/);
  });

  it('writes one real footnote per footnote node, with its text', () => {
    const documentXml = part(parts, 'word/document.xml');
    const footnotesXml = part(parts, 'word/footnotes.xml');
    const references = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toHaveLength(pack.items.length * 2);
    for (const id of references) expect(footnotesXml).toContain(`<w:footnote w:id="${id}">`);
    const notes = paragraphs(footnotesXml).map((p) => p.text.trim());
    expect(notes).toContain('Kamerstuk 28 676, nr. 400.');
    expect(notes).toContain('Kamerstuk 28 676, nr. 411.');
  });

  it('marks every page top and bottom; the default footer carries PAGE and NUMPAGES fields', () => {
    const marking = 'DEPARTEMENTAAL VERTROUWELIJK';
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).toContain('<w:titlePg/>');
    for (const type of ['default', 'first'] as const) {
      expect(partText(sectionPart(parts, 'header', type))).toContain(marking);
      expect(partText(sectionPart(parts, 'footer', type))).toContain(marking);
    }
    const footer = sectionPart(parts, 'footer', 'default');
    expect(partText(footer)).toContain('DMM · pagina  van ');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer.indexOf('>PAGE<')).toBeLessThan(footer.indexOf('>NUMPAGES<'));
    // The cover has no page numbers.
    expect(sectionPart(parts, 'footer', 'first')).not.toContain('PAGE');
  });

  it('sets the page size and margins from the template in twips', () => {
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1560"/);
  });

  it('defines house styles with the template font, sizes, colours and Dutch language', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"[^>]*w:hAnsi="Arial"\/>/);
    expect(styles).toContain('<w:sz w:val="18"/>'); // body 9 pt
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    expect(styles).toContain('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">');
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:name w:val="heading 1"/>');
    expect(heading1).toContain('<w:sz w:val="28"/>'); // 14 pt
    expect(heading1).toContain('<w:color w:val="154273"/>');
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
    for (const id of ['Title', 'Heading2', 'Heading3', 'Quote', 'ListBullet', 'ListNumber', 'FootnoteText', 'TOC1', 'TableGrid', 'Caption']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
  });

  it('fills the document properties from the pack, without an account name: the author is the signatory, as in the PDF', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Briefingmap: Bijeenkomst van de NAVO-ministers van Defensie (DMM)</dc:title>');
    expect(core).toContain('<dc:subject>Bijeenkomst van de NAVO-ministers van Defensie (DMM), 13 februari 2025</dc:subject>');
    expect(core).toContain('<cp:keywords>DMM, DEPARTEMENTAAL VERTROUWELIJK</cp:keywords>');
    expect(core).toContain('<dc:creator>De Minister van Defensie</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Briefing Composer</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });

  it('adds a TOC field pre-filled with the introduction and the item titles, linked to bookmarks on the headings', () => {
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).toMatch(/<w:instrText xml:space="preserve"> TOC \\o &quot;1-1&quot; \\f \\l &quot;1-2&quot; \\h \\z <\/w:instrText>/);
    expect(documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    // Each entry: the title, then its page number (pre-filled from the layout, as a PAGEREF field).
    const entries = body.filter((p) => p.style === 'TOC1');
    expect(entries.map((p) => p.text.replace(/\d+$/, ''))).toEqual(['Inleiding', ...pack.items.map((i) => i.title)]);
    const numbers = entries.map((p) => Number(/(\d+)$/.exec(p.text)?.[1]));
    expect(numbers.slice(0, 2)).toEqual([3, 4]); // cover, contents, introduction, then the first item
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1]!);
    for (const entry of entries) expect(entry.xml).toMatch(/PAGEREF _Toc\d{8} \\h/);
    const anchors = [...documentXml.matchAll(/<w:hyperlink[^>]* w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const bookmarks = [...documentXml.matchAll(/<w:bookmarkStart[^>]* w:name="([^"]+)"/g)].map((m) => m[1]);
    const ids = [...documentXml.matchAll(/<w:bookmarkStart w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(anchors).toHaveLength(pack.items.length + 1);
    expect([...anchors].sort()).toEqual([...bookmarks].sort());
    // Filled in already: Word is not asked to update fields on every open.
    expect(part(parts, 'word/settings.xml')).not.toContain('updateFields');
  });
});

describe('DOCX export of a hand-built pack', () => {
  const pack = handBuiltPack();
  let parts: Record<string, string>;
  let documentXml: string;
  let body: ReturnType<typeof paragraphs>;

  beforeAll(async () => {
    parts = unzipDocx(await exportPack(pack));
    documentXml = part(parts, 'word/document.xml');
    body = paragraphs(documentXml);
  });

  const numPr = (text: string) => {
    const p = body.find((candidate) => candidate.text === text);
    const match = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(p?.xml ?? '');
    if (!match) throw new Error(`"${text}" is not a list paragraph`);
    return { level: Number(match[1]), numId: match[2]!, style: p!.style };
  };

  it('keeps Dutch characters and escapes markup characters', () => {
    expect(body.map((p) => p.text)).toContain(`Steun aan ${DUTCH}`);
    expect(body.map((p) => p.text)).toContain('Tweede punt & <afsluiting>');
    expect(documentXml).toContain('Tweede punt &amp; &lt;afsluiting&gt;');
    expect(paragraphs(part(parts, 'word/footnotes.xml')).map((p) => p.text.trim())).toContain(`Voetnoot met ${DUTCH}.`);
  });

  it('restarts numbering for each numbered list and nests levels', () => {
    const first = numPr('Eerste punt');
    const second = numPr('Tweede punt');
    const nested = numPr('Genest punt');
    const next = numPr('Nieuwe lijst punt');
    expect(first.style).toBe('ListNumber');
    expect(second).toEqual(first);
    expect(nested).toEqual({ ...first, level: 1 });
    expect(next.numId).not.toBe(first.numId);
    const numbering = part(parts, 'word/numbering.xml');
    for (const numId of [first.numId, next.numId]) {
      expect(numbering).toMatch(
        new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`),
      );
    }
    expect(numbering).toMatch(/<w:abstractNum w:abstractNumId="1">[\s\S]*?<w:lvl w:ilvl="0"><w:start w:val="1"\/><w:numFmt w:val="decimal"\/>/);
  });

  it('gives a numbered list nested in bullets its own counter, starting at its level', () => {
    const bullet = numPr('Opsomming');
    const inner = numPr('Genummerd onder opsomming');
    expect(bullet.style).toBe('ListBullet');
    expect(inner).toMatchObject({ level: 1, style: 'ListNumber' });
    expect(inner.numId).not.toBe(bullet.numId);
    expect(part(parts, 'word/numbering.xml')).toContain(
      `<w:num w:numId="${inner.numId}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>`,
    );
  });

  it('writes links as real hyperlinks with the URL in the relationships', () => {
    const id = /<w:hyperlink[^>]* r:id="([^"]+)"[^>]*>[\s\S]*?defensie\.nl<\/w:t>/.exec(documentXml)?.[1];
    expect(id).toBeDefined();
    expect(relationshipTarget(parts, id!)).toEqual({ target: 'https://www.defensie.nl/?a=1&b=2', external: true });
  });

  it('writes each mark as run formatting on the marked text only', () => {
    const run = (text: string) => new RegExp(`<w:r><w:rPr>(.*?)</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`).exec(documentXml)?.[1];
    expect(run('Vet')).toContain('<w:b/>');
    expect(run('Schuin')).toContain('<w:i/>');
    expect(run('Onderstreept')).toContain('<w:u w:val="single"/>');
    expect(run('Doorgehaald')).toContain('<w:strike/>');
    expect(run('Gemarkeerd')).toContain('<w:highlight w:val="yellow"/>');
    expect(documentXml).toContain('<w:t xml:space="preserve"> zie </w:t>');
  });

  it('maps headings, quotes and soft line breaks, and drops characters XML forbids', () => {
    expect(body.find((p) => p.text === 'Tussenkop')?.style).toBe('Heading3');
    expect(body.find((p) => p.text === 'Een citaat')?.style).toBe('Quote');
    expect(documentXml).toMatch(/regel<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">een twee/);
    expect(documentXml).not.toContain('\u0001');
  });

  it('numbers footnotes in reading order across items', () => {
    const references = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toEqual(['1', '2']);
    const second = /<w:footnote w:id="2">[\s\S]*?<\/w:footnote>/.exec(part(parts, 'word/footnotes.xml'))?.[0] ?? '';
    expect(partText(second)).toContain('Noot twee.');
  });

  it('orders sections by the template and leaves out blank ones', () => {
    const labels = body.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(labels).toEqual([
      'Uit de geannoteerde agenda',
      'Kernboodschap',
      'Spreekpunten',
      'Uit de geannoteerde agenda',
      'Achtergrond',
    ]);
    expect(labels).not.toContain('Doel');
  });

  it('marks the whole document at the highest classification of its items', () => {
    expect(partText(sectionPart(parts, 'header', 'default'))).toContain('STG. GEHEIM');
    expect(partText(sectionPart(parts, 'footer', 'first'))).toContain('STG. GEHEIM');
  });
});

describe('DOCX export follows the template', () => {
  it('uses English, British spelling settings and English marking for an English pack through an English template', async () => {
    const template: Template = builtInTemplate('en-nato-ministerial');
    const parts = unzipDocx(await exportPack({ ...syntheticPack(1), language: 'en' }, template));
    expect(part(parts, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    const text = partText(part(parts, 'word/document.xml'));
    expect(text).toContain('Date: 13 February 2025');
    expect(text).toContain('Version: 0.1');
    expect(text).toContain('Status: DRAFT');
    expect(partText(sectionPart(parts, 'header', 'default'))).toContain('RESTRICTED');
  });

  it('honours pageBreakBeforeItem, includeSourceText, page size and custom header tokens', async () => {
    const template: Template = {
      ...builtInTemplate(),
      pageBreakBeforeItem: false,
      includeSourceText: false,
      page: { size: 'Letter', margins: { top: 36, right: 36, bottom: 36, left: 36 } },
      header: '{classification} — {meeting} {date} v{version}',
      footer: '{page}/{pages}',
    };
    const parts = unzipDocx(await exportPack(syntheticPack(3), template));
    const documentXml = part(parts, 'word/document.xml');
    const headings = paragraphs(documentXml).filter((p) => p.style === 'Heading1');
    expect(headings.map((h) => h.xml.includes('<w:pageBreakBefore/>'))).toEqual([true, false, false]);
    expect(partText(documentXml)).not.toContain('Uit de geannoteerde agenda');
    expect(documentXml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720"/);
    const header = sectionPart(parts, 'header', 'default');
    // The marking is part of the template line, so it is not repeated.
    expect(partText(header)).toBe('DEPARTEMENTAAL VERTROUWELIJK — DMM 13 februari 2025 v0.1');
    const footer = sectionPart(parts, 'footer', 'default');
    expect(partText(footer)).toBe('/\nDEPARTEMENTAAL VERTROUWELIJK');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('escapes template strings in styles and headers', async () => {
    const base = builtInTemplate();
    const template: Template = { ...base, font: { ...base.font, docxFamily: 'Sans & "Co" <x>' }, header: '{classification} & <{meeting}>' };
    const parts = unzipDocx(await exportPack(syntheticPack(1), template));
    expect(part(parts, 'word/styles.xml')).toContain('w:ascii="Sans &amp; &quot;Co&quot; &lt;x&gt;"');
    expect(partText(sectionPart(parts, 'header', 'default'))).toBe('DEPARTEMENTAAL VERTROUWELIJK & <DMM>');
  });

  it('lists annexes after the items and writes no contents for an empty pack', async () => {
    const empty = unzipDocx(await exportPack(syntheticPack(0)));
    expect(part(empty, 'word/document.xml')).not.toContain('TOC \\o');
    expect(part(empty, 'word/settings.xml')).not.toContain('<w:updateFields/>');

    const withAnnex: BriefingPack = {
      ...syntheticPack(1),
      annexes: [{ id: 'x', title: 'Kamerbrief', fileName: 'brief.pdf', mediaType: 'application/pdf', size: 3 }],
    };
    const body = paragraphs(part(unzipDocx(await exportPack(withAnnex)), 'word/document.xml'));
    const headings = body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([withAnnex.items[0]!.title, 'Bijlagen']);
    expect(body.at(-1)).toMatchObject({ style: 'ListNumber', text: 'Kamerbrief (brief.pdf)' });
  });
});
