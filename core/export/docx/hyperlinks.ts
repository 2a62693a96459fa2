/**
 * External hyperlink targets of the body: each distinct address is one
 * relationship of document.xml, however often it is linked.
 */
import { escapeXml } from '../xml-text';

const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export class HyperlinkTargets {
  private readonly ids = new Map<string, string>();

  /** The relationship id for `url`. Ours are "rIdLink…", so they cannot meet docx's "rId1…". */
  id(url: string): string {
    let id = this.ids.get(url);
    if (id === undefined) {
      id = `rIdLink${this.ids.size + 1}`;
      this.ids.set(url, id);
    }
    return id;
  }

  /** Relationship elements for document.xml.rels. */
  toXml(): string {
    let xml = '';
    for (const [url, id] of this.ids) xml += `<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escapeXml(url)}" TargetMode="External"/>`;
    return xml;
  }
}
