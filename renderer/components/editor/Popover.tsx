import { useEffect, useRef, type ReactNode } from 'react';

interface PopoverProps {
  label: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A small non-modal dialog under the section's toolbar: focus goes to its
 * first field, Escape closes it (the section editor then takes focus back).
 */
export function Popover({ label, onClose, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className="editor-popover"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {children}
    </div>
  );
}
