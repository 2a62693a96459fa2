import type { MouseEvent } from 'react';
import { Icon, type IconName } from './Icon';

interface FormatButtonProps {
  icon: IconName;
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress(): void;
}

/** A toolbar button that acts on mouse down, so the editor keeps its caret and focus. */
export function FormatButton({ icon, label, shortcut, pressed, disabled, onPress }: FormatButtonProps) {
  const onMouseDown = (event: MouseEvent) => {
    event.preventDefault();
    if (!disabled) onPress();
  };
  return (
    <button
      type="button"
      className="format-button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace(/Ctrl/g, 'Control')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={onMouseDown}
      onClick={(event) => {
        // Keyboard activation (Enter/Space) arrives as a click without a mouse down.
        if (event.detail === 0 && !disabled) onPress();
      }}
    >
      <Icon name={icon} />
    </button>
  );
}
