import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withInlines } from './with-inlines';
import { withLists } from './with-lists';
import { withPaste } from './with-paste';
import { withTables } from './with-tables';

export function createBriefingEditor(): Editor {
  return withPaste(withTables(withLists(withInlines(withHistory(withReact(createEditor()))))));
}
