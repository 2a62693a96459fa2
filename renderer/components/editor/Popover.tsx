import { useRef, type ReactNode } from 'react';
import { useModalFocus } from '../../hooks/use-modal-focus';
import { useEditorMessages } from '../../i18n/editor';

interface PopoverProps {
  label: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A small dialog under the section's toolbar: focus goes to its first field
 * and stays in it until it closes, Escape closes it (the section editor then
 * takes focus back), as every dialog of the app does.
 */
export function Popover({ label, onClose, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref, { onEscape: onClose });
  return (
    <div ref={ref} role="dialog" aria-modal="true" aria-label={label} className="editor-popover">
      {children}
    </div>
  );
}

interface PopoverActionsProps {
  /** The remove button's label; left out when there is nothing to remove. */
  removeLabel?: string;
  onRemove(): void;
  onCancel(): void;
}

/** Apply (the form's submit), remove and cancel, in that order, as every editor popover ends. */
export function PopoverActions({ removeLabel, onRemove, onCancel }: PopoverActionsProps) {
  const m = useEditorMessages();
  return (
    <div className="popover-actions">
      <button type="submit" className="primary">
        {m.apply}
      </button>
      {removeLabel && (
        <button type="button" onClick={onRemove}>
          {removeLabel}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        {m.cancel}
      </button>
    </div>
  );
}
