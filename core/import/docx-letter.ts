/**
 * A Word letter to the text the letter parser reads. mammoth reads the
 * document (paragraphs, Word heading styles, footnotes); its HTML is never
 * put into a page, only walked here for text, so there is nothing to
 * sanitise. The zip is checked and unpacked with bounded memory first, and
 * mammoth is handed a re-packed, uncompressed copy of the XML parts only:
 * it never inflates anything itself, so a zip bomb cannot get past the
 * limits, and it never sees an image, embedded or linked (file://, http),
 * nor opens anything outside the file.
 */
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { UserError } from '../i18n/errors';
import { safeUnzip } from '../zip/safe-unzip';
import { assertDocxPartsSafe, isXmlPart } from './docx-parts';
import { assertParagraphCount, assertTextSize } from './letter-limits';
import type { HeadingRole } from './pdf-lines';

export const DOCX_LIMITS = { entries: 2_000, entryBytes: 50 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 } as const;

export interface DocxLetterText {
  text: string;
  headings: Map<string, HeadingRole>;
}

const STYLE_MAP = ["p[style-name='Title'] => p.doc-title:fresh", "p.Title => p.doc-title:fresh"];
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Images carry no agenda text: none is read, so neither an embedded nor a linked one is ever opened. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

/** Walks mammoth's HTML: one block per paragraph-like element, footnote references glued to their word. */
export function htmlToLetterText(html: string): DocxLetterText {
  const blocks: string[] = [];
  const footnotes: string[] = [];
  /** Heading lines by the depth of their Word heading style (1 for Heading 1), or 'title'. */
  const depths = new Map<string, number | 'title'>();
  let current = '';
  let role: number | 'title' | null = null;
  let footnoteNumber: string | null = null;
  let inBacklink = false;
  let inReference = false;
  const flush = () => {
    // A line break inside a paragraph (an address block, a signature) keeps its lines apart; a heading is one line.
    const text = (role || footnoteNumber ? current.replace(/\s+/g, ' ') : current.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n')).trim();
    if (text) {
      if (footnoteNumber) footnotes.push(`${footnoteNumber} ${text}`);
      else blocks.push(text);
      if (role && !footnoteNumber) depths.set(text, role);
    }
    current = '';
    role = null;
  };
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const [, closing, rawTag, attributes = '', text] = match;
    if (text !== undefined) {
      if (inBacklink) continue;
      current += inReference ? decodeEntities(text).replace(/[[\]]/g, '') : decodeEntities(text);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') current += '\n';
    else if (tag === 'a' && !closing) {
      inReference = /href="#footnote-\d+"/.test(attributes) || /href="#endnote-\d+"/.test(attributes);
      inBacklink = /href="#(foot|end)note-ref-\d+"/.test(attributes);
    } else if (tag === 'a') [inReference, inBacklink] = [false, false];
    else if (tag === 'li' && !closing && /id="(foot|end)note-(\d+)"/.test(attributes)) {
      flush();
      footnoteNumber = /id="(?:foot|end)note-(\d+)"/.exec(attributes)![1]!;
    } else if (BLOCK_TAGS.has(tag)) {
      if (!closing) {
        flush();
        role = /^h[1-6]$/.test(tag) ? Number(tag[1]) : /class="doc-title"/.test(attributes) ? 'title' : null;
      } else {
        flush();
        if (tag === 'li' && footnoteNumber) footnoteNumber = null;
      }
    }
  }
  flush();
  return { text: [...blocks, ...footnotes].join('\n\n') + '\n', headings: headingLevels(depths) };
}

/** The shallowest heading style a letter uses heads its items (a letter may start at Heading 2); deeper ones, sub-items. */
function headingLevels(depths: ReadonlyMap<string, number | 'title'>): Map<string, HeadingRole> {
  const top = Math.min(...[...depths.values()].filter((depth): depth is number => depth !== 'title'));
  return new Map([...depths].map(([text, depth]) => [text, depth === 'title' ? 'title' : depth === top ? 1 : 2]));
}

/**
 * Paragraphs and text counted in the body's XML, before mammoth reads it:
 * mammoth holds the whole document in memory several times over and takes
 * minutes on a body far beyond any letter's.
 */
function assertDocxBodyBounds(xml: Uint8Array, file: string): void {
  const body = new TextDecoder('utf-8').decode(xml);
  let paragraphs = 0;
  for (const _ of body.matchAll(/<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g)) paragraphs++;
  assertParagraphCount(paragraphs, file);
  let characters = 0;
  for (const match of body.matchAll(/<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([^<]*)/g)) characters += match[1]!.length;
  assertTextSize(characters, file);
}

export async function docxToLetterText(bytes: Uint8Array, file: string): Promise<DocxLetterText> {
  const entries = safeUnzip(bytes, file, DOCX_LIMITS, isXmlPart);
  if (!entries['word/document.xml']) throw new UserError('import.bad-docx', { file, detail: 'no word/document.xml' });
  assertDocxPartsSafe(entries, file);
  assertDocxBodyBounds(entries['word/document.xml'], file);
  const stored = zipSync(entries, { level: 0 });
  let html: string;
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in the browser build; give it both.
    const input = { arrayBuffer: stored.buffer as ArrayBuffer, buffer: stored } as unknown as { arrayBuffer: ArrayBuffer };
    ({ value: html } = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: NO_IMAGES }));
  } catch (error) {
    // mammoth's own TypeErrors mean a part or reference it relies on is missing; its message would only confuse.
    if (error instanceof TypeError || error instanceof RangeError) throw new UserError('import.docx-incomplete', { file });
    throw new UserError('import.bad-docx', { file, detail: (error as Error).message?.split('\n')[0]?.replace(/\s+/g, ' ') || 'unreadable' });
  }
  const result = htmlToLetterText(html);
  if (!result.text.trim()) throw new UserError('import.empty', { file });
  return result;
}
