import type { Dispatch } from 'react';
import type { BriefingPack } from '../../../core/model/pack';
import { redactionsIn } from '../../../core/model/publication';
import { useRedactionMessages } from '../../i18n/redaction';
import type { DocumentAction } from '../../state/document';
import { revealPassage } from './reveal-passage';

interface RedactionListProps {
  pack: BriefingPack;
  sectionLabels: ReadonlyMap<string, string>;
  dispatch: Dispatch<DocumentAction>;
}

/** Every passage marked for redaction under the Woo, in reading order: item, section, ground and words; each opens its item at the passage, selected. */
export function RedactionList({ pack, sectionLabels, dispatch }: RedactionListProps) {
  const r = useRedactionMessages();
  const redactions = redactionsIn(pack);
  const titles = new Map(pack.items.map((item) => [item.id, item.title]));
  const sectionName = (section: string) => (section === 'source' ? r.inSource : section === 'introduction' ? r.introduction : (sectionLabels.get(section) ?? section));
  return (
    <section aria-labelledby="overview-redactions">
      <h3 id="overview-redactions">{r.overviewTitle}</h3>
      {redactions.length === 0 ? (
        <p className="muted">{r.none}</p>
      ) : (
        <table className="overview-table redaction-list">
          <thead>
            <tr>
              <th scope="col">{r.item}</th>
              <th scope="col">{r.section}</th>
              <th scope="col">{r.code}</th>
              <th scope="col">{r.text}</th>
            </tr>
          </thead>
          <tbody>
            {redactions.map((redaction, index) => (
              <tr key={index}>
                <th scope="row">
                  {redaction.itemId ? (
                    <button type="button" className="link-button" lang={pack.language} onClick={() => {
                        dispatch({ type: 'select', itemId: redaction.itemId! });
                        const sectionLabel = redaction.section === 'source' ? null : sectionName(redaction.section);
                        revealPassage({ sectionLabel, code: redaction.code, text: redaction.text });
                      }}
                    >
                      {titles.get(redaction.itemId)}
                    </button>
                  ) : (
                    '—'
                  )}
                </th>
                <td>{sectionName(redaction.section)}</td>
                <td>{redaction.code}</td>
                <td lang={pack.language}>{redaction.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
