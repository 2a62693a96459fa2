import { useId, type Dispatch } from 'react';
import { classificationMarking } from '../../../core/model/classification';
import type { BriefingPack } from '../../../core/model/pack';
import { canBeFinal, itemsRaisingClassification, packMarkingLevel } from '../../../core/model/pack-ops';
import { useWorkflowMessages } from '../../i18n/workflow';
import type { DocumentAction, MainView } from '../../state/document';
import { ClassificationSelect } from './ClassificationSelect';
import { TemplateSelect } from '../../templates/TemplateSelect';

/**
 * The pack as a whole: the marking it exports with (the highest of its own
 * classification and its items'), its own classification, its status, and
 * the way to the overview. Final is refused while an item is still draft,
 * and the control says why.
 */
export function PackPanel({ pack, view, dispatch }: { pack: BriefingPack; view: MainView; dispatch: Dispatch<DocumentAction> }) {
  const w = useWorkflowMessages();
  const classificationId = useId();
  const reasonId = useId();
  const marking = classificationMarking(packMarkingLevel(pack), pack.language);
  const raising = itemsRaisingClassification(pack);
  const check = canBeFinal(pack);
  const reason = check.ok ? w.canBeFinal : w.notFinalBecause(check.drafts.map((item) => item.title));
  return (
    <section className="pack-panel" aria-label={w.packPanel}>
      <p className={`pack-marking level-${packMarkingLevel(pack)}`} lang={pack.language} data-testid="pack-marking">
        {w.packMarking(marking)}
      </p>
      {raising.length > 0 && <p className="pack-note">{w.raisedBy(raising.map((item) => item.title))}</p>}
      <TemplateSelect value={pack.templateId} onChange={(templateId) => dispatch({ type: 'set-template', templateId })} />
      <div className="field-row">
        <label htmlFor={classificationId}>{w.packClassification}</label>
        <ClassificationSelect
          id={classificationId}
          value={pack.classification}
          onChange={(classification) => dispatch({ type: 'set-pack-classification', classification })}
        />
      </div>
      <div className="field-row">
        <span id={`${reasonId}-label`}>{w.packStatus}</span>
        <div role="group" aria-labelledby={`${reasonId}-label`} className="segmented">
          <button type="button" aria-pressed={pack.status === 'draft'} onClick={() => dispatch({ type: 'set-pack-status', status: 'draft' })}>
            {w.packStatuses.draft}
          </button>
          <button
            type="button"
            aria-pressed={pack.status === 'final'}
            aria-disabled={!check.ok && pack.status !== 'final' ? true : undefined}
            aria-describedby={reasonId}
            onClick={() => check.ok && dispatch({ type: 'set-pack-status', status: 'final' })}
          >
            {w.packStatuses.final}
          </button>
        </div>
      </div>
      {pack.status === 'draft' && (
        <p id={reasonId} className={check.ok ? 'pack-note' : 'pack-note warning'}>
          {reason}
        </p>
      )}
      <button
        type="button"
        className="overview-button"
        aria-pressed={view === 'overview'}
        onClick={() => dispatch({ type: 'show', view: view === 'overview' ? 'item' : 'overview' })}
      >
        {w.overview}
      </button>
    </section>
  );
}
