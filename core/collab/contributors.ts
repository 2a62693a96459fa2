/**
 * Who wrote what: each writing session of a document (one Yjs client id)
 * is listed with the name of the person it wrote for. Yjs tags every
 * character and record with its client id, so this list is enough to say
 * later who typed a passage. Entries are only appended, so concurrent
 * sessions never conflict.
 */
import type * as Y from 'yjs';

export interface Contribution {
  client: number;
  author: string;
  /** When that session's changes were saved (ISO 8601); absent in states written before it was kept. */
  at?: string;
}

function contributions(doc: Y.Doc): Y.Array<Contribution> {
  return doc.getArray<Contribution>('contributions');
}

/** Names the author of what this document's current client writes, and when; once per client. */
export function recordAuthor(doc: Y.Doc, author: string, at?: string): void {
  const name = author.trim().slice(0, 200);
  if (!name || contributions(doc).toArray().some((entry) => entry.client === doc.clientID)) return;
  contributions(doc).push([{ client: doc.clientID, author: name, ...(at ? { at } : {}) }]);
}

/** Every recorded writing session, as the document lists them. */
export function contributionsOf(doc: Y.Doc): Contribution[] {
  return contributions(doc).toArray();
}

/** Every author named in the document, each once, alphabetically (merged copies have no one order). */
export function authorsOf(doc: Y.Doc): string[] {
  return [...new Set(contributions(doc).toArray().map((entry) => entry.author))].sort((a, b) => a.localeCompare(b));
}

/** The author of what a client id wrote, or null where no name was recorded. */
export function authorOfClient(doc: Y.Doc, client: number): string | null {
  return contributions(doc).toArray().find((entry) => entry.client === client)?.author ?? null;
}
