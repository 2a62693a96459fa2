import { useMemo, type Dispatch } from 'react';
import { levelMarking } from '../../../core/export/printed-marking';
import { ITEM_STATUSES, type AgendaItem, type BriefingPack } from '../../../core/model/pack';
import { packOverview } from '../../../core/model/pack-ops';
import type { Template } from '../../../core/template/schema';
import { useWorkflowMessages } from '../../i18n/workflow';
import { useMessages } from '../../language-context';
import { RedactionList } from './RedactionList';
import type { DocumentAction } from '../../state/document';

/**
 * The coordinator's view of the pack: items by status and by desk officer,
 * words per item and in total, and which template sections are still empty.
 * Every entry opens its item.
 */
export function Overview({ pack, template, dispatch }: { pack: BriefingPack; template: Template; dispatch: Dispatch<DocumentAction> }) {
  const t = useMessages();
  const w = useWorkflowMessages();
  const overview = useMemo(() => packOverview(pack, template.sections.map((section) => section.key)), [pack, template]);
  const labels = new Map(template.sections.map((section) => [section.key, section.label]));
  const open = (item: AgendaItem) => dispatch({ type: 'select', itemId: item.id });
  const link = (item: AgendaItem) => (
    <button type="button" className="link-button" lang={pack.language} onClick={() => open(item)}>
      {item.title}
    </button>
  );
  const withMissing = overview.items.filter((entry) => entry.missing.length > 0);

  return (
    <article className="overview" aria-labelledby="overview-heading">
      <header className="overview-header">
        <h2 id="overview-heading">{w.overviewTitle}</h2>
        <p className="pack-marking" lang={template.language}>
          {w.packMarking(levelMarking(pack, overview.marking, template.language))} · {w.packStatus}: {w.packStatuses[pack.status]}
        </p>
        {!overview.final.ok && pack.status === 'draft' && <p className="pack-note warning">{w.notFinalBecause(overview.final.drafts.map((item) => item.title))}</p>}
      </header>

      <div className="overview-grid">
        <section aria-labelledby="overview-status">
          <h3 id="overview-status">{w.byStatus}</h3>
          {ITEM_STATUSES.map((status) => (
            <div key={status} className="overview-group">
              <h4>
                <span className={`status-dot status-${status}`} aria-hidden="true" /> {t.statuses[status]} ({overview.byStatus[status].length})
              </h4>
              {overview.byStatus[status].length === 0 ? (
                <p className="muted">{w.none}</p>
              ) : (
                <ul>
                  {overview.byStatus[status].map((item) => (
                    <li key={item.id}>{link(item)}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>

        <section aria-labelledby="overview-owner">
          <h3 id="overview-owner">{w.byOwner}</h3>
          {[...overview.byOwner].map(([owner, items]) => (
            <div key={owner} className="overview-group">
              <h4>
                {owner || w.noOwner} ({items.length})
              </h4>
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    {link(item)} <span className="muted">· {t.statuses[item.status]}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>

      <section aria-labelledby="overview-words">
        <h3 id="overview-words">{w.wordsPerItem}</h3>
        <table className="overview-table">
          <thead>
            <tr>
              <th scope="col">{w.item}</th>
              <th scope="col">{w.owner}</th>
              <th scope="col">{t.status}</th>
              <th scope="col" className="number">
                {w.words}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.items.map((entry) => (
              <tr key={entry.item.id}>
                <th scope="row" className={entry.item.level === 2 ? 'sub-item' : undefined}>
                  {entry.number}. {link(entry.item)}
                </th>
                <td>{entry.item.owner || '—'}</td>
                <td>{t.statuses[entry.item.status]}</td>
                <td className="number">{entry.words.toLocaleString(pack.language === 'nl' ? 'nl-NL' : 'en-GB')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {w.total}
              </th>
              <td className="number">{overview.totalWords.toLocaleString(pack.language === 'nl' ? 'nl-NL' : 'en-GB')}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="overview-missing">
        <h3 id="overview-missing">{w.missing}</h3>
        {withMissing.length === 0 ? (
          <p className="muted">{w.nothingMissing}</p>
        ) : (
          <ul className="overview-missing">
            {withMissing.map((entry) => (
              <li key={entry.item.id}>
                {link(entry.item)}
                <span className="muted">
                  {' '}
                  · {w.missingSections}: {entry.missing.map((key) => labels.get(key) ?? key).join(', ')}
                </span>
                {entry.openComments > 0 && <span className="muted"> · {w.openComments(entry.openComments)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <RedactionList pack={pack} sectionLabels={labels} dispatch={dispatch} />
    </article>
  );
}
