import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { FormattedText, RichElement } from '../core/model/rich-text';

// The Slate value is the saved model: Slate's node types are the core types.
declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: RichElement;
    /** redactionGoesOn: a decoration (render-leaf.tsx), never stored. */
    Text: FormattedText & { redactionGoesOn?: true };
  }
}
