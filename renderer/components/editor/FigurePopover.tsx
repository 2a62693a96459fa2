import { useId, useState, type FormEvent } from 'react';
import type { FigureElement } from '../../../core/model/rich-text';
import { FIGURE_WIDTHS } from '../../editor/commands';
import { useEditorMessages } from '../../i18n/editor';
import { Popover, PopoverActions } from './Popover';

interface FigurePopoverProps {
  figure: FigureElement;
  onSave(changes: Pick<FigureElement, 'alt' | 'caption' | 'width'>): void;
  onRemove(): void;
  onClose(): void;
}

/** A picture's alternative text (first, as export needs it), caption and width as a share of the column. */
export function FigurePopover({ figure, onSave, onRemove, onClose }: FigurePopoverProps) {
  const m = useEditorMessages();
  const [alt, setAlt] = useState(figure.alt);
  const [caption, setCaption] = useState(figure.caption);
  const [width, setWidth] = useState(figure.width);
  const altId = useId();
  const helpId = useId();
  const captionId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ alt: alt.trim(), caption: caption.trim(), width });
  };
  return (
    <Popover label={m.pictureDialog} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor={altId}>{m.pictureAlt}</label>
        <textarea id={altId} rows={2} value={alt} maxLength={2_000} aria-describedby={helpId} onChange={(event) => setAlt(event.target.value)} />
        <p id={helpId} className="popover-help">
          {m.pictureAltHelp}
        </p>
        <label htmlFor={captionId}>{m.pictureCaption}</label>
        <input id={captionId} type="text" value={caption} maxLength={2_000} onChange={(event) => setCaption(event.target.value)} />
        <fieldset className="figure-widths">
          <legend>{m.pictureWidth}</legend>
          {FIGURE_WIDTHS.map((share) => (
            <label key={share}>
              <input type="radio" name="figure-width" value={share} checked={Math.abs(width - share) < 0.01} onChange={() => setWidth(share)} />
              <span aria-hidden="true">{Math.round(share * 100)}%</span>
              <span className="visually-hidden">{m.pictureWidthOption(Math.round(share * 100))}</span>
            </label>
          ))}
        </fieldset>
        <PopoverActions removeLabel={m.removePicture} onRemove={onRemove} onCancel={onClose} />
      </form>
    </Popover>
  );
}
