/**
 * Checks on a Word letter's XML parts before mammoth reads them: a DTD
 * (Word never writes one, and entity declarations are how XML bombs and
 * external entities get in) is refused outright, and a reference to a
 * relationship or note that is not there is named, where mammoth would
 * fail with an error about its own internals.
 */
import { UserError } from '../i18n/errors';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORDML_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const UTF8 = new TextDecoder('utf-8');

/** The parts mammoth reads: XML and relationships. Media are never unpacked, so never read. */
export const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

function prefixFor(xml: string, namespace: string): string | null {
  const escaped = namespace.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${escaped}"`).exec(xml)?.[1] ?? null;
}

/** The relationship ids a part's .rels file declares. */
function relationshipIds(entries: Record<string, Uint8Array>, part: string): Set<string> {
  const slash = part.lastIndexOf('/');
  const rels = entries[`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`];
  const xml = rels ? UTF8.decode(rels) : '';
  return new Set([...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\bId="([^"]*)"/g)].map((m) => m[1]!));
}

function noteIds(xml: string | undefined, element: 'footnote' | 'endnote', w: string): Set<string> {
  if (!xml) return new Set();
  return new Set([...xml.matchAll(new RegExp(`<${w}:${element}\\b[^>]*?\\b${w}:id="([^"]*)"`, 'g'))].map((m) => m[1]!));
}

function assertReferencesResolve(entries: Record<string, Uint8Array>, file: string, part: string, xml: string): void {
  const r = prefixFor(xml, RELATIONSHIPS_NS);
  if (r) {
    const declared = relationshipIds(entries, part);
    for (const match of xml.matchAll(new RegExp(`\\s${r}:\\w+="([^"]*)"`, 'g'))) {
      if (!declared.has(match[1]!)) throw new UserError('import.docx-missing-part', { file, part, kind: 'relationship', id: match[1]! });
    }
  }
  const w = prefixFor(xml, WORDML_NS);
  if (!w) return;
  for (const element of ['footnote', 'endnote'] as const) {
    const references = [...xml.matchAll(new RegExp(`<${w}:${element}Reference\\b[^>]*?\\b${w}:id="([^"]*)"`, 'g'))];
    if (references.length === 0) continue;
    const notesXml = entries[`word/${element}s.xml`];
    const known = noteIds(notesXml && UTF8.decode(notesXml), element, w);
    for (const reference of references) {
      if (!known.has(reference[1]!)) throw new UserError('import.docx-missing-part', { file, part, kind: element, id: reference[1]! });
    }
  }
}

/** Refuses a DTD in any XML part, and a dangling reference in the body or its notes. */
export function assertDocxPartsSafe(entries: Record<string, Uint8Array>, file: string): void {
  for (const [part, bytes] of Object.entries(entries)) {
    if (isXmlPart(part) && /<!DOCTYPE|<!ENTITY/i.test(UTF8.decode(bytes))) throw new UserError('import.docx-dtd', { file, part });
  }
  for (const part of ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml']) {
    const bytes = entries[part];
    if (bytes) assertReferencesResolve(entries, file, part, UTF8.decode(bytes));
  }
}
