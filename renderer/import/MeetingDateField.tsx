import { useId, type ReactNode, type Ref } from 'react';
import type { Language } from '../../core/i18n/language';
import { useImportMessages } from '../i18n/import';
import { dateFieldText } from './date-field';

interface MeetingDateFieldProps {
  label: string;
  text: string;
  /** The pack's language: the format the date is shown and explained in. */
  documentLanguage: Language;
  /** Shown once the person has left the field (or tried to create the pack) with a date that cannot be read. */
  unreadable: boolean;
  /** The low-confidence mark's id, while the field is still to check. */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange(text: string): void;
  onBlur(): void;
  /** The low-confidence mark, under the field. */
  children?: ReactNode;
}

/** The meeting date as text in the document's language, with a message in the UI's language when it cannot be read. */
export function MeetingDateField(props: MeetingDateFieldProps) {
  const t = useImportMessages();
  const errorId = useId();
  const describedBy = [props.unreadable ? errorId : '', props.describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  // The message and the mark sit outside the label, so they are not part of the field's name.
  return (
    <div className="review-field">
      <label>
        {props.label}
        <input
          ref={props.inputRef}
          type="text"
          autoComplete="off"
          value={props.text}
          aria-invalid={props.unreadable || undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
        />
      </label>
      {props.unreadable && (
        <span id={errorId} className="review-field-error" role="alert">
          {t.dateUnreadable(dateFieldText('2025-02-13', props.documentLanguage), '13-02-2025')}
        </span>
      )}
      {props.children}
    </div>
  );
}
