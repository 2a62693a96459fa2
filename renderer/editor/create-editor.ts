import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withInlines } from './with-inlines';
import { withLists } from './with-lists';

export function createBriefingEditor(): Editor {
  return withLists(withInlines(withHistory(withReact(createEditor()))));
}
