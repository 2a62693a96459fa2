/**
 * One rule for link addresses, asked by the link prompt, the pack reader and
 * both exporters: no user name or password, no mailto that attaches a file,
 * and hosts outside ASCII shown and exported in their xn-- form as well.
 */
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createEditor } from 'slate';
import { describe, expect, it } from 'vitest';
import { docFromState } from '../../core/collab/pack-state';
import { packFromDoc } from '../../core/collab/pack-doc';
import { exportPdf } from '../../core/export/pdf/index';
import { linkHostForDisplay, linkRefusal, safeLinkHref } from '../../core/model/link-href';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack } from '../../core/pack/container';
import { loadExportAssets } from '../../host/assets';
import { checkLinkInput, insertLink } from '../../renderer/editor/commands';
import { withInlines } from '../../renderer/editor/with-inlines';
import { builtInTemplate, exportPack } from '../helpers/docx';

const CREDENTIALS = 'https://jan:geheim@intranet.mindef.nl/stukken';
const ATTACHMENT = 'mailto:secretariaat@mindef.nl?subject=Stukken&attach=%2Fhome%2Fjan%2F.ssh%2Fid_rsa';

function withLinks(links: { url: string; text: string }[]): BriefingPack {
  const pack = syntheticPack(1);
  const value: RichText = [{ type: 'paragraph', children: [{ text: 'Zie ' }, ...links.map(({ url, text }) => ({ type: 'link' as const, url, children: [{ text }] })), { text: ' voor meer.' }] }];
  pack.items[0]!.sections.spreekpunten = value;
  return pack;
}

function linksIn(value: unknown): string[] {
  return JSON.stringify(value).match(/"url":"[^"]*"/g) ?? [];
}

describe('the rule for a link address', () => {
  it('refuses a user name or password in a web address', () => {
    for (const url of [CREDENTIALS, 'https://jan@intranet.mindef.nl/', 'http://:geheim@intranet.mindef.nl/', 'HTTPS://Jan:x@WWW.NATO.INT']) expect(linkRefusal(url), url).toBe('credentials');
  });

  it('refuses a mailto that attaches a file, however the parameter is spelled', () => {
    for (const url of [ATTACHMENT, 'mailto:a@b.nl?attachment=C:%5Cstukken%5Cgeheim.docx', 'mailto:a@b.nl?ATTACH=x', 'mailto:a@b.nl?%61ttach=x', 'mailto:a@b.nl?body=x&attach=y']) {
      expect(linkRefusal(url), url).toBe('attachment');
    }
  });

  it('allows plain web and mail addresses, and refuses other schemes as before', () => {
    for (const url of ['https://www.nato.int/', 'http://intranet.mindef.nl/a?b=c', 'mailto:secretariaat@mindef.nl?subject=Stukken&body=Zie%20bijlage', 'https://bücher.example/']) expect(linkRefusal(url), url).toBeNull();
    expect(linkRefusal('javascript:alert(1)')).toBe('scheme');
    expect(linkRefusal('niet een adres')).toBe('malformed');
  });

  it('gives the address an export writes: hosts in their ASCII form, refused ones not at all', () => {
    expect(safeLinkHref('https://bücher.example/pad')).toBe('https://xn--bcher-kva.example/pad');
    expect(safeLinkHref('mailto:jan@bücher.example?subject=x')).toBe('mailto:jan@xn--bcher-kva.example?subject=x');
    expect(safeLinkHref('https://www.nato.int/')).toBe('https://www.nato.int/');
    expect(safeLinkHref(CREDENTIALS)).toBeNull();
    expect(safeLinkHref(ATTACHMENT)).toBeNull();
  });

  it('shows a host outside ASCII with its xn-- form, so a look-alike shows itself', () => {
    expect(linkHostForDisplay('https://bücher.example/pad')).toBe('bücher.example (xn--bcher-kva.example)');
    // A Cyrillic а (U+0430) in place of the Latin a.
    expect(linkHostForDisplay('https://\u0430pple.com/')).toBe('\u0430pple.com (xn--pple-43d.com)');
    expect(linkHostForDisplay('https://www.nato.int:443/x')).toBe('www.nato.int');
    expect(linkHostForDisplay('mailto:jan@bücher.example')).toBe('bücher.example (xn--bcher-kva.example)');
  });
});

describe('inserting a link', () => {
  it('gives the prompt the reason for a refusal', () => {
    expect(checkLinkInput(CREDENTIALS)).toEqual({ refused: 'credentials' });
    expect(checkLinkInput('secretariaat@mindef.nl?attach=/etc/passwd')).toEqual({ refused: 'attachment' });
    expect(checkLinkInput('javascript:alert(1)')).toEqual({ refused: 'scheme' });
    expect(checkLinkInput('www.nato.int')).toEqual({ url: 'https://www.nato.int' });
  });

  it('changes nothing in the text for an address with credentials or an attachment', () => {
    const editor = withInlines(createEditor());
    editor.children = [{ type: 'paragraph', children: [{ text: 'zie de stukken' }] }];
    const words = { anchor: { path: [0, 0], offset: 7 }, focus: { path: [0, 0], offset: 14 } };
    expect(insertLink(editor, CREDENTIALS, '', words)).toBe(false);
    expect(insertLink(editor, ATTACHMENT, '', words)).toBe(false);
    expect(linksIn(editor.children)).toEqual([]);
  });
});

describe('opening a pack that holds such links', () => {
  const pack = withLinks([
    { url: CREDENTIALS, text: 'de stukken' },
    { url: 'https://www.nato.int/', text: 'de NAVO' },
    { url: ATTACHMENT, text: 'het secretariaat' },
  ]);
  const decoded = decodePack(encodePack({ pack, annexFiles: new Map() }), 'brief.briefpack');

  it('keeps every word and drops only those links', () => {
    expect(decoded.pack.items[0]!.sections.spreekpunten).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: 'Zie ' },
          { text: 'de stukken' },
          { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'de NAVO' }] },
          { text: 'het secretariaat' },
          { text: ' voor meer.' },
        ],
      },
    ]);
  });

  it('says so in one line, in Dutch and English, naming the first link', () => {
    const warning = decoded.warnings?.find((w) => w.code === 'pack.unsafe-links');
    expect(warning?.params).toMatchObject({ count: 2, text: 'de stukken', path: 'items[0].sections.spreekpunten[0].children[1]' });
    for (const language of ['nl', 'en'] as const) {
      expect(warning!.describe(language)).toContain('brief.briefpack');
      expect(warning!.describe(language)).toContain('"de stukken"');
      expect(warning!.describe(language)).not.toContain('\n');
    }
    expect(decoded.warnings?.map((w) => w.code)).not.toContain('pack.changed-outside');
  });

  it('brings the stored editing state to the same text, so the links do not come back from it', () => {
    expect(linksIn(packFromDoc(docFromState(decoded.state!)).items[0]!.sections.spreekpunten)).toEqual(['"url":"https://www.nato.int/"']);
  });

  it('still refuses a pack with a javascript: link, as before', () => {
    const bad = withLinks([{ url: 'javascript:alert(1)', text: 'klik' }]);
    expect(() => decodePack(encodePack({ pack: bad, annexFiles: new Map() }), 'p')).toThrow(/p/);
  });
});

describe('the exporters, given such links in a pack made in code', () => {
  const pack = withLinks([
    { url: CREDENTIALS, text: 'de stukken' },
    { url: ATTACHMENT, text: 'het secretariaat' },
    { url: 'https://bücher.example/pad', text: 'de boeken' },
  ]);

  it('DOCX: writes only the checked address, in its ASCII form, as a hyperlink; the others as text', async () => {
    const files = unzipSync(await exportPack(pack));
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const body = strFromU8(files['word/document.xml']!);
    expect(rels).toContain('Target="https://xn--bcher-kva.example/pad"');
    expect(rels).not.toContain('geheim');
    expect(rels).not.toContain('attach');
    expect(rels).not.toContain('bücher');
    const linked = (body.match(/<w:hyperlink [\s\S]*?<\/w:hyperlink>/g) ?? []).join('');
    expect(linked).toContain('de boeken');
    for (const text of ['de stukken', 'het secretariaat']) {
      expect(body).toContain(text);
      expect(linked).not.toContain(text);
    }
  });

  it('PDF: link annotations only for the checked address, in its ASCII form', async () => {
    const template = builtInTemplate();
    const bytes = await exportPdf({ pack, annexFiles: new Map() }, template, await loadExportAssets(template, 'assets'));
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
    const urls: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const annotations = (await (await doc.getPage(n)).getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string }[];
      for (const a of annotations) if (a.subtype === 'Link' && (a.url ?? a.unsafeUrl)) urls.push((a.url ?? a.unsafeUrl)!);
    }
    await doc.destroy();
    expect(urls).toContain('https://xn--bcher-kva.example/pad');
    expect(urls.filter((url) => /geheim|attach|bücher/.test(url))).toEqual([]);
  });
});
