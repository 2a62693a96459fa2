/**
 * Comments on an item's source text, per template.sourceComments:
 * - 'word-comments': real Word comments around the exact passage; replies
 *   are threaded comments on the same passage (commentsExtended.xml).
 * - 'footnotes': a note after the passage with the comment and its replies.
 * - 'appendix': listed under labels.comments at the end of the item.
 * - 'none': left out.
 * Resolved comments stay in Word as resolved ("done"), as Word keeps them; the
 * printed modes leave them out, as they are done with.
 */
import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import { formatLongDate, type Language } from '../../i18n/language';
import type { AgendaItem, SourceComment } from '../../model/pack';
import { placeComment } from '../../model/comment-placement';
import { openComments } from '../../model/pack-ops';
import type { Template } from '../../template/schema';
import type { NoteCollector } from './footnotes';
import { MarkCursor, type Mark } from './marks';
import { STYLE } from './styles';
import { xmlSafe } from '../xml-text';
import { paragraph, run, runProperties, textParagraph, textRuns } from './wml';

function stamp(createdAt: string, language: Language): string {
  return formatLongDate(createdAt.slice(0, 10), language);
}

/** "Author (date): text", each reply on a line of its own. */
export function commentNote(comment: SourceComment, language: Language): string {
  return [comment, ...comment.replies].map((c) => `${c.author} (${stamp(c.createdAt, language)}): ${c.text}`).join('\n');
}

function initials(author: string): string {
  return author
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
    .slice(0, 4);
}

function textParagraphs(text: string, style?: string): Paragraph[] {
  return xmlSafe(text)
    .split('\n')
    .map((line) => new Paragraph({ ...(style && { style }), children: [new TextRun(line)] }));
}

export class CommentPlan {
  private readonly word: ICommentOptions[] = [];

  constructor(
    private readonly template: Template,
    private readonly notes: NoteCollector,
  ) {}

  private addWordComment(comment: { author: string; createdAt: string; text: string }, thread: { parentId?: number; resolved?: boolean } = {}): number {
    const id = this.word.length;
    this.word.push({
      id,
      author: xmlSafe(comment.author),
      initials: xmlSafe(initials(comment.author)),
      date: new Date(comment.createdAt),
      children: textParagraphs(comment.text, STYLE.commentText),
      ...(thread.parentId !== undefined && { parentId: thread.parentId }),
      ...(thread.resolved && { resolved: true }),
    });
    return id;
  }

  /** Marks for the printed source text of an item: a cursor per block index that has comments. */
  cursors(item: AgendaItem): ((blockIndex: number) => MarkCursor | undefined) | undefined {
    const mode = this.template.sourceComments;
    const comments = mode === 'word-comments' ? (item.comments ?? []) : openComments(item.comments);
    if (mode === 'none' || mode === 'appendix' || comments.length === 0 || item.source.length === 0) return undefined;
    const marks = new Map<number, Mark[]>();
    for (const comment of comments) {
      const placed = placeComment(item.source, comment.anchor);
      if (!placed) continue;
      const { block: blockIndex, start, end } = placed;
      const list = marks.get(blockIndex) ?? [];
      marks.set(blockIndex, list);
      if (mode === 'footnotes') {
        list.push({ offset: end, order: 1, xml: this.notes.add(commentNote(comment, this.template.language)) });
        continue;
      }
      // Word marks the whole thread done, replies included.
      const ids = [this.addWordComment(comment, { resolved: comment.resolved })];
      for (const reply of comment.replies) ids.push(this.addWordComment(reply, { parentId: ids[0], resolved: comment.resolved }));
      const reference = runProperties({ style: STYLE.commentReference });
      const startMarks = ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('');
      const endMarks = ids.map((id) => `<w:commentRangeEnd w:id="${id}"/>${run(`<w:commentReference w:id="${id}"/>`, reference)}`).join('');
      // Ends of earlier passages before starts at the same offset; an empty passage opens before it closes.
      list.push({ offset: start, order: 1, xml: startMarks }, { offset: end, order: start === end ? 2 : 0, xml: endMarks });
    }
    return (blockIndex) => {
      const list = marks.get(blockIndex);
      return list ? new MarkCursor(list) : undefined;
    };
  }

  /** The comments listed after the item, in 'appendix' mode. */
  appendix(item: AgendaItem, labelStyle: string): string {
    const comments = openComments(item.comments);
    if (this.template.sourceComments !== 'appendix' || comments.length === 0) return '';
    const { language } = this.template;
    const entry = (c: { author: string; createdAt: string; text: string }, style: string): string =>
      paragraph({ style }, textRuns(`${c.author} (${stamp(c.createdAt, language)}): `, runProperties({ bold: true })) + textRuns(c.text));
    let xml = textParagraph(labelStyle, this.template.labels.comments);
    for (const comment of comments) {
      if (comment.anchor.quote.trim()) xml += textParagraph(STYLE.quote, `“${comment.anchor.quote}”`);
      xml += entry(comment, STYLE.commentEntry);
      for (const reply of comment.replies) xml += entry(reply, STYLE.commentReply);
    }
    return xml;
  }

  /** Options for docx's comments part, or undefined when there are none. */
  documentOptions(): { children: ICommentOptions[] } | undefined {
    return this.word.length > 0 ? { children: this.word } : undefined;
  }
}
