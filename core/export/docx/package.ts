/**
 * The Word package: docx writes everything around the body (styles,
 * settings, headers and footers, notes, comments, properties, content
 * types) from a document whose sections each hold one placeholder
 * paragraph; the placeholders are then replaced by the body XML we wrote
 * (wml.ts), and the parts zipped with the host's deflate.
 */
import { Packer, Paragraph, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Deflate } from '../assets';
import { zipParts } from '../zip-parts';

const DOCUMENT = 'word/document.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
const SETTINGS = 'word/settings.xml';
const CONTENT_TYPES = '[Content_Types].xml';

/** Body text nobody types: the section's index between control-free markers. */
function marker(section: number): string {
  return `@@briefing-composer-body-${section}@@`;
}

/** The paragraph that holds the place of section `index`'s body. */
export function bodyPlaceholder(section: number): Paragraph {
  return new Paragraph({ text: marker(section) });
}

export interface PackageParts {
  /** The body XML of each section, in order. */
  bodies: readonly string[];
  /** Parts written by us that replace docx's own (numbering.xml). */
  overrides: readonly { path: string; data: string }[];
  /** Relationship elements to add to document.xml.rels (the hyperlinks). */
  relationships: string;
  /** w:endnotePr for settings.xml and every section, when endnotes go at the end of each section. */
  endnoteProperties?: string;
  /** Binary parts to add (the pictures under word/media/). */
  media?: readonly { path: string; data: Uint8Array }[];
}

/** After a section's header and footer references, where w:endnotePr goes in w:sectPr. */
const SECTION_START = /<w:sectPr\b[^>]*>(?:<w:(?:header|footer)Reference\b[^>]*\/>)*/g;

function spliceBodies(xml: string, bodies: readonly string[]): string {
  let out = '';
  let from = 0;
  bodies.forEach((body, section) => {
    const placeholder = `<w:p><w:r><w:t xml:space="preserve">${marker(section)}</w:t></w:r></w:p>`;
    const at = xml.indexOf(placeholder, from);
    if (at < 0) throw new Error(`DOCX body placeholder ${section} not found`);
    out += xml.slice(from, at) + body;
    from = at + placeholder.length;
  });
  return out + xml.slice(from);
}

function insertBefore(xml: string, tag: string, insert: string): string {
  const at = xml.lastIndexOf(tag);
  if (at < 0) throw new Error(`${tag} not found`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

export async function packageDocument(document: Document, parts: PackageParts, deflate?: Deflate): Promise<Uint8Array> {
  // docx zips its parts; the skeleton is small, so unzipping it again costs little.
  const skeleton = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document, false, [...parts.overrides])));
  const text = (name: string): string => {
    const data = skeleton[name];
    if (!data) throw new Error(`${name} missing from the DOCX`);
    return strFromU8(data);
  };
  let documentXml = spliceBodies(text(DOCUMENT), parts.bodies);
  // Word reads the numbering from settings; LibreOffice only from each section (else it numbers i, ii, iii).
  const endnotes = parts.endnoteProperties;
  if (endnotes) documentXml = documentXml.replace(SECTION_START, (start) => start + endnotes);
  skeleton[DOCUMENT] = strToU8(documentXml);
  if (parts.relationships) skeleton[RELATIONSHIPS] = strToU8(insertBefore(text(RELATIONSHIPS), '</Relationships>', parts.relationships));
  if (parts.endnoteProperties) {
    const settings = text(SETTINGS);
    // endnotePr comes before w:compat in the settings sequence.
    const tag = settings.includes('<w:compat>') ? '<w:compat>' : '</w:settings>';
    skeleton[SETTINGS] = strToU8(insertBefore(settings, tag, parts.endnoteProperties));
  }
  for (const part of parts.media ?? []) skeleton[part.path] = part.data as Uint8Array<ArrayBuffer>;
  // Directory entries carry no data; the content types go first, where file-type sniffers look.
  const entries = Object.entries(skeleton).filter(([name]) => !name.endsWith('/'));
  entries.sort(([a], [b]) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES));
  return zipParts(entries, deflate);
}
