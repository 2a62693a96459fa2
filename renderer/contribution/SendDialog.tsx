import { useId, useRef, useState, type FormEvent } from 'react';
import { itemsOwnedBy, ownersInPack } from '../../core/model/contributions';
import type { BriefingPack } from '../../core/model/pack';
import { useModalFocus } from '../hooks/use-modal-focus';
import { useLanguage } from '../language-context';
import { contributionMessages } from './messages';

interface SendDialogProps {
  pack: BriefingPack;
  onSend(colleague: string, itemIds: string[]): void;
  onCancel(): void;
}

/**
 * Send for contribution…: a colleague (the pack's item owners offered) and the
 * items for them, ticked for the items they own until the person ticks by hand.
 */
export function SendDialog({ pack, onSend, onCancel }: SendDialogProps) {
  const t = contributionMessages(useLanguage());
  const dialog = useRef<HTMLFormElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const ids = useId();
  useModalFocus(dialog, { onEscape: onCancel, initial: nameField });
  const [colleague, setColleague] = useState('');
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = picked ?? new Set(itemsOwnedBy(pack, colleague));

  const toggle = (itemId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(itemId);
    else next.delete(itemId);
    setPicked(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!colleague.trim()) return setProblem(t.noColleague);
    const itemIds = pack.items.filter((item) => chosen.has(item.id)).map((item) => item.id);
    if (itemIds.length === 0) return setProblem(t.noItems);
    onSend(colleague.trim(), itemIds);
  };

  return (
    <form ref={dialog} className="recovery send-contribution" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`} onSubmit={submit} noValidate>
      <h2 id={`${ids}-title`}>{t.title}</h2>
      <div className="field-row">
        <label htmlFor={`${ids}-colleague`}>{t.colleague}</label>
        <input
          ref={nameField}
          id={`${ids}-colleague`}
          list={`${ids}-owners`}
          value={colleague}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => {
            setColleague(event.target.value);
            setProblem(null);
          }}
        />
        <datalist id={`${ids}-owners`}>
          {ownersInPack(pack).map((owner) => (
            <option key={owner} value={owner} />
          ))}
        </datalist>
      </div>
      <fieldset>
        <legend>{t.items}</legend>
        <ul className="send-items">
          {pack.items.map((item) => (
            <li key={item.id}>
              <label>
                <input type="checkbox" checked={chosen.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} /> {item.title}
                {item.owner.trim() && <span className="send-owner"> · {item.owner}</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit">{t.send}</button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
