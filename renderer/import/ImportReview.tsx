/**
 * The review step of "New from agenda…": what the importer recognised, and
 * the items, which the person can rename, merge, split at the cursor,
 * reorder, demote or drop before the pack is created.
 */
import { useId, useRef, useState } from 'react';
import type { AgendaReview } from '../../core/contract';
import { dropItem, mergeWithNext, moveItem, renameItem, setItemLevel, splitItem } from '../../core/import/review';
import { formatLongDate } from '../../core/i18n/language';
import type { BriefingPack, Meeting } from '../../core/model/pack';
import { useImportMessages } from '../i18n/import';
import { useLanguage } from '../language-context';
import { ReviewItem } from './ReviewItem';
import { cursorToBlockOffset, reviewText } from './source-offsets';

interface ImportReviewProps {
  review: AgendaReview;
  busy: boolean;
  onCancel(): void;
  onCreate(pack: BriefingPack): void;
}

export function ImportReview({ review, busy, onCancel, onCreate }: ImportReviewProps) {
  const t = useImportMessages();
  const language = useLanguage();
  const headingId = useId();
  const [pack, setPack] = useState(review.pack);
  const [selected, setSelected] = useState(0);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const items = pack.items;
  const current = items[Math.min(selected, items.length - 1)];

  const update = (next: BriefingPack['items'], select = selected) => {
    setPack({ ...pack, items: next });
    setSelected(Math.max(0, Math.min(select, next.length - 1)));
  };
  const setMeeting = (field: keyof Meeting, value: string) => setPack({ ...pack, meeting: { ...pack.meeting, [field]: value } });
  const split = () => {
    if (!current || !textArea.current) return;
    const { block, offset } = cursorToBlockOffset(current.source, textArea.current.selectionStart);
    update(splitItem(items, selected, block, offset, t.newItemTitle), selected + 1);
  };

  return (
    <div className="review-backdrop">
      <section className="review" role="dialog" aria-modal="true" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.reviewTitle(review.fileName)}</h2>
        <p className="review-help">{t.reviewHelp}</p>
        <fieldset className="review-detected">
          <legend>{t.detected}</legend>
          <label>
            {t.meeting}
            <input type="text" value={pack.meeting.name} onChange={(e) => setMeeting('name', e.target.value)} />
          </label>
          <label>
            {t.abbreviation}
            <input type="text" value={pack.meeting.abbreviation} onChange={(e) => setMeeting('abbreviation', e.target.value)} />
          </label>
          <label>
            {t.meetingDate}
            <input type="date" value={pack.meeting.date} onChange={(e) => setMeeting('date', e.target.value)} />
          </label>
          <label>
            {t.location}
            <input type="text" value={pack.meeting.location} onChange={(e) => setMeeting('location', e.target.value)} />
          </label>
          <dl>
            <dt>{t.letterDate}</dt>
            <dd>{[pack.letter.place, pack.letter.date ? formatLongDate(pack.letter.date, language) : ''].filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t.signatory}</dt>
            <dd>{[review.signatory.role, review.signatory.name].filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t.notItems}</dt>
            <dd>{review.titles.join(' · ') || '—'}</dd>
            <dd>{t.introduction(pack.introduction.length)}</dd>
            <dd>{t.footnotes(review.footnotes.length)}</dd>
            <dd>{t.references(pack.letter.references.length)}</dd>
          </dl>
        </fieldset>
        <div className="review-body">
          <div className="review-items">
            <h3>{t.items(items.length)}</h3>
            <ol aria-label={t.items(items.length)}>
              {items.map((item, index) => (
                <ReviewItem
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  selected={item === current}
                  onSelect={() => setSelected(index)}
                  onRename={(title) => update(renameItem(items, index, title), index)}
                  onLevel={(level) => update(setItemLevel(items, index, level), index)}
                  onMove={(offset) => update(moveItem(items, index, offset), index + offset)}
                  onMerge={() => update(mergeWithNext(items, index), index)}
                  onDrop={() => update(dropItem(items, index), index)}
                />
              ))}
            </ol>
            {items.length === 0 && <p role="alert">{t.noItemsLeft}</p>}
          </div>
          {current && (
            <div className="review-text">
              <label>
                {t.itemText(current.title)}
                <textarea ref={textArea} readOnly value={reviewText(current.source)} rows={16} />
              </label>
              <p className="review-help">{t.splitHelp}</p>
              <button type="button" onClick={split}>
                {t.splitAtCursor}
              </button>
            </div>
          )}
        </div>
        <footer className="review-footer">
          <button type="button" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </button>
          <button type="button" className="primary" onClick={() => onCreate(pack)} disabled={busy || items.length === 0}>
            {t.create}
          </button>
        </footer>
      </section>
    </div>
  );
}
