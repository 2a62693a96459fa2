import { useId, type Dispatch } from 'react';
import type { Language } from '../../../core/i18n/language';
import { levelMarking } from '../../../core/export/printed-marking';
import type { MarkingSystem } from '../../../core/model/markings';
import type { AgendaItem } from '../../../core/model/pack';
import { useWorkflowMessages } from '../../i18n/workflow';
import { useMessages } from '../../language-context';
import type { DocumentAction } from '../../state/document';
import { StatusSelect } from './StatusSelect';
import { ClassificationSelect } from './ClassificationSelect';

interface ItemHeaderProps {
  item: AgendaItem;
  /** 1-based number of the item (sub-items carry their parent's). */
  number: number;
  documentLanguage: Language;
  /** The pack's marking system, and the language the exports print markings in (the template's). */
  marking: { system: MarkingSystem | undefined; language: Language };
  /** Owners used elsewhere in the pack, offered as suggestions. */
  owners: readonly string[];
  dispatch: Dispatch<DocumentAction>;
}

/** Number, title, and the item's workflow fields: desk officer, status, classification. */
export function ItemHeader({ item, number, documentLanguage, marking, owners, dispatch }: ItemHeaderProps) {
  const t = useMessages();
  const w = useWorkflowMessages();
  const headingId = `item-heading-${item.id}`;
  const ownerId = useId();
  const classificationId = useId();
  return (
    <header className="item-header">
      <p className="eyebrow">
        {t.agendaItem(number)}
        {item.level === 2 && ` · ${w.subItem}`}
        <span className={`item-marking level-${item.classification}`} lang={marking.language}>
          {levelMarking({ markingSystem: marking.system }, item.classification, marking.language)}
        </span>
      </p>
      <h2 id={headingId} lang={documentLanguage}>
        {item.title}
      </h2>
      <div className="item-fields">
        <div className="status-field">
          <label htmlFor={ownerId}>{w.owner}</label>
          <input
            id={ownerId}
            type="text"
            list={`${ownerId}-owners`}
            value={item.owner}
            placeholder={w.ownerPlaceholder}
            maxLength={200}
            autoComplete="off"
            // Typing here edits the pack: Ctrl+Z takes it back through the document history.
            data-document-history
            onChange={(event) => dispatch({ type: 'set-owner', itemId: item.id, owner: event.target.value })}
          />
          <datalist id={`${ownerId}-owners`}>
            {owners.map((owner) => (
              <option key={owner} value={owner} />
            ))}
          </datalist>
        </div>
        <StatusSelect status={item.status} onChange={(status) => dispatch({ type: 'set-status', itemId: item.id, status })} />
        <div className="status-field">
          <label htmlFor={classificationId}>{w.classification}</label>
          <ClassificationSelect
            id={classificationId}
            value={item.classification}
            onChange={(classification) => dispatch({ type: 'set-classification', itemId: item.id, classification })}
            markingSystem={marking.system}
            markingLanguage={marking.language}
          />
        </div>
      </div>
    </header>
  );
}
