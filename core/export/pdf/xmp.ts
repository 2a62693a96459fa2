/**
 * The XMP metadata packet: the same facts as the document information
 * dictionary (PDF/A requires them to agree), and the PDF/A-2b claim.
 */
import { escapeXml } from '../xml-text';
import type { DocumentInfo } from './render';

export interface XmpFacts extends DocumentInfo {
  /** Claim PDF/A-2b conformance (pdfaid:part 2, conformance B). */
  pdfA: boolean;
}

/** Seconds precision with Z, as the info dictionary's D:YYYYMMDDHHmmSSZ. */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function xmpPacket(facts: XmpFacts): string {
  const date = xmpDate(facts.created);
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(facts.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(facts.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(facts.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(facts.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(facts.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(facts.creator)}</pdf:Producer>`,
    `<pdf:Keywords>${escapeXml(facts.keywords.join(' '))}</pdf:Keywords>`,
    ...(facts.pdfA ? ['<pdfaid:part>2</pdfaid:part>', '<pdfaid:conformance>B</pdfaid:conformance>'] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
