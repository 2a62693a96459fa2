import type { ReactNode } from 'react';
import type { BlockElement, FormattedText, InlineNode, ListElement, RichText } from '../../../core/model/rich-text';
import { isAllowedLinkUrl } from '../../../core/model/rich-text';
import { isText } from '../../../core/model/walk';
import { collectFootnotes } from '../../editor/footnotes';
import { useMessages } from '../../language-context';
import { useRedactionMessages } from '../../i18n/redaction';
import { useNoteOffset } from '../note-offset-context';
import { FootnoteList } from '../FootnoteList';

/** A passage to mark in one block: [start, end) in the block's anchor text. */
export interface Highlight {
  block: number;
  start: number;
  end: number;
  /** The comment it belongs to; 'draft' for a comment being written. */
  id: string;
  active: boolean;
}

/**
 * The source text, read-only, with commented passages marked. Every line
 * (paragraph, list item, table cell) carries `data-base`: where it starts in
 * its block's anchor text (core/model/pack-ops anchorText), and footnote
 * markers carry `data-skip`, so a DOM selection maps back to offsets.
 */
export function HighlightedSource({ value, highlights, onActivate }: { value: RichText; highlights: readonly Highlight[]; onActivate(id: string): void }) {
  const t = useMessages();
  const r = useRedactionMessages();
  const footnotes = collectFootnotes(value);
  const firstNote = useNoteOffset() + 1;
  const numbers = new Map(footnotes.map((note, i) => [note, firstNote + i]));

  const block = (node: BlockElement, index: number): ReactNode => {
    const marks = highlights.filter((h) => h.block === index);
    let cursor = 0;
    const line = (children: InlineNode[]): { base: number; content: ReactNode[] } => {
      const base = cursor;
      const content = inlines(children, base, marks);
      cursor = base + inlineLength(children);
      return { base, content };
    };
    const nextLine = () => {
      cursor += 1; // the newline between lines, or the tab between cells
    };

    const inlines = (children: InlineNode[], base: number, within: readonly Highlight[]): ReactNode[] => {
      let pos = base;
      const out: ReactNode[] = [];
      children.forEach((child, key) => {
        if (isText(child)) {
          out.push(<span key={key}>{leaf(child, pos, within)}</span>);
          pos += child.text.length;
        } else if (child.type === 'link') {
          const href = isAllowedLinkUrl(child.url) ? child.url : undefined;
          out.push(
            <a key={key} href={href} rel="noreferrer noopener">
              {child.children.map((text, i) => {
                const rendered = <span key={i}>{leaf(text, pos, within)}</span>;
                pos += text.text.length;
                return rendered;
              })}
            </a>,
          );
        } else {
          const number = numbers.get(child) ?? 0;
          out.push(
            <sup key={key} className="footnote-ref" data-skip="" title={child.note} aria-label={t.footnote(number)}>
              {number}
            </sup>,
          );
        }
      });
      return out;
    };

    const leaf = (text: FormattedText, at: number, within: readonly Highlight[]): ReactNode => {
      const end = at + text.text.length;
      const cuts = new Set([at, end]);
      for (const h of within) {
        if (h.start > at && h.start < end) cuts.add(h.start);
        if (h.end > at && h.end < end) cuts.add(h.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      const pieces: ReactNode[] = [];
      for (let i = 0; i < points.length - 1; i++) {
        const from = points[i]!;
        const to = points[i + 1]!;
        let piece: ReactNode = text.text.slice(from - at, to - at);
        if (text.bold) piece = <strong>{piece}</strong>;
        if (text.italic) piece = <em>{piece}</em>;
        if (text.underline) piece = <u>{piece}</u>;
        if (text.strikethrough) piece = <s>{piece}</s>;
        const covering = within.filter((h) => h.start <= from && h.end >= to);
        if (covering.length > 0) {
          const first = covering[0]!;
          piece = (
            <mark
              className={['comment-mark', covering.some((h) => h.active) ? 'active' : '', first.id === 'draft' ? 'draft' : ''].filter(Boolean).join(' ')}
              data-comments={covering.map((h) => h.id).join(' ')}
              onClick={() => onActivate(first.id)}
            >
              {piece}
            </mark>
          );
        } else if (text.highlight) {
          piece = <mark>{piece}</mark>;
        }
        pieces.push(
          text.redacted ? (
            <span key={i} className="redacted" data-woo-ground={text.redacted} title={r.markedOn(text.redacted)}>
              {piece}
            </span>
          ) : (
            <span key={i}>{piece}</span>
          ),
        );
      }
      return pieces;
    };

    let body: ReactNode;
    switch (node.type) {
      case 'bulleted-list':
      case 'numbered-list': {
        let first = true;
        // `cursor > 0` alone would miss an empty first item; track the first line explicitly.
        const walk = (l: ListElement, key: number): ReactNode => {
          const items = l.children.map((child, i) => {
            if (child.type !== 'list-item') return walk(child, i);
            if (!first) nextLine();
            first = false;
            const { base, content } = line(child.children);
            return (
              <li key={i} data-base={base}>
                {content}
              </li>
            );
          });
          return l.type === 'numbered-list' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
        };
        body = walk(node, 0);
        break;
      }
      case 'table':
        body = (
          <table>
            <tbody>
              {node.children.map((row, r) => {
                if (r > 0) nextLine();
                return (
                  <tr key={r}>
                    {row.children.map((cell, c) => {
                      if (c > 0) nextLine();
                      const { base, content } = line(cell.children);
                      const Cell = cell.header ? 'th' : 'td';
                      return (
                        <Cell key={c} data-base={base}>
                          {content}
                        </Cell>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
        break;
      case 'heading':
        body = <h4 data-base={0}>{line(node.children).content}</h4>;
        break;
      case 'block-quote':
        body = <blockquote data-base={0}>{line(node.children).content}</blockquote>;
        break;
      default:
        body = <p data-base={0}>{line(node.children).content}</p>;
    }
    return (
      <div key={index} className="source-block" data-block={index}>
        {body}
      </div>
    );
  };

  return (
    <>
      {value.map(block)}
      <FootnoteList footnotes={footnotes} first={firstNote} />
    </>
  );
}

function inlineLength(nodes: readonly InlineNode[]): number {
  let n = 0;
  for (const node of nodes) {
    if (isText(node)) n += node.text.length;
    else if (node.type === 'link') n += node.children.reduce((sum, child) => sum + child.text.length, 0);
  }
  return n;
}

/** Where a DOM point falls in the source: block index and offset in that block's anchor text. */
export function sourcePoint(node: Node, offset: number): { block: number; offset: number } | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const line = element?.closest<HTMLElement>('[data-base]');
  const block = element?.closest<HTMLElement>('[data-block]');
  if (!line || !block) return null;
  const range = document.createRange();
  range.setStart(line, 0);
  range.setEnd(node, offset);
  const fragment = range.cloneContents();
  fragment.querySelectorAll('[data-skip]').forEach((skip) => skip.remove());
  return { block: Number(block.dataset.block), offset: Number(line.dataset.base) + (fragment.textContent ?? '').length };
}
