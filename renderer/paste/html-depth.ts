/**
 * Pasted HTML is flattened before anything parses it: parsing and
 * sanitising a tree take time that grows with its depth times its size (a
 * 700 KB clipboard of 100,000 nested <div>s held the tab for half a
 * minute). One pass over the string counts how deep elements nest; tags
 * deeper than the limit are taken out (a block tag becomes a line break, so
 * the text stays apart), the text inside them is kept.
 */
import { PASTE_LIMITS } from './limits';

export interface FlattenedHtml {
  html: string;
  /** Some tags nested deeper than the limit and were taken out. */
  flattened: boolean;
  /** Start tags seen (the whole string, flattened or not). */
  tags: number;
}

// Never hold content, so they never nest.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Closed by the next of their kind, so they cannot nest without another element between (which is counted).
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp']);
// Their content is text up to their end tag, not markup.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const INLINE = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'mark', 'span', 'font', 'sup', 'sub', 'small', 'big', 'code', 'abbr', 'o:p']);

const TAG_NAME = /(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

export function flattenDeepHtml(html: string, maxDepth: number = PASTE_LIMITS.depth): FlattenedHtml {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let tags = 0;
  let flattened = false;
  let lastWasBreak = false;
  // The next '>' is remembered, so a string of '<' without '>' is still read in one pass.
  let nextClose = -1;
  const closeAfter = (from: number): number => {
    if (nextClose < from && nextClose !== Infinity) {
      nextClose = lower.indexOf('>', from);
      if (nextClose < 0) nextClose = Infinity;
    }
    return nextClose;
  };
  const drop = (start: number, end: number, name: string): void => {
    const between = html.slice(copiedTo, start);
    out.push(between);
    if (between.trim() !== '') lastWasBreak = false;
    copiedTo = end;
    flattened = true;
    // One line break for a run of block tags with nothing between them.
    if (INLINE.has(name) || lastWasBreak) return;
    out.push('<br>');
    lastWasBreak = true;
  };

  let at = 0;
  for (let lt = lower.indexOf('<', at); lt >= 0; lt = lower.indexOf('<', at)) {
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      if (end < 0) break;
      at = end + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const match = TAG_NAME.exec(lower);
    const gt = closeAfter(lt + 1);
    if (gt === Infinity) break;
    if (!match) {
      at = lt + 1;
      continue;
    }
    const closing = match[1] === '/';
    const name = match[2]!;
    at = gt + 1;
    if (closing) {
      if (VOID.has(name) || OPTIONAL_END.has(name) || depth === 0) continue;
      if (depth > maxDepth) drop(lt, at, name);
      depth--;
      continue;
    }
    tags++;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      at = end < 0 ? lower.length : end;
      continue;
    }
    // '<div/>' opens a div like '<div>' does in HTML, so a slash does not end it here either.
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    depth++;
    if (depth > maxDepth) drop(lt, at, name);
  }
  if (!flattened) return { html, flattened, tags };
  out.push(html.slice(copiedTo));
  return { html: out.join(''), flattened, tags };
}
