import { useId, useState } from 'react';
import type { SourceComment } from '../../../core/model/pack';
import { formatCommentTime, useWorkflowMessages } from '../../i18n/workflow';
import { useLanguage } from '../../language-context';

interface CommentThreadProps {
  comment: SourceComment;
  detached: boolean;
  active: boolean;
  author: string;
  onAuthor(name: string): void;
  onFocus(): void;
  onReply(text: string, author: string): void;
  onResolve(resolved: boolean): void;
}

/** One comment in the margin: the passage, who and when, the text, its replies, reply and resolve. */
export function CommentThread({ comment, detached, active, author, onAuthor, onFocus, onReply, onResolve }: CommentThreadProps) {
  const w = useWorkflowMessages();
  const language = useLanguage();
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const [name, setName] = useState(author);
  const headingId = useId();
  const replyId = useId();
  const nameId = useId();
  return (
    <li
      className={['comment', active ? 'active' : '', comment.resolved ? 'resolved' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-comment-id={comment.id}
      onFocus={onFocus}
    >
      <p className="comment-quote" id={headingId}>
        {w.passage(comment.anchor.quote)}
      </p>
      {detached && <p className="comment-hint">{w.detached}</p>}
      <p className="comment-meta">{w.commentBy(comment.author || w.anonymous, formatCommentTime(comment.createdAt, language))}</p>
      <p className="comment-text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ul className="comment-replies">
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <p className="comment-meta">{w.commentBy(reply.author || w.anonymous, formatCommentTime(reply.createdAt, language))}</p>
              <p className="comment-text">{reply.text}</p>
            </li>
          ))}
        </ul>
      )}
      {replying ? (
        <form
          className="comment-form"
          aria-label={w.reply}
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim() || !name.trim()) return;
            if (name !== author) onAuthor(name);
            onReply(text, name.trim());
            setText('');
            setReplying(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setReplying(false);
            }
          }}
        >
          {author === '' && (
            <>
              <label htmlFor={nameId}>{w.yourName}</label>
              <input id={nameId} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} required />
            </>
          )}
          <label htmlFor={replyId}>{w.replyText}</label>
          <textarea id={replyId} value={text} rows={2} maxLength={20_000} autoFocus onChange={(event) => setText(event.target.value)} required />
          <div className="comment-actions">
            <button type="submit" className="small-button primary">
              {w.sendReply}
            </button>
            <button type="button" className="small-button" onClick={() => setReplying(false)}>
              {w.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="comment-actions">
          {!comment.resolved && (
            <button type="button" className="small-button" onClick={() => setReplying(true)} aria-describedby={headingId}>
              {w.reply}
            </button>
          )}
          <button type="button" className="small-button" onClick={() => onResolve(!comment.resolved)} aria-describedby={headingId}>
            {comment.resolved ? w.reopen : w.resolve}
          </button>
        </div>
      )}
    </li>
  );
}
