/**
 * The review step of "New from agenda…": what the importer recognised, and
 * the items, which the person can rename, merge, split at the cursor,
 * reorder, demote or drop before the pack is created. What the importer was
 * unsure of is marked, and counted at the top, until the person has checked it.
 */
import { useId, useRef, useState } from 'react';
import type { AgendaReview } from '../../core/contract';
import { dropItem, mergeWithNext, moveItem, renameItem, setItemLevel, splitItem } from '../../core/import/review';
import { formatLongDate } from '../../core/i18n/language';
import type { BriefingPack } from '../../core/model/pack';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useImportMessages } from '../i18n/import';
import { CheckMark } from './CheckMark';
import { MeetingDateField } from './MeetingDateField';
import { useDateText, type DateText } from './use-date-text';
import { itemCheck, lowConfidence, meetingCheck, toCheck, type CheckKey, type MeetingField } from './review-checks';
import { ReviewItem } from './ReviewItem';
import { cursorToBlockOffset, reviewText } from './source-offsets';

interface ImportReviewProps {
  review: AgendaReview;
  busy: boolean;
  onCancel(): void;
  onCreate(pack: BriefingPack): void;
}

type TextField = Exclude<MeetingField, 'date'>;

export function ImportReview({ review, busy, onCancel, onCreate }: ImportReviewProps) {
  const t = useImportMessages();
  const headingId = useId();
  const checkIds = useId();
  const dialog = useRef<HTMLElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const [pack, setPack] = useState(review.pack);
  const [selected, setSelected] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<CheckKey>>(new Set());
  const date = useDateText(review.pack.meeting.date, review.pack.language);
  // A meeting of several days has a last day; empty for one day.
  const endDate = useDateText(review.pack.meeting.endDate ?? '', review.pack.language);
  const endDateInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useModalFocus(dialog, { onEscape: onCancel, canClose: () => !busy });

  const items = pack.items;
  const current = items[Math.min(selected, items.length - 1)];
  const itemIds = items.map((item) => item.id);
  const low = new Set(lowConfidence(review.confidence, itemIds));
  const remaining = toCheck(review.confidence, itemIds, checked).length;

  const setCheck = (key: CheckKey, done = true) =>
    setChecked((keys) => {
      if (keys.has(key) === done) return keys;
      const next = new Set(keys);
      if (done) next.add(key);
      else next.delete(key);
      return next;
    });
  const mark = (key: CheckKey, what: string) =>
    low.has(key) ? <CheckMark id={`${checkIds}-${key}`} what={what} checked={checked.has(key)} onChecked={(done) => setCheck(key, done)} /> : null;
  const describedBy = (key: CheckKey) => (low.has(key) && !checked.has(key) ? `${checkIds}-${key}` : undefined);

  /** An edit to an item is the person checking it; moving or dropping is not. */
  const update = (next: BriefingPack['items'], select = selected, edited?: string) => {
    setPack({ ...pack, items: next });
    setSelected(Math.max(0, Math.min(select, next.length - 1)));
    if (edited) setCheck(itemCheck(edited));
  };
  const setMeeting = (field: TextField, value: string) => {
    setPack({ ...pack, meeting: { ...pack.meeting, [field]: value } });
    setCheck(meetingCheck(field));
  };
  const changeDate = (field: DateText, text: string) => {
    field.change(text);
    setCheck(meetingCheck('date'));
  };
  const split = () => {
    if (!current || !textArea.current) return;
    const { block, offset } = cursorToBlockOffset(current.source, textArea.current.selectionStart);
    update(splitItem(items, selected, block, offset, t.newItemTitle), selected + 1, current.id);
  };
  const create = () => {
    const [first, last] = [date.read(), endDate.read()];
    if (first === null || last === null) {
      (first === null ? dateInput : endDateInput).current?.focus();
      return;
    }
    const { endDate: _previous, ...meeting } = pack.meeting;
    onCreate({ ...pack, meeting: { ...meeting, date: first, ...(last > first ? { endDate: last } : {}) } });
  };

  const textField = (field: TextField, label: string) => (
    <div className="review-field">
      <label>
        {label}
        <input type="text" value={pack.meeting[field]} aria-describedby={describedBy(meetingCheck(field))} onChange={(e) => setMeeting(field, e.target.value)} />
      </label>
      {mark(meetingCheck(field), label)}
    </div>
  );

  return (
    <div className="review-backdrop">
      <section ref={dialog} className="review" role="dialog" aria-modal="true" aria-labelledby={headingId} tabIndex={-1}>
        <h2 id={headingId}>{t.reviewTitle(review.fileName)}</h2>
        <p className="review-help">{t.reviewHelp}</p>
        <p className={`review-to-check${remaining > 0 ? ' pending' : ''}`} role="status">
          {remaining > 0 ? t.toCheck(remaining) : low.size > 0 ? t.nothingLeftToCheck : ''}
        </p>
        <fieldset className="review-detected">
          <legend>{t.detected}</legend>
          {textField('name', t.meeting)}
          {textField('abbreviation', t.abbreviation)}
          <MeetingDateField
            label={t.meetingDate}
            text={date.text}
            documentLanguage={pack.language}
            unreadable={date.unreadable}
            describedBy={describedBy(meetingCheck('date'))}
            inputRef={dateInput}
            onChange={(text) => changeDate(date, text)}
            onBlur={date.leave}
          >
            {mark(meetingCheck('date'), t.meetingDate)}
          </MeetingDateField>
          <MeetingDateField
            label={t.meetingEndDate}
            text={endDate.text}
            documentLanguage={pack.language}
            unreadable={endDate.unreadable}
            inputRef={endDateInput}
            onChange={(text) => changeDate(endDate, text)}
            onBlur={endDate.leave}
          />
          {textField('location', t.location)}
          <dl>
            <dt>{t.letterDate}</dt>
            <dd>{[pack.letter.place, pack.letter.date ? formatLongDate(pack.letter.date, pack.language) : ''].filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t.signatory}</dt>
            <dd>
              {[review.signatory.role, review.signatory.name].filter(Boolean).join(', ') || '—'}
              {mark('signatory', t.signatory)}
            </dd>
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
                  check={low.has(itemCheck(item.id)) ? { checked: checked.has(itemCheck(item.id)), onChecked: (done) => setCheck(itemCheck(item.id), done) } : undefined}
                  onSelect={() => setSelected(index)}
                  onRename={(title) => update(renameItem(items, index, title), index, item.id)}
                  onLevel={(level) => update(setItemLevel(items, index, level), index, item.id)}
                  onMove={(offset) => update(moveItem(items, index, offset), index + offset)}
                  onMerge={() => update(mergeWithNext(items, index), index, item.id)}
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
                <textarea ref={textArea} readOnly value={reviewText(current.source)} rows={12} />
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
          <button type="button" className="primary" onClick={create} disabled={busy || items.length === 0}>
            {t.create}
          </button>
        </footer>
      </section>
    </div>
  );
}
