/**
 * Pasted HTML through DOMPurify with a strict allow-list, returned as a
 * detached DOM that is only read (never inserted into the page). Styles and
 * classes are kept because Word and Google Docs carry bold, lists and
 * highlighting in them; the converter reads a few known properties and
 * nothing else survives into the model.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'div', 'span', 'br', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'mark',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'a', 'font', 'sup', 'sub',
];

/**
 * Inline styles are read under another name: the page's Content Security
 * Policy (style-src 'self') applies even to detached and parsed documents,
 * so parsing Word's style attributes would log a violation for each one.
 */
export const STYLE_ATTRIBUTE = 'data-paste-style';

const ALLOWED_ATTR = ['href', STYLE_ATTRIBUTE, 'class'];

/** Renames style attributes and removes <style> blocks before anything parses the HTML. */
function withoutInlineStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/(<[a-zA-Z][^<>]*?\s)style\s*=/g, `$1${STYLE_ATTRIBUTE}=`);
}

/** Elements whose text is never content (DOMPurify drops them too; listed so their text goes with them). */
const FORBID_CONTENTS = ['script', 'style', 'template', 'title', 'head', 'xml', 'noscript', 'iframe', 'object', 'svg', 'math', 'img', 'video', 'audio'];

export function sanitizeHtml(html: string): Element {
  const body = DOMPurify.sanitize(withoutInlineStyles(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    // Not a URL: without this DOMPurify reads 'font-weight:700' as a URL with an unknown scheme and drops it.
    ADD_URI_SAFE_ATTR: [STYLE_ATTRIBUTE],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    FORBID_CONTENTS,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM: true,
  });
  return body;
}
