/** Text in XML, for every part either exporter writes (WordprocessingML, VML, XMP). */

// XML 1.0 forbids most control characters, U+FFFE/U+FFFF and unpaired
// surrogates; one stray character pasted from another program would make
// Word refuse the whole file.
function isForbidden(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

export function xmlSafe(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isForbidden(text, i)) continue;
    out += text.slice(kept, i);
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPED = /[&<>"']/g;

/** Text or an attribute value, escaped (and stripped of what XML 1.0 forbids). */
export function escapeXml(text: string): string {
  const safe = xmlSafe(text);
  return NEEDS_ESCAPE.test(safe) ? safe.replace(ESCAPED, (c) => ESCAPES[c]!) : safe;
}
