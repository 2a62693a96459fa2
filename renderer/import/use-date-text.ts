/** A date typed as text in the document's language: what is shown, whether it reads, and the ISO date it gives. */
import { useState } from 'react';
import type { Language } from '../../core/i18n/language';
import { dateFieldText, parseDateField } from './date-field';

export interface DateText {
  text: string;
  /** Shown once the person has left the field (or tried to create the pack) with a date that cannot be read. */
  unreadable: boolean;
  change(text: string): void;
  /** Leaving the field writes a date that reads in the document's format. */
  leave(): void;
  /** The ISO date ('' for an empty field), or null, marking the field unreadable, when it cannot be read. */
  read(): string | null;
}

export function useDateText(iso: string, language: Language): DateText {
  const [text, setText] = useState(() => dateFieldText(iso, language));
  const [unreadable, setUnreadable] = useState(false);
  return {
    text,
    unreadable,
    change(next) {
      setText(next);
      // The message waits for the person to leave the field, but goes as soon as the date reads.
      if (parseDateField(next) !== null) setUnreadable(false);
    },
    leave() {
      const parsed = parseDateField(text);
      if (parsed === null) setUnreadable(true);
      else setText(dateFieldText(parsed, language));
    },
    read() {
      const parsed = parseDateField(text);
      if (parsed === null) setUnreadable(true);
      return parsed;
    },
  };
}
