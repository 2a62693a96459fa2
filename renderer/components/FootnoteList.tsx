import type { FootnoteElement } from '../../core/model/rich-text';
import { useMessages } from '../language-context';

/** The notes of a read-only text, numbered as their markers are. */
export function FootnoteList({ footnotes }: { footnotes: readonly FootnoteElement[] }) {
  const t = useMessages();
  if (footnotes.length === 0) return null;
  return (
    <ol className="footnotes" aria-label={t.notes}>
      {footnotes.map((note, i) => (
        <li key={i} value={i + 1}>
          {note.note}
        </li>
      ))}
    </ol>
  );
}
