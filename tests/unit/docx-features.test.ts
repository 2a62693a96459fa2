/**
 * Template-driven parts of the DOCX: comments on the source text in each
 * mode, tables, the draft watermark, header and footer alignment, cover
 * facts, contents on/off, endnotes, the link colour and level-2 items.
 */
import { describe, expect, it } from 'vitest';
import type { AgendaItem, BriefingPack, SourceComment } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import type { Template } from '../../core/template/schema';
import { builtInTemplate, exportPack, paragraphs, part, partText, sectionPart, unzipDocx } from '../helpers/docx';

const SOURCE = 'De ministers bespreken de steun aan Oekraïne en de defensie-industrie.';

function comment(id: string, quote: string, extra: Partial<SourceComment> = {}): SourceComment {
  const start = SOURCE.indexOf(quote);
  return {
    id,
    anchor: { block: 0, start, end: start + quote.length, quote },
    author: 'Anna de Vries',
    createdAt: '2025-02-03T09:30:00+01:00',
    text: `Opmerking bij ${quote}`,
    resolved: false,
    replies: [],
    ...extra,
  };
}

function commentedPack(): BriefingPack {
  const base = syntheticPack(2);
  const first: AgendaItem = {
    ...base.items[0]!,
    source: [
      {
        type: 'paragraph',
        children: [
          { text: 'De ministers bespreken de steun aan ' },
          { text: 'Oekraïne', bold: true },
          { type: 'footnote', note: 'Een voetnoot telt niet mee.', children: [{ text: '' }] },
          { text: ' en de defensie-industrie.' },
        ],
      },
    ],
    comments: [
      comment('c1', 'steun aan Oekraïne', {
        replies: [{ id: 'r1', author: 'Bram Jansen', createdAt: '2025-02-04T10:00:00Z', text: 'Eens, graag aanscherpen.' }],
      }),
      comment('c2', 'defensie-industrie'),
      comment('c3', 'De ministers', { resolved: true, text: 'Al afgehandeld' }),
    ],
  };
  return { ...base, items: [first, base.items[1]!] };
}

async function exportWith(pack: BriefingPack, changes: Partial<Template>): Promise<Record<string, string>> {
  return unzipDocx(await exportPack(pack, { ...builtInTemplate(), ...changes }));
}

/** The text between a comment's range start and end in document.xml. */
function commentedText(documentXml: string, id: string): string {
  const match = new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(documentXml);
  if (!match) throw new Error(`no range for comment ${id}`);
  return [...match[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('comments on the source text', () => {
  it("'word-comments': Word comments around the exact passages, replies threaded, resolved ones marked done", async () => {
    const parts = await exportWith(commentedPack(), { sourceComments: 'word-comments' });
    const documentXml = part(parts, 'word/document.xml');
    const comments = part(parts, 'word/comments.xml');
    const entries = [...comments.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
      attributes: m[1]!,
      text: partText(m[2]!),
    }));
    expect(entries.map((e) => e.text)).toEqual(['Opmerking bij steun aan Oekraïne', 'Eens, graag aanscherpen.', 'Opmerking bij defensie-industrie', 'Al afgehandeld']);
    expect(entries[0]!.attributes).toContain('w:author="Anna de Vries"');
    expect(entries[0]!.attributes).toContain('w:initials="AV"');
    expect(entries[0]!.attributes).toContain('w:date="2025-02-03T08:30:00.000Z"');
    expect(entries[1]!.attributes).toContain('w:author="Bram Jansen"');
    expect(commentedText(documentXml, '0')).toBe('steun aan Oekraïne');
    expect(commentedText(documentXml, '1')).toBe('steun aan Oekraïne');
    expect(commentedText(documentXml, '2')).toBe('defensie-industrie');
    for (const id of ['0', '1', '2']) expect(documentXml).toContain(`<w:commentReference w:id="${id}"/>`);
    // The reply hangs under its comment in Word's thread view.
    const extended = part(parts, 'word/commentsExtended.xml');
    expect(extended).toMatch(/<w15:commentEx w15:paraId="00000002" w15:paraIdParent="00000001"/);
    // The resolved comment is in Word as Word keeps one: done, on its passage; the open ones are not done.
    expect(commentedText(documentXml, '3')).toBe('De ministers');
    const done = [...extended.matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => /w15:done="1"/.test(m[1]!));
    expect(done).toEqual([false, false, false, true]);
    // The passage keeps its formatting and the footnote inside it.
    expect(documentXml).toMatch(/<w:commentRangeStart w:id="0"\/>[\s\S]*<w:b\/>[\s\S]*Oekraïne[\s\S]*<w:footnoteReference/);
  });

  it("'footnotes': a note after each passage with the comment and its replies", async () => {
    const parts = await exportWith(commentedPack(), { sourceComments: 'footnotes' });
    expect(parts['word/comments.xml'] ?? '').not.toContain('<w:comment ');
    const notes = paragraphs(part(parts, 'word/footnotes.xml')).map((p) => p.text.trim());
    // The reply follows on a line of its own (a w:br between the two runs).
    expect(notes).toContain('Anna de Vries (3 februari 2025): Opmerking bij steun aan OekraïneBram Jansen (4 februari 2025): Eens, graag aanscherpen.');
    expect(part(parts, 'word/footnotes.xml')).toMatch(/Oekraïne<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">Bram Jansen/);
    expect(notes).toContain('Anna de Vries (3 februari 2025): Opmerking bij defensie-industrie');
    expect(notes.join('\n')).not.toContain('Al afgehandeld');
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).toMatch(/defensie-industrie<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference/);
  });

  it("'appendix': listed under the comments label at the end of the item; 'none': nowhere", async () => {
    const appendix = paragraphs(part(await exportWith(commentedPack(), { sourceComments: 'appendix' }), 'word/document.xml'));
    const label = appendix.findIndex((p) => p.text === 'Opmerkingen bij de agendatekst');
    expect(appendix[label]!.style).toBe('Heading2');
    expect(appendix.slice(label + 1, label + 6).map((p) => [p.style, p.text])).toEqual([
      ['Quote', '“steun aan Oekraïne”'],
      ['CommentEntry', 'Anna de Vries (3 februari 2025): Opmerking bij steun aan Oekraïne'],
      ['CommentReply', 'Bram Jansen (4 februari 2025): Eens, graag aanscherpen.'],
      ['Quote', '“defensie-industrie”'],
      ['CommentEntry', 'Anna de Vries (3 februari 2025): Opmerking bij defensie-industrie'],
    ]);
    const second = appendix.findIndex((p) => p.style === 'Heading1' && p.text === syntheticPack(2).items[1]!.title);
    expect(label).toBeLessThan(second);

    const none = await exportWith(commentedPack(), { sourceComments: 'none' });
    expect(none['word/comments.xml'] ?? '').not.toContain('<w:comment ');
    expect(partText(part(none, 'word/document.xml'))).not.toContain('Opmerking bij');
  });
});

describe('tables', () => {
  it('writes a Word table in Table Grid with the header row repeating on every page', async () => {
    const pack = syntheticPack(1);
    pack.items[0]!.sections['achtergrond'] = [
      {
        type: 'table',
        children: [
          { type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'Land' }] }, { type: 'table-cell', header: true, children: [{ text: 'Bijdrage' }] }] },
          { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Nederland' }] }, { type: 'table-cell', children: [{ text: '€ 3,5 miljard' }] }] },
          { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Kort' }] }] },
        ],
      },
    ];
    const parts = await exportWith(pack, {});
    const documentXml = part(parts, 'word/document.xml');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    expect(table).toContain('<w:tblStyle w:val="TableGrid"/>');
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader');
    expect(rows.map((row) => [...row.matchAll(/<w:tc>/g)].length)).toEqual([2, 2, 2]);
    expect(paragraphs(rows[0]!).map((p) => [p.style, p.text])).toEqual([['TableHeading', 'Land'], ['TableHeading', 'Bijdrage']]);
    expect(paragraphs(rows[1]!).map((p) => p.text)).toEqual(['Nederland', '€ 3,5 miljard']);
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"\/>/);
  });
});

describe('template switches', () => {
  it('puts a VML text-path watermark with the draft label in the headers while the pack is a draft', async () => {
    const draft = await exportWith(syntheticPack(1), {});
    for (const type of ['default', 'first'] as const) {
      const header = sectionPart(draft, 'header', type);
      expect(header).toMatch(/<v:shape id="PowerPlusWaterMarkObject\d+"[^>]*type="#_x0000_t136"[^>]*fillcolor="#E6E6E6"/);
      expect(header).toContain('string="CONCEPT"');
      expect(header).toContain('rotation:315');
    }
    const final = await exportWith({ ...syntheticPack(1), status: 'final' }, {});
    expect(sectionPart(final, 'header', 'default')).not.toContain('<v:shape');
    const off = await exportWith(syntheticPack(1), { draftWatermark: false });
    expect(sectionPart(off, 'header', 'default')).not.toContain('<v:shape');
  });

  it('aligns the header and footer lines as the template says; the marking stays centred', async () => {
    const parts = await exportWith(syntheticPack(1), { header: '{meeting}', headerAlign: 'left', footerAlign: 'right' });
    const header = paragraphs(sectionPart(parts, 'header', 'default'));
    expect(header.map((p) => p.text)).toEqual(['DEPARTEMENTAAL VERTROUWELIJK', 'DMM']);
    expect(header[1]!.xml).toContain('<w:jc w:val="left"/>');
    const footer = paragraphs(sectionPart(parts, 'footer', 'default'));
    expect(footer[0]!.xml).toContain('<w:jc w:val="right"/>');
    expect(part(parts, 'word/styles.xml')).toMatch(/w:styleId="Marking">(?:(?!<\/w:style>)[\s\S])*<w:jc w:val="center"\/>/);
  });

  it('shows the cover facts the template lists, in its order, including the signatory', async () => {
    const pack = syntheticPack(1);
    pack.letter.signatory = { name: 'R.P. Brekelmans', role: 'De Minister van Defensie' };
    const parts = await exportWith(pack, { cover: ['classification', 'date', 'signatory'] });
    const body = paragraphs(part(parts, 'word/document.xml'));
    const cover = body.slice(0, body.findIndex((p) => p.style === 'TOCHeading')).map((p) => p.text);
    expect(cover).toEqual(['Briefingmap', 'DEPARTEMENTAAL VERTROUWELIJK', 'Datum: 13 februari 2025', 'De Minister van DefensieR.P. Brekelmans']);
  });

  it('leaves the contents out when tableOfContents is off, and the introduction when includeIntroduction is off', async () => {
    const parts = await exportWith(syntheticPack(3), { tableOfContents: false, includeIntroduction: false });
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).not.toContain('TOC \\o');
    expect(part(parts, 'word/settings.xml')).not.toContain('<w:updateFields/>');
    expect(paragraphs(documentXml).some((p) => p.style === 'IntroductionHeading')).toBe(false);
  });

  it("writes endnotes instead of footnotes when footnotes is 'endnotes'", async () => {
    const parts = await exportWith(syntheticPack(2), { footnotes: 'endnotes' });
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).not.toContain('<w:footnoteReference');
    const references = [...documentXml.matchAll(/<w:endnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toEqual(['1', '2', '3', '4']);
    expect(paragraphs(part(parts, 'word/endnotes.xml')).map((p) => p.text.trim())).toContain('Kamerstuk 28 676, nr. 400.');
    // Gathered at the end of each item: one continuous section per item, endnotes at the section end, numbered 1, 2, 3.
    const sections = [...documentXml.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]!);
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain('<w:titlePg/>');
    for (const later of sections.slice(1)) {
      expect(later).toContain('<w:type w:val="continuous"/>');
      expect(later).not.toContain('<w:headerReference');
    }
    const firstItemEnd = documentXml.indexOf('<w:sectPr>', documentXml.indexOf('<w:bookmarkStart w:id="1"'));
    expect(documentXml.lastIndexOf('<w:endnoteReference w:id="2"/>', firstItemEnd)).toBeGreaterThan(0);
    expect(documentXml.indexOf('<w:endnoteReference w:id="3"/>')).toBeGreaterThan(firstItemEnd);
    expect(part(parts, 'word/settings.xml')).toContain('<w:endnotePr><w:pos w:val="sectEnd"/><w:numFmt w:val="decimal"/></w:endnotePr><w:compat>');
  });

  it('turns on automatic hyphenation only when the template asks for it', async () => {
    expect(part(await exportWith(syntheticPack(1), { hyphenation: true }), 'word/settings.xml')).toMatch(/<w:autoHyphenation(?: w:val="(?:true|1)")?\/>/);
    expect(part(await exportWith(syntheticPack(1), {}), 'word/settings.xml')).not.toContain('autoHyphenation');
  });

  it('colours links with colors.link', async () => {
    const parts = await exportWith(syntheticPack(1), { colors: { ...builtInTemplate().colors, link: 'AA3300' } });
    expect(part(parts, 'word/styles.xml')).toMatch(/w:styleId="Hyperlink">(?:(?!<\/w:style>)[\s\S])*<w:color w:val="AA3300"\/>/);
  });

  it('sets level-2 items as Heading 2 without a page break, their sections as Sub-item Section Heading (Heading 3 is the heading inside a text), and lists them in the contents', async () => {
    const pack = syntheticPack(3);
    pack.items[1] = { ...pack.items[1]!, level: 2, title: 'Subpunt "Oost"' };
    const parts = await exportWith(pack, {});
    const body = paragraphs(part(parts, 'word/document.xml'));
    const sub = body.findIndex((p) => p.text === 'Subpunt "Oost"' && p.style === 'Heading2');
    expect(sub).toBeGreaterThan(0);
    expect(body[sub]!.xml).not.toContain('<w:pageBreakBefore/>');
    expect(body[sub]!.xml).toContain('TC &quot;Subpunt \\&quot;Oost\\&quot;&quot; \\l 2');
    const next = body.findIndex((p, i) => i > sub && p.style?.includes('Heading'));
    expect(body[next]).toMatchObject({ style: 'SubItemSectionHeading', text: 'Uit de geannoteerde agenda' });
    const toc = body.filter((p) => p.style === 'TOC1' || p.style === 'TOC2').map((p) => [p.style, p.text.replace(/\d+$/, '')]);
    expect(toc).toEqual([
      ['TOC1', 'Inleiding'],
      ['TOC1', pack.items[0]!.title],
      ['TOC2', 'Subpunt "Oost"'],
      ['TOC1', pack.items[2]!.title],
    ]);
  });
});
