import type { FootnoteElement } from '../../core/model/rich-text';
import { useMessages } from '../language-context';

/** The notes of a read-only text, numbered as their markers are. */
/** `first`: the number of the first note, as the exports print it. */
export function FootnoteList({ footnotes, first = 1 }: { footnotes: readonly FootnoteElement[]; first?: number }) {
  const t = useMessages();
  if (footnotes.length === 0) return null;
  return (
    <ol className="footnotes" aria-label={t.notes}>
      {footnotes.map((note, i) => (
        <li key={i} value={first + i}>
          {note.note}
        </li>
      ))}
    </ol>
  );
}
