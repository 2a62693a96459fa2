/**
 * A pack written by another tool (or an older build) may hold a link the app
 * no longer makes: with a user name or password in it, or a mailto that
 * attaches a file (link-href.ts). On load such a link gives way to its text:
 * the words stay where they were, the address goes, and the first is named.
 */
import { isDroppedOnLoad, linkRefusal } from './link-href';
import { walkPath, type WalkStep } from './walk-path';

export interface DroppedLinks {
  /** How many links were taken out. */
  count: number;
  /** The first one's text, as the person reads it. */
  firstText: string;
  /** Where the first one was, as a field path (items[0].sections.x[1].children[0]). */
  firstPath: string;
}

/** Only a pack that holds a link at all is walked. */
const HAS_LINK = /"type"\s*:\s*"link"/;

function isDroppedLink(value: unknown): value is { url: string; children: unknown[] } {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  return node.type === 'link' && typeof node.url === 'string' && Array.isArray(node.children) && isDroppedOnLoad(linkRefusal(node.url));
}

function textOf(children: readonly unknown[]): string {
  return children.map((child) => (typeof child === 'object' && child !== null && typeof (child as { text?: unknown }).text === 'string' ? (child as { text: string }).text : '')).join('');
}

/** A container still to visit; its path is kept as a chain and spelled out only for the first link. */
interface Pending extends WalkStep {
  value: object;
  parent: Pending | undefined;
}

/**
 * Replaces each such link in freshly parsed JSON by its children, in place,
 * walking with a stack of its own (the JSON may nest deeper than the call
 * stack allows), in document order. Undefined when there was none.
 */
export function dropUnsafeLinks(raw: unknown, json: string): DroppedLinks | undefined {
  if (typeof raw !== 'object' || raw === null || !HAS_LINK.test(json)) return undefined;
  let dropped: DroppedLinks | undefined;
  const pending: Pending[] = [{ value: raw, parent: undefined, key: undefined }];
  while (pending.length > 0) {
    const at = pending.pop()!;
    const next: Pending[] = [];
    if (Array.isArray(at.value)) {
      const list = at.value as unknown[];
      for (let i = 0; i < list.length; i++) {
        const child = list[i];
        if (isDroppedLink(child)) {
          if (dropped) dropped.count++;
          else dropped = { count: 1, firstText: textOf(child.children).trim(), firstPath: walkPath(at, i) };
          list.splice(i, 1, ...child.children);
          i += child.children.length - 1;
        } else if (typeof child === 'object' && child !== null) {
          next.push({ value: child, parent: at, key: i });
        }
      }
    } else {
      for (const [key, child] of Object.entries(at.value)) {
        if (typeof child === 'object' && child !== null) next.push({ value: child, parent: at, key });
      }
    }
    // Pushed last first, so the first link in the document is the one named.
    for (let i = next.length - 1; i >= 0; i--) pending.push(next[i]!);
  }
  return dropped;
}
