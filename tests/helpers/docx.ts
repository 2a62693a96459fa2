/** Test helpers for the DOCX exporter: export, unzip, and read paragraphs out of WordprocessingML. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportAssets } from '../../core/export/assets';
import { exportDocx } from '../../core/export/docx/index';
import type { BriefingPack } from '../../core/model/pack';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';
import { samplePack } from './sample';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const BUILT_IN_TEMPLATE_IDS = ['nl-ministeriele-briefing', 'en-nato-ministerial', 'speaking-notes'] as const;

export function builtInTemplate(id: string = 'nl-ministeriele-briefing'): Template {
  const file = path.join(ROOT, 'templates', id, 'template.json');
  return parseTemplate(JSON.parse(readFileSync(file, 'utf8')), id);
}

/** DOCX embeds no fonts; the exporter measures with them only to pre-fill the contents' page numbers. */
export const NO_FONTS: ExportAssets = {
  fonts: { regular: new Uint8Array(), bold: new Uint8Array(), italic: new Uint8Array(), boldItalic: new Uint8Array() },
};

let fonts: Promise<ExportAssets> | undefined;
/** The template fonts from assets/ (all built-ins use the same files). */
export function exportFonts(template: Template = builtInTemplate()): Promise<ExportAssets> {
  fonts ??= loadExportAssets(template, path.join(ROOT, 'assets'));
  return fonts;
}

export async function exportPack(pack: BriefingPack, template: Template = builtInTemplate()): Promise<Uint8Array> {
  return exportDocx({ pack, annexFiles: new Map() }, template, await exportFonts(template));
}

/** Every part of the package as text. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts[name] = strFromU8(data);
  return parts;
}

export function part(parts: Record<string, string>, name: string): string {
  const xml = parts[name];
  if (xml === undefined) throw new Error(`${name} missing; parts: ${Object.keys(parts).join(', ')}`);
  return xml;
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface WordParagraph {
  style: string | undefined;
  text: string;
  xml: string;
}

/** The paragraphs of a part in order, with their style id and visible text. */
export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1];
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join('');
    return { style, text, xml: match[0] };
  });
}

/** The package part a relationship id of document.xml points to, e.g. "word/header1.xml". */
export function relationshipTarget(parts: Record<string, string>, id: string): { target: string; external: boolean } {
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\s[^>]*\/>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${id}"`));
  if (!rel) throw new Error(`no relationship ${id}`);
  const target = unescapeXml(/Target="([^"]*)"/.exec(rel)?.[1] ?? '');
  return { target, external: /TargetMode="External"/.test(rel) };
}

/** The header or footer part the section uses for `type` ("default" or "first"). */
export function sectionPart(parts: Record<string, string>, kind: 'header' | 'footer', type: 'default' | 'first'): string {
  const documentXml = part(parts, 'word/document.xml');
  const reference = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"/>`).exec(documentXml);
  if (!reference?.[1]) throw new Error(`no ${type} ${kind} reference`);
  return part(parts, `word/${relationshipTarget(parts, reference[1]).target}`);
}

/** Text of a part, paragraphs joined by newlines. */
export function partText(xml: string): string {
  return paragraphs(xml)
    .map((p) => p.text)
    .join('\n');
}

/** The sample pack annotated under the template's own section keys. */
export function annotatedSample(template: Template): BriefingPack {
  const { pack } = samplePack();
  return {
    ...pack,
    templateId: template.id,
    items: pack.items.map((item) => ({
      ...item,
      sections: Object.fromEntries(
        template.sections.map((section) => [section.key, [{ type: 'paragraph' as const, children: [{ text: `${section.label}: ${item.title}` }] }]]),
      ),
    })),
  };
}
