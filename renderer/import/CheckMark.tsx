import { useImportMessages } from '../i18n/import';

interface CheckMarkProps {
  /** The id the marked field points at with aria-describedby while it is unchecked. */
  id: string;
  /** What is marked, for the button's name ("Klopt: Bijeenkomst"). */
  what: string;
  checked: boolean;
  onChecked(checked: boolean): void;
}

/**
 * The mark on something the importer was unsure of: "Controleer dit" until the
 * person changes it or presses "Klopt". The button stays (pressed) so focus
 * has somewhere to be, and so the person can take it back.
 */
export function CheckMark({ id, what, checked, onChecked }: CheckMarkProps) {
  const t = useImportMessages();
  return (
    <span className={`review-check${checked ? ' checked' : ''}`}>
      {!checked && (
        <span id={id} className="review-check-text">
          <span aria-hidden="true">⚠ </span>
          {t.pleaseCheck}
        </span>
      )}
      <button type="button" aria-pressed={checked} aria-label={t.looksRightFor(what)} onClick={() => onChecked(!checked)}>
        {checked && <span aria-hidden="true">✓ </span>}
        {t.looksRight}
      </button>
    </span>
  );
}
