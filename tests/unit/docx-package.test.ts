/**
 * The Word package as we assemble it: the body XML we write, spliced into
 * docx's parts, zipped with the host's deflate. Read back with readers we did
 * not write: jsdom's XML parser, fflate, and Python's zipfile where installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { zipParts } from '../../core/export/zip-parts';
import { builtInTemplate, exportPack, paragraphs, part, relationshipTarget, unzipDocx } from '../helpers/docx';
import { works } from '../helpers/tools';

const HOSTILE = `</w:t></w:r><w:p>x & y "z" 'q' ]]> <!-- \u0001\u0007\uFFFF \uD800 é € 🛡 עברית`;
/** What Word may show of it: the characters XML forbids (controls, U+FFFF, a lone surrogate) left out. */
const HOSTILE_SHOWN = `</w:t></w:r><w:p>x & y "z" 'q' ]]> <!--   é € 🛡 עברית`;

function hostilePack(): BriefingPack {
  const base = syntheticPack(2);
  const text: RichText = [
    { type: 'paragraph', children: [{ text: HOSTILE, bold: true }, { type: 'link', url: `https://example.org/?a=<b>&c="d"'e'`, children: [{ text: 'link' }] }] },
  ];
  return {
    ...base,
    meeting: { ...base.meeting, name: HOSTILE, location: HOSTILE },
    items: base.items.map((item) => ({ ...item, title: HOSTILE, owner: HOSTILE, source: text, sections: { ...item.sections, kernboodschap: text } })),
    annexes: [{ id: 'a', title: HOSTILE, fileName: `${HOSTILE}.pdf` } as BriefingPack['annexes'][number]],
  };
}

function parseErrors(xml: string): string | null {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  return document.getElementsByTagName('parsererror')[0]?.textContent ?? null;
}

describe('DOCX package', () => {
  it('keeps hostile text as text: every part parses as XML and the text reads back as typed', async () => {
    const parts = unzipDocx(await exportPack(hostilePack()));
    for (const [name, xml] of Object.entries(parts)) {
      if (/\.(xml|rels)$/.test(name)) expect([name, parseErrors(xml)]).toEqual([name, null]);
    }
    const texts = paragraphs(part(parts, 'word/document.xml')).map((p) => p.text);
    // The meeting name and the two item titles.
    expect(texts.filter((text) => text === HOSTILE_SHOWN)).toHaveLength(3);
    expect(texts.some((text) => text.startsWith(HOSTILE_SHOWN) && text.endsWith('link'))).toBe(true);
  });

  it('gives each link address one relationship, however often it is linked, and every r:id resolves', async () => {
    const parts = unzipDocx(await exportPack(syntheticPack(6)));
    const documentXml = part(parts, 'word/document.xml');
    const ids = [...documentXml.matchAll(/<w:hyperlink[^>]* r:id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(1);
    expect(relationshipTarget(parts, ids[0]!)).toEqual({ target: 'https://www.nato.int/', external: true });
    for (const [, id] of documentXml.matchAll(/r:id="([^"]+)"/g)) expect(() => relationshipTarget(parts, id!)).not.toThrow();
  });

  it('puts every body in its section: the placeholders are gone and each item section keeps its break', async () => {
    const parts = unzipDocx(await exportPack(syntheticPack(3), builtInTemplate('speaking-notes')));
    const documentXml = part(parts, 'word/document.xml');
    expect(documentXml).not.toContain('briefing-composer-body');
    // Front matter, three items: four sections, the last one's properties closing the body.
    expect(documentXml.match(/<w:sectPr>/g)?.length).toBe(4);
  });
});

describe('zipParts', () => {
  const parts: [string, Uint8Array][] = [
    ['[Content_Types].xml', strToU8('<Types/>')],
    ['word/document.xml', strToU8('<w:document>'.concat('Oekraïne '.repeat(5000), '</w:document>'))],
    ['empty.xml', new Uint8Array()],
  ];
  const hostDeflate = (data: Uint8Array) => new Uint8Array(deflateSync(data));

  it.each([
    ['the host deflate', hostDeflate],
    ['the JavaScript deflate', undefined],
  ])('writes an archive fflate reads back byte for byte, with %s', (_, deflate) => {
    const zip = zipParts(parts, deflate);
    expect(zip.length).toBeLessThan(parts[1]![1].length / 10);
    expect(Object.entries(unzipSync(zip))).toEqual(parts);
  });

  it.skipIf(!works('python3', ['-c', 'import zipfile']))('writes an archive Python’s zipfile tests clean (CRCs, sizes, order)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'briefing-zip-')), 'parts.zip');
    writeFileSync(file, zipParts(parts, hostDeflate));
    const script = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(",".join(z.namelist()))';
    const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(result.stdout.trim().split('\n')).toEqual(['None', parts.map(([name]) => name).join(',')]);
  });
});
