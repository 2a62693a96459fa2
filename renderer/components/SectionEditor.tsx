import { useCallback, useId, useState } from 'react';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { Language } from '../../core/i18n/language';
import { emptyRichText, type RichText } from '../../core/model/rich-text';
import { createBriefingEditor } from '../editor/create-editor';
import { handleHotkey } from '../editor/hotkeys';
import { renderElement } from '../editor/render-element';
import { renderLeaf } from '../editor/render-leaf';
import { useMessages } from '../language-context';
import { EditorToolbar } from './EditorToolbar';

interface SectionEditorProps {
  itemId: string;
  sectionKey: string;
  label: string;
  initialValue: RichText | undefined;
  language: Language;
  onEdit(itemId: string, key: string, value: RichText): void;
}

/**
 * One annotation section. The Slate value is the model (the binding lives in
 * slate-types.d.ts), so a change is handed up as is. Mounted per item and
 * section key: initialValue is read once.
 */
export function SectionEditor({ itemId, sectionKey, label, initialValue, language, onEdit }: SectionEditorProps) {
  const t = useMessages();
  const [editor] = useState(createBriefingEditor);
  const [value] = useState<Descendant[]>(() => initialValue ?? emptyRichText());
  const labelId = useId();

  const onChange = useCallback(
    (next: Descendant[]) => {
      if (editor.operations.every((op) => op.type === 'set_selection')) return;
      onEdit(itemId, sectionKey, next as RichText);
    },
    [editor, itemId, sectionKey, onEdit],
  );

  return (
    <section className="section-editor" aria-labelledby={labelId}>
      <h3 id={labelId} className="section-label">
        {label}
      </h3>
      <Slate editor={editor} initialValue={value} onChange={onChange}>
        <EditorToolbar label={label} />
        <Editable
          className="editable"
          aria-labelledby={labelId}
          lang={language}
          spellCheck
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          placeholder={t.emptySection}
          onKeyDown={(event) => handleHotkey(editor, event)}
        />
      </Slate>
    </section>
  );
}
