import type { ReactNode } from 'react';
import type { BlockElement, InlineNode, ListElement, RichText, TableElement } from '../../core/model/rich-text';
import { isAllowedLinkUrl } from '../../core/model/rich-text';
import { isText } from '../../core/model/walk';
import { collectFootnotes } from '../editor/footnotes';
import { useMessages } from '../language-context';
import { useRedactionMessages } from '../i18n/redaction';
import { useNoteOffset } from './note-offset-context';
import { FootnoteList } from './FootnoteList';

/** Read-only rendering of rich text (no editor), with its footnotes listed underneath. */
export function RichTextView({ value }: { value: RichText }) {
  const t = useMessages();
  const r = useRedactionMessages();
  const footnotes = collectFootnotes(value);
  const firstNote = useNoteOffset() + 1;
  const numbers = new Map(footnotes.map((note, i) => [note, firstNote + i]));

  const inline = (node: InlineNode, key: number): ReactNode => {
    if (isText(node)) {
      let out: ReactNode = node.text;
      if (node.bold) out = <strong>{out}</strong>;
      if (node.italic) out = <em>{out}</em>;
      if (node.underline) out = <u>{out}</u>;
      if (node.strikethrough) out = <s>{out}</s>;
      if (node.highlight) out = <mark>{out}</mark>;
      if (node.redacted) {
        return (
          <span key={key} className="redacted" data-woo-ground={node.redacted} title={r.markedOn(node.redacted)}>
            {out}
          </span>
        );
      }
      return <span key={key}>{out}</span>;
    }
    if (node.type === 'link') {
      const href = isAllowedLinkUrl(node.url) ? node.url : undefined;
      return (
        <a key={key} href={href} rel="noreferrer noopener">
          {node.children.map((child) => child.text).join('')}
        </a>
      );
    }
    const number = numbers.get(node) ?? 0;
    return (
      <sup key={key} className="footnote-ref" title={node.note} aria-label={t.footnote(number)}>
        {number}
      </sup>
    );
  };

  const list = (node: ListElement, key: number): ReactNode => {
    const items = node.children.map((child, i) =>
      // A nested list in an item of its own: HTML lists hold only items (see editor/elements/List.tsx).
      child.type === 'list-item' ? <li key={i}>{child.children.map(inline)}</li> : <li key={i} className="nested-list">{list(child, i)}</li>,
    );
    return node.type === 'numbered-list' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
  };

  const table = (node: TableElement, key: number): ReactNode => (
    <table key={key} className="rich-table">
      <tbody>
        {node.children.map((row, r) => (
          <tr key={r}>
            {row.children.map((cell, c) =>
              cell.header ? <th key={c} scope="col">{cell.children.map(inline)}</th> : <td key={c}>{cell.children.map(inline)}</td>,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );

  const block = (node: BlockElement, key: number): ReactNode => {
    switch (node.type) {
      case 'heading':
        return <h4 key={key}>{node.children.map(inline)}</h4>;
      case 'block-quote':
        return <blockquote key={key}>{node.children.map(inline)}</blockquote>;
      case 'bulleted-list':
      case 'numbered-list':
        return list(node, key);
      case 'table':
        return table(node, key);
      case 'paragraph':
      default:
        return <p key={key}>{node.children.map(inline)}</p>;
    }
  };

  return (
    <>
      {value.map(block)}
      <FootnoteList footnotes={footnotes} first={firstNote} />
    </>
  );
}
