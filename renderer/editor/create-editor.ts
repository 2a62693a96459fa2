import { createEditor, type Editor } from 'slate';
import { withReact } from 'slate-react';
import { withInlines } from './with-inlines';
import { withLists } from './with-lists';
import { withPaste } from './with-paste';
import { withTables } from './with-tables';

/** No slate-history: undo and redo are the document's one history (renderer/history), across items and the list. */
export function createBriefingEditor(): Editor {
  return withPaste(withTables(withLists(withInlines(withReact(createEditor())))));
}
