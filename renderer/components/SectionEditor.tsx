import { memo, startTransition, type DragEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Editor, Range, Transforms, type BaseRange, type Descendant, type PathRef } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { Language } from '../../core/i18n/language';
import { emptyRichText, type FigureElement, type FootnoteElement, type RichText } from '../../core/model/rich-text';
import { activeLink, insertFootnote, insertLink, removeFigure, removeFootnote, removeLink, setFigure, setFootnoteNote } from '../editor/commands';
import { activeRedaction, removeRedaction, setRedaction } from '../editor/commands/redaction';
import { createBriefingEditor } from '../editor/create-editor';
import { footnoteNumber } from '../editor/footnotes';
import { handleHotkey } from '../editor/hotkeys';
import { renderElement } from '../editor/render-element';
import { decorateRedactions, renderLeaf } from '../editor/render-leaf';
import { onPasteNotice, type PasteNotice } from '../editor/with-paste';
import { useEditorRegistry } from '../find/registry';
import { isRemoteOperation } from '../live/sync-editors';
import { useMessages } from '../language-context';
import { EditorToolbar } from './EditorToolbar';
import { EditorUiContext, type EditorUi } from './editor/editor-ui';
import { FootnotePopover } from './editor/FootnotePopover';
import { FigurePopover } from './editor/FigurePopover';
import { PasteNoticeText } from './editor/PasteNoticeText';
import { useMedia } from '../media/media-access';
import { insertPictures, setEditorMedia } from '../media/insert-pictures';
import { pictureFiles, type PictureFile } from '../media/picture-files';
import { carriesFiles, droppedFiles } from '../media/drop-pictures';
import { pickFile } from '../browser/pick-file';
import { LinkPopover } from './editor/LinkPopover';
import { RedactPopover } from './editor/RedactPopover';

interface SectionEditorProps {
  itemId: string;
  sectionKey: string;
  label: string;
  initialValue: RichText | undefined;
  language: Language;
  /** Footnotes earlier in the item (source text, earlier sections): this section's numbers continue from there. */
  footnoteOffset?: number;
  /** `typing`: only text typed or deleted, which the document history groups into one step as Word does. */
  onEdit(itemId: string, key: string, value: RichText, typing?: boolean): void;
}

type PopoverState =
  | { kind: 'link'; at: BaseRange; url: string; askText: boolean; canRemove: boolean }
  | { kind: 'footnote'; ref: PathRef; note: string; isNew: boolean }
  | { kind: 'figure'; ref: PathRef }
  | { kind: 'redact'; at: BaseRange; current: string | null }
  | null;

/**
 * One annotation section. The Slate value is the model (the binding lives in
 * slate-types.d.ts), so a change is handed up as is. Mounted per item and
 * section key: initialValue is read once, and later values of it do not
 * re-render the section (memo below), so typing re-renders only this editor.
 */
function SectionEditorView({ itemId, sectionKey, label, initialValue, language, footnoteOffset = 0, onEdit }: SectionEditorProps) {
  const t = useMessages();
  const [editor] = useState(createBriefingEditor);
  const [value] = useState<Descendant[]>(() => initialValue ?? emptyRichText());
  const [popover, setPopover] = useState<PopoverState>(null);
  const [notice, setNotice] = useState<PasteNotice | null>(null);
  const labelId = useId();
  const registry = useEditorRegistry();
  const media = useMedia();
  useEffect(() => {
    setEditorMedia(editor, media);
    return () => setEditorMedia(editor, null);
  }, [editor, media]);

  useEffect(() => registry.register(itemId, sectionKey, editor), [registry, itemId, sectionKey, editor]);
  useEffect(() => {
    onPasteNotice(editor, setNotice);
    return () => onPasteNotice(editor, null);
  }, [editor]);

  const onChange = useCallback(
    (next: Descendant[]) => {
      // Another writer's edit brought in by a live session is already in the document.
      if (editor.operations.every((op) => op.type === 'set_selection' || isRemoteOperation(op))) return;
      const typing = editor.operations.every((op) => op.type === 'insert_text' || op.type === 'remove_text' || op.type === 'set_selection');
      // The editor has already drawn the keystroke from its own state; the pack-wide update
      // (agenda list, word counts) is a transition React may interrupt for the next keystroke.
      startTransition(() => onEdit(itemId, sectionKey, next as RichText, typing));
    },
    [editor, itemId, sectionKey, onEdit],
  );

  // The editor takes focus back once the popover has gone: while it is there, it keeps focus in itself.
  const refocus = useRef<{ select: BaseRange | null } | null>(null);
  const close = useCallback((select?: BaseRange | null) => {
    setPopover((current) => {
      if (current?.kind === 'footnote' || current?.kind === 'figure') current.ref.unref();
      return null;
    });
    refocus.current = { select: select ?? null };
  }, []);
  useEffect(() => {
    const pending = refocus.current;
    if (popover || !pending) return;
    refocus.current = null;
    if (pending.select) Transforms.select(editor, pending.select);
    ReactEditor.focus(editor);
    // The dialog has already given focus back to the editor, and the browser put the caret at its start:
    // put the page's caret where the editor's is (ReactEditor.focus does not, for an editor that has focus).
    try {
      const range = editor.selection ? ReactEditor.toDOMRange(editor, editor.selection) : null;
      if (range) window.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    } catch {
      // The editor has not drawn its new content yet; its own selection handling follows.
    }
  }, [popover, editor]);

  const openLink = useCallback(() => {
    const at = editor.selection;
    if (!at) return;
    const link = activeLink(editor, at);
    setPopover({ kind: 'link', at, url: link?.[0].url ?? '', askText: !link && Range.isCollapsed(at), canRemove: !!link });
  }, [editor]);

  // On selected words, or on a marked passage (the caret in it, to take the mark off); nothing to do on a bare caret.
  const openRedact = useCallback(() => {
    const at = editor.selection;
    if (!at) return;
    const current = activeRedaction(editor, at);
    if (!current && Range.isCollapsed(at)) return;
    setPopover({ kind: 'redact', at, current });
  }, [editor]);

  const editFootnote = useCallback(
    (element: FootnoteElement, isNew = false) => {
      const path = ReactEditor.findPath(editor, element);
      setPopover({ kind: 'footnote', ref: Editor.pathRef(editor, path), note: element.note, isNew });
    },
    [editor],
  );

  const addFootnote = useCallback(() => {
    const path = insertFootnote(editor);
    if (!path) return;
    const [node] = Editor.node(editor, path);
    editFootnote(node as FootnoteElement, true);
  }, [editor, editFootnote]);

  const editFigure = useCallback(
    (element: FigureElement) => setPopover({ kind: 'figure', ref: Editor.pathRef(editor, ReactEditor.findPath(editor, element)) }),
    [editor],
  );

  // Pictures from the file chooser or a drop, checked by the document; the dialog for the first one's alt text opens at once.
  const addPictures = useCallback(
    async (files: Promise<PictureFile[]>) => {
      const { inserted, refused } = await insertPictures(editor, media, await files);
      setNotice(refused.length > 0 ? { pictures: refused } : null);
      const path = inserted[0];
      if (path) setPopover({ kind: 'figure', ref: Editor.pathRef(editor, path) });
    },
    [editor, media],
  );

  const addPicture = useCallback(async () => {
    const file = await pickFile('image/png,image/jpeg,.png,.jpg,.jpeg');
    if (file) await addPictures(pictureFiles([file]));
  }, [addPictures]);

  // Files from the file manager: the editor takes them as pictures where they are dropped, never as text.
  const onDragOver = useCallback((event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      const at = ReactEditor.findEventRange(editor, event, { suppressThrow: true });
      if (at) Transforms.select(editor, at);
      void addPictures(droppedFiles(event.dataTransfer));
    },
    [editor, addPictures],
  );

  const decorate = useMemo(() => decorateRedactions(editor), [editor]);
  const ui = useMemo<EditorUi>(() => ({ footnoteOffset, editFootnote: (element) => editFootnote(element), editFigure }), [footnoteOffset, editFootnote, editFigure]);

  const footnotePath = popover?.kind === 'footnote' ? popover.ref.current : null;
  const footnote = footnotePath ? (Editor.node(editor, footnotePath)[0] as FootnoteElement) : null;
  const figurePath = popover?.kind === 'figure' ? popover.ref.current : null;
  const figure = figurePath ? (Editor.node(editor, figurePath)[0] as FigureElement) : null;

  return (
    <section className="section-editor" aria-labelledby={labelId}>
      <h3 id={labelId} className="section-label">
        {label}
      </h3>
      <EditorUiContext.Provider value={ui}>
        <Slate editor={editor} initialValue={value} onChange={onChange}>
          <EditorToolbar label={label} onLink={openLink} onFootnote={addFootnote} onPicture={() => void addPicture()} onRedact={openRedact} />
          {popover?.kind === 'redact' && (
            <RedactPopover
              current={popover.current}
              onApply={(code) => {
                setRedaction(editor, code, popover.at);
                close(popover.at);
              }}
              onRemove={() => {
                removeRedaction(editor, popover.at);
                close(popover.at);
              }}
              onClose={() => close(popover.at)}
            />
          )}
          {popover?.kind === 'figure' && figurePath && figure?.type === 'figure' && (
            <FigurePopover
              figure={figure}
              onSave={(changes) => {
                setFigure(editor, figurePath, changes);
                close();
              }}
              onRemove={() => {
                removeFigure(editor, figurePath);
                close();
              }}
              onClose={() => close()}
            />
          )}
          {popover?.kind === 'link' && (
            <LinkPopover
              initialUrl={popover.url}
              askText={popover.askText}
              canRemove={popover.canRemove}
              onApply={(url, text) => {
                insertLink(editor, url, text, popover.at);
                close();
              }}
              onRemove={() => {
                removeLink(editor, popover.at);
                close();
              }}
              onClose={() => close(popover.at)}
            />
          )}
          {popover?.kind === 'footnote' && footnotePath && footnote && (
            <FootnotePopover
              number={footnoteOffset + footnoteNumber(editor.children, footnote)}
              initialNote={popover.note}
              onSave={(note) => {
                setFootnoteNote(editor, footnotePath, note);
                close();
              }}
              onRemove={() => {
                removeFootnote(editor, footnotePath);
                close();
              }}
              onClose={() => {
                if (popover.isNew && footnote.note === '') removeFootnote(editor, footnotePath);
                close();
              }}
            />
          )}
          <Editable
            className="editable"
            aria-labelledby={labelId}
            lang={language}
            spellCheck
            renderElement={renderElement}
            renderLeaf={renderLeaf}
            decorate={decorate}
            placeholder={t.emptySection}
            onKeyDown={(event) => handleHotkey(editor, event, { openLink, insertFootnote: addFootnote, editFigure, redact: openRedact })}
            onPaste={() => setNotice(null)}
            onDragOver={onDragOver}
            onDrop={onDrop}
          />
        </Slate>
      </EditorUiContext.Provider>
      <p role="status" className={notice ? 'paste-notice' : 'paste-notice-empty'}>
        <PasteNoticeText notice={notice} />
      </p>
    </section>
  );
}

export const SectionEditor = memo(
  SectionEditorView,
  (a, b) =>
    a.itemId === b.itemId &&
    a.sectionKey === b.sectionKey &&
    a.label === b.label &&
    a.language === b.language &&
    a.footnoteOffset === b.footnoteOffset &&
    a.onEdit === b.onEdit,
);
