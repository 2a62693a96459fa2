/** A few fixed pieces of WordprocessingML that docx has no builder for, written as XML. */
import { ImportedXmlComponent, type XmlComponent } from 'docx';

const TAG = /<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:]+)="([^"]*)"/g;

function unescapeAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Elements-only XML (no text nodes) to docx components. docx's own
 * ImportedXmlComponent.fromXmlString loses the root element.
 */
export function parseElements(xml: string): XmlComponent {
  const [root] = parseFragment(xml);
  if (!root) throw new Error('no element in XML');
  return root;
}

/** Several sibling elements. */
export function parseFragment(xml: string): XmlComponent[] {
  const stack: ImportedXmlComponent[] = [];
  const roots: ImportedXmlComponent[] = [];
  for (const [, closing, name, attributes, selfClosing] of xml.matchAll(TAG)) {
    if (closing) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    // docx escapes attribute values when it writes them.
    for (const [, key, value] of (attributes ?? '').matchAll(ATTRIBUTE)) attrs[key!] = unescapeAttribute(value!);
    const component = new ImportedXmlComponent(name!, Object.keys(attrs).length ? attrs : undefined);
    const parent = stack.at(-1);
    if (parent) parent.push(component);
    else roots.push(component);
    if (!selfClosing) stack.push(component);
  }
  return roots;
}
