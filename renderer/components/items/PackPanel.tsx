import { useId, type Dispatch } from 'react';
import { printedMarking } from '../../../core/export/printed-marking';
import { MARKING_SYSTEM_DATA, MARKING_SYSTEMS, markingSystemOf, type MarkingSystem } from '../../../core/model/markings';
import type { BriefingPack } from '../../../core/model/pack';
import { canBeFinal, itemsRaisingClassification } from '../../../core/model/pack-ops';
import { useLanguage } from '../../language-context';
import { useTemplates } from '../../templates/templates-context';
import { useWorkflowMessages } from '../../i18n/workflow';
import type { DocumentAction, MainView } from '../../state/document';
import { ClassificationSelect } from './ClassificationSelect';
import { distributionOf } from '../../../core/model/recipient-copy';
import { distributionMessages } from '../../distribution/messages';
import { showDistributionList } from '../../distribution/use-distribution-list';
import { TemplateSelect } from '../../templates/TemplateSelect';

/**
 * The pack as a whole: the marking it exports with (the highest of its own
 * classification and its items'), its own classification, its status, and
 * the way to the overview. Final is refused while an item is still draft,
 * and the control says why.
 */
export function PackPanel({ pack, view, dispatch }: { pack: BriefingPack; view: MainView; dispatch: Dispatch<DocumentAction> }) {
  const w = useWorkflowMessages();
  const language = useLanguage();
  const classificationId = useId();
  const systemId = useId();
  const caveatId = useId();
  const reasonId = useId();
  // The exports print the marking in the template's language: show it in that language too.
  const templateLanguage = useTemplates().find((t) => t.id === pack.templateId)?.language ?? pack.language;
  const printed = printedMarking(pack, templateLanguage);
  const raising = itemsRaisingClassification(pack);
  const check = canBeFinal(pack);
  const reason = check.ok ? w.canBeFinal : w.notFinalBecause(check.drafts.map((item) => item.title));
  const d = distributionMessages(language);
  const distribution = distributionOf(pack);
  const distributionId = useId();
  return (
    <section className="pack-panel" aria-label={w.packPanel}>
      <div className={`pack-marking level-${printed.level}`} data-testid="pack-marking">
        <span className="pack-marking-label">{w.printedMarking(printed.language)}</span>
        <strong lang={printed.language} data-testid="printed-marking">
          {printed.marking}
        </strong>
        {printed.caveat && (
          <span lang={printed.language} data-testid="printed-caveat">
            {printed.caveat}
          </span>
        )}
      </div>
      {raising.length > 0 && <p className="pack-note">{w.raisedBy(raising.map((item) => item.title))}</p>}
      <TemplateSelect value={pack.templateId} onChange={(templateId) => dispatch({ type: 'set-template', templateId })} />
      <div className="field-row">
        <label htmlFor={classificationId}>{w.packClassification}</label>
        <ClassificationSelect
          id={classificationId}
          value={pack.classification}
          onChange={(classification) => dispatch({ type: 'set-pack-classification', classification })}
          markingSystem={pack.markingSystem}
          markingLanguage={templateLanguage}
        />
      </div>
      <div className="field-row">
        <label htmlFor={systemId}>{w.markingSystem}</label>
        <select
          id={systemId}
          value={markingSystemOf(pack)}
          onChange={(event) => dispatch({ type: 'set-marking-system', markingSystem: event.target.value as MarkingSystem })}
        >
          {MARKING_SYSTEMS.map((system) => (
            <option key={system} value={system}>
              {MARKING_SYSTEM_DATA[system].name[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <label htmlFor={caveatId}>{w.markingCaveat}</label>
        <input
          id={caveatId}
          type="text"
          lang={templateLanguage}
          value={pack.markingCaveat ?? ''}
          maxLength={200}
          placeholder={w.markingCaveatHint}
          autoComplete="off"
          onChange={(event) => dispatch({ type: 'set-marking-caveat', caveat: event.target.value })}
        />
      </div>
      <div className="field-row">
        <button type="button" aria-haspopup="dialog" aria-describedby={distributionId} onClick={showDistributionList}>
          {d.button}
        </button>
        <span id={distributionId} className="pack-note">
          {d.summary(distribution.recipients.length, distribution.handedOut.length)}
        </span>
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
