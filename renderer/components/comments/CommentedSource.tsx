import { useEffect, useId, useMemo, useRef, useState, type Dispatch } from 'react';
import type { AgendaItem } from '../../../core/model/pack';
import { anchoredPassage, commentsInOrder, createId, findPassage, makeAnchor, type CommentAnchor } from '../../../core/model/pack-ops';
import type { Template } from '../../../core/template/schema';
import type { Language } from '../../../core/i18n/language';
import { useWorkflowMessages } from '../../i18n/workflow';
import type { DocumentAction } from '../../state/document';
import { useAuthorName } from './author-name';
import { CommentThread } from './CommentThread';
import { HighlightedSource, sourcePoint, type Highlight } from './HighlightedSource';
import { SourceRedaction } from './SourceRedaction';

interface CommentedSourceProps {
  item: AgendaItem;
  language: Language;
  exportMode: Template['sourceComments'];
  dispatch: Dispatch<DocumentAction>;
}

function commentIds(item: AgendaItem): Set<string> {
  return new Set(item.comments.flatMap((comment) => [comment.id, ...comment.replies.map((reply) => reply.id)]));
}

/**
 * The source text with its comments: select a passage, add a comment; the
 * passage is marked and the comment sits in the margin beside the text,
 * where it can be replied to, resolved and reopened.
 */
export function CommentedSource({ item, language, exportMode, dispatch }: CommentedSourceProps) {
  const w = useWorkflowMessages();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<CommentAnchor | null>(null);
  const [draft, setDraft] = useState<CommentAnchor | null>(null);
  /** A draft on a whole paragraph (chosen from a list, for the keyboard) rather than a selection. */
  const [byParagraph, setByParagraph] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [author, setAuthor] = useAuthorName();
  const marginId = useId();

  // Follow the document selection: a passage inside this source can be commented on.
  useEffect(() => {
    const onChange = () => setSelection(bodyRef.current ? selectedAnchor(bodyRef.current, item.source) : null);
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [item.source]);

  // Ctrl+Alt+M, Word's "new comment": on the selection as it is at that moment (selectionchange may not have
  // come yet), or, with the letter's text focused and nothing selected, on a paragraph chosen from a list.
  // Ctrl+Alt+R, as in the annotations: Redact (Woo)… on the selected words.
  const latestStart = useRef<(anchor: CommentAnchor | null) => void>(() => undefined);
  const [redacting, setRedacting] = useState<CommentAnchor | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey !== event.metaKey && event.altKey && !event.shiftKey)) return;
      if (event.code !== 'KeyM' && event.code !== 'KeyR') return;
      const body = bodyRef.current;
      if (!body) return;
      const anchor = selectedAnchor(body, item.source);
      if (event.code === 'KeyR') {
        if (!anchor) return;
        event.preventDefault();
        return setRedacting(anchor);
      }
      if (!anchor && !body.contains(document.activeElement)) return;
      event.preventDefault();
      latestStart.current(anchor);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [item.source]);

  const ordered = useMemo(() => commentsInOrder(item.comments), [item.comments]);
  const open = ordered.filter((comment) => !comment.resolved);
  const resolved = ordered.filter((comment) => comment.resolved);

  const highlights: Highlight[] = open
    .filter((comment) => anchoredPassage(item.source, comment.anchor) !== null)
    .map((comment) => ({ ...comment.anchor, id: comment.id, active: comment.id === active }));
  if (draft) highlights.push({ ...draft, id: 'draft', active: true });

  const startComment = () => {
    if (!selection) return;
    setDraft(selection);
    setByParagraph(false);
    document.getSelection()?.removeAllRanges();
  };
  const paragraphAnchor = (block: number) => makeAnchor(item.source, block, 0, Number.MAX_SAFE_INTEGER);
  const paragraphs = item.source
    .map((_, block) => paragraphAnchor(block))
    .flatMap((anchor) => (anchor ? [anchor] : []));
  const startParagraphComment = () => {
    const first = paragraphs[0];
    if (!first) return;
    setDraft(first);
    setByParagraph(true);
  };
  latestStart.current = (anchor) => {
    if (!anchor) return startParagraphComment();
    setDraft(anchor);
    setByParagraph(false);
    document.getSelection()?.removeAllRanges();
  };
  /** The keyboard's way to a passage: a paragraph, narrowed to words typed from it. False when they are not in it. */
  const choosePassage = (block: number, words: string): boolean => {
    const narrowed = words.trim() ? findPassage(item.source, block, words) : null;
    setDraft(narrowed ?? paragraphAnchor(block));
    return words.trim() === '' || narrowed !== null;
  };

  const submit = (text: string, name: string) => {
    if (!draft) return;
    if (name !== author) setAuthor(name);
    const id = createId('comment', commentIds(item));
    dispatch({ type: 'add-comment', itemId: item.id, comment: { id, anchor: draft, author: name, createdAt: new Date().toISOString(), text } });
    setDraft(null);
    setActive(id);
  };

  return (
    <div className="commented-source">
      {/* Focusable: it scrolls, and the keyboard must be able to scroll it and select in it. */}
      <div className="source-body" lang={language} ref={bodyRef} tabIndex={0}>
        <HighlightedSource value={item.source} highlights={highlights} onActivate={(id) => setActive(id)} />
      </div>
      <aside className="comment-margin" id={marginId} aria-label={w.commentsOn(item.title)}>
        <div className="comment-margin-head">
          <h4>{w.comments}</h4>
          <button
            type="button"
            className="small-button"
            disabled={!selection}
            aria-keyshortcuts="Control+Alt+M"
            title={selection ? undefined : w.selectToComment}
            aria-describedby={selection ? undefined : `${marginId}-hint`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={startComment}
          >
            {w.commentOnSelection}
          </button>
        </div>
        <SourceRedaction item={item} selection={selection} passage={redacting} onPassage={setRedacting} dispatch={dispatch} />
        <button type="button" className="small-button" disabled={paragraphs.length === 0} onClick={startParagraphComment}>
          {w.commentOnParagraph}
        </button>
        <p className="comment-hint" id={`${marginId}-hint`}>
          {w.selectToComment}
        </p>
        <p className="comment-hint">{w.exportMode(exportMode)}</p>
        {draft && (
          <NewCommentForm
            quote={draft.quote}
            paragraphs={byParagraph ? paragraphs : null}
            block={draft.block}
            onPassage={choosePassage}
            author={author}
            onSubmit={submit}
            onCancel={() => setDraft(null)}
          />
        )}
        {open.length === 0 && !draft && <p className="comment-hint">{w.noComments}</p>}
        <ul className="comment-list">
          {open.map((comment) => (
            <CommentThread
              key={comment.id}
              comment={comment}
              detached={anchoredPassage(item.source, comment.anchor) === null}
              active={comment.id === active}
              author={author}
              onAuthor={setAuthor}
              onFocus={() => setActive(comment.id)}
              onReply={(text, name) =>
                dispatch({
                  type: 'reply-comment',
                  itemId: item.id,
                  commentId: comment.id,
                  reply: { id: createId('reply', commentIds(item)), author: name, createdAt: new Date().toISOString(), text },
                })
              }
              onResolve={(value) => dispatch({ type: 'resolve-comment', itemId: item.id, commentId: comment.id, resolved: value })}
            />
          ))}
        </ul>
        {resolved.length > 0 && (
          <details className="resolved-comments">
            <summary>{w.showResolved(resolved.length)}</summary>
            <ul className="comment-list">
              {resolved.map((comment) => (
                <CommentThread
                  key={comment.id}
                  comment={comment}
                  detached={anchoredPassage(item.source, comment.anchor) === null}
                  active={false}
                  author={author}
                  onAuthor={setAuthor}
                  onFocus={() => undefined}
                  onReply={() => undefined}
                  onResolve={(value) => dispatch({ type: 'resolve-comment', itemId: item.id, commentId: comment.id, resolved: value })}
                />
              ))}
            </ul>
          </details>
        )}
      </aside>
    </div>
  );
}

/** The passage of the source selected in the page now, or null when the selection is not (only) in it. */
function selectedAnchor(body: HTMLElement, source: AgendaItem['source']): CommentAnchor | null {
  const current = document.getSelection();
  if (!current || current.rangeCount === 0 || current.isCollapsed) return null;
  const range = current.getRangeAt(0);
  if (!body.contains(range.startContainer)) return null;
  const start = sourcePoint(range.startContainer, range.startOffset);
  if (!start) return null;
  const end = body.contains(range.endContainer) ? sourcePoint(range.endContainer, range.endOffset) : null;
  // A selection running into the next block stops at the end of the first.
  const endOffset = end && end.block === start.block ? end.offset : Number.MAX_SAFE_INTEGER;
  return makeAnchor(source, start.block, start.offset, endOffset);
}

interface NewCommentFormProps {
  quote: string;
  /** Given, the passage is a whole paragraph chosen here. */
  paragraphs: CommentAnchor[] | null;
  block: number;
  /** Chooses the paragraph and, optionally, words within it; false when the words are not in it. */
  onPassage(block: number, words: string): boolean;
  author: string;
  onSubmit(text: string, name: string): void;
  onCancel(): void;
}

function NewCommentForm({ quote, paragraphs, block, onPassage, author, onSubmit, onCancel }: NewCommentFormProps) {
  const w = useWorkflowMessages();
  const [text, setText] = useState('');
  const [words, setWords] = useState('');
  const [wordsFound, setWordsFound] = useState(true);
  const wordsId = useId();
  const choose = (nextBlock: number, nextWords: string) => {
    setWords(nextWords);
    setWordsFound(onPassage(nextBlock, nextWords));
  };
  const [name, setName] = useState(author);
  const textId = useId();
  const nameId = useId();
  const blockId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const needsName = author === '';
  useEffect(() => {
    (needsName ? nameRef.current : textRef.current)?.focus();
  }, [needsName]);
  return (
    <form
      className="comment-form"
      aria-label={w.addComment}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() && name.trim() && wordsFound) onSubmit(text, name);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {paragraphs ? (
        <>
          <label htmlFor={blockId}>{w.paragraph}</label>
          <select id={blockId} value={block} onChange={(event) => choose(Number(event.target.value), words)}>
            {paragraphs.map((anchor, i) => (
              <option key={anchor.block} value={anchor.block}>
                {w.paragraphN(i + 1, anchor.quote.length > 60 ? `${anchor.quote.slice(0, 60)}…` : anchor.quote)}
              </option>
            ))}
          </select>
          <label htmlFor={wordsId}>{w.onlyTheseWords}</label>
          <input
            id={wordsId}
            value={words}
            maxLength={5_000}
            aria-invalid={!wordsFound}
            aria-describedby={`${wordsId}-status`}
            onChange={(event) => choose(block, event.target.value)}
          />
          <p className="comment-hint" id={`${wordsId}-status`} aria-live="polite">
            {wordsFound ? (words.trim() ? w.passage(quote) : w.wholeParagraph) : w.wordsNotFound}
          </p>
        </>
      ) : (
        <p className="comment-quote">{w.passage(quote)}</p>
      )}
      {needsName && (
        <>
          <label htmlFor={nameId}>{w.yourName}</label>
          <input id={nameId} ref={nameRef} value={name} maxLength={200} placeholder={w.namePlaceholder} onChange={(event) => setName(event.target.value)} required />
        </>
      )}
      <label htmlFor={textId}>{w.commentText}</label>
      <textarea id={textId} ref={textRef} value={text} rows={3} maxLength={20_000} onChange={(event) => setText(event.target.value)} required />
      <div className="comment-actions">
        <button type="submit" className="small-button primary" disabled={!wordsFound}>
          {w.addComment}
        </button>
        <button type="button" className="small-button" onClick={onCancel}>
          {w.cancel}
        </button>
      </div>
    </form>
  );
}
