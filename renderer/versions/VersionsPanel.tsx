import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { ApiError, BriefingApi } from '../../core/contract';
import type { BriefingPack, VersionMeta } from '../../core/model/pack';
import { comparePacks, type PackComparison } from '../../core/model/versions';
import { plainLines } from '../../core/model/walk';
import { useLanguage } from '../language-context';
import type { DocumentState } from '../state/document';
import { versionMessages, type VersionMessages } from './messages';
import { onSaveVersionRequest } from './requests';
import type { VersionAction } from './with-versions';

interface VersionsPanelProps {
  api: BriefingApi;
  state: DocumentState;
  dispatch: Dispatch<VersionAction>;
  onError(error: ApiError): void;
}

const CURRENT = '';

function ReadOnlyPack({ pack, title, onClose, t }: { pack: BriefingPack; title: string; onClose(): void; t: VersionMessages }) {
  return (
    <article className="version-view" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <button type="button" onClick={onClose}>
          {t.closeView}
        </button>
      </header>
      {pack.items.map((item) => (
        <section key={item.id}>
          <h4>{item.title}</h4>
          {Object.entries(item.sections).map(([key, value]) =>
            plainLines(value).map((line, n) => (
              <p key={`${key}-${n}`} data-section={key}>
                {line}
              </p>
            )),
          )}
        </section>
      ))}
    </article>
  );
}

function Comparison({ result, t }: { result: PackComparison; t: VersionMessages }) {
  if (result.identical) return <p className="version-compare">{t.identical}</p>;
  return (
    <ul className="version-compare">
      {result.added.map((item) => (
        <li key={`a-${item.id}`}>
          <strong>{item.title}</strong>: {t.added}
        </li>
      ))}
      {result.removed.map((item) => (
        <li key={`r-${item.id}`}>
          <strong>{item.title}</strong>: {t.removed}
        </li>
      ))}
      {result.changed.map((change) => (
        <li key={`c-${change.id}`}>
          <strong>{change.title}</strong>
          {change.previousTitle !== null && <> · {t.renamed(change.previousTitle)}</>}
          {change.statusChanged && <> · {t.statusChanged}</>}
          <ul>
            {change.sections.map((section) => (
              <li key={section.key}>
                {t.section(section.key)}: {t.wordsChanged(section.diff.added, section.diff.removed)}
                <p className="word-diff">
                  {section.diff.parts.map((part, n) =>
                    part.kind === 'added' ? <ins key={n}>{part.text} </ins> : part.kind === 'removed' ? <del key={n}>{part.text} </del> : <span key={n}>{part.text} </span>,
                  )}
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Save version, view a version read-only, restore it (undoable), compare two versions per item. */
export function VersionsPanel({ api, state, dispatch, onError }: VersionsPanelProps) {
  const t = versionMessages(useLanguage());
  const versions: VersionMeta[] = state.pack.versions ?? [];
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [viewing, setViewing] = useState<{ meta: VersionMeta; pack: BriefingPack } | null>(null);
  const [undo, setUndo] = useState<{ pack: BriefingPack; name: string } | null>(null);
  const [from, setFrom] = useState(CURRENT);
  const [to, setTo] = useState(CURRENT);
  const [comparison, setComparison] = useState<PackComparison | null>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      onSaveVersionRequest(() => {
        setOpen(true);
        setTimeout(() => nameField.current?.focus(), 0);
      }),
    [],
  );

  const fetchVersion = async (versionId: string): Promise<BriefingPack | null> => {
    const result = await api.getVersion(state.documentId, versionId);
    if (result.ok) return result.value;
    onError(result.error);
    return null;
  };

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      const result = await api.saveVersion(state.documentId, state.pack, trimmed);
      if (!result.ok) return onError(result.error);
      dispatch({ type: 'set-versions', versions: result.value });
      setName('');
      setMessage(t.saved(trimmed));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (meta: VersionMeta) => {
    const pack = await fetchVersion(meta.id);
    if (!pack) return;
    setUndo({ pack: state.pack, name: meta.name });
    dispatch({ type: 'replace-pack', pack });
    setViewing(null);
    setMessage(t.restored(meta.name));
  };

  const compare = async () => {
    const load = (id: string) => (id === CURRENT ? Promise.resolve(state.pack) : fetchVersion(id));
    const [before, after] = await Promise.all([load(from), load(to)]);
    if (before && after) setComparison(comparePacks(before, after));
  };

  return (
    <section className="versions" aria-label={t.versions(versions.length)}>
      <button type="button" className="versions-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.versions(versions.length)}
      </button>
      {open && (
        <div className="versions-body">
          <form
            className="version-save"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <label>
              {t.name}
              <input ref={nameField} value={name} maxLength={200} placeholder={t.namePlaceholder} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" disabled={busy || name.trim() === ''}>
              {t.saveVersion}
            </button>
          </form>
          <div role="status" className="version-message">
            {message}
            {undo && (
              <button
                type="button"
                onClick={() => {
                  dispatch({ type: 'replace-pack', pack: undo.pack });
                  setUndo(null);
                  setMessage('');
                }}
              >
                {t.undo}
              </button>
            )}
          </div>
          {versions.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul className="version-list">
              {[...versions].reverse().map((meta) => (
                <li key={meta.id}>
                  <span>
                    <strong>{meta.name}</strong> · {t.when(meta.createdAt)}
                  </span>
                  <button
                    type="button"
                    aria-label={t.viewOf(meta.name)}
                    onClick={() => void fetchVersion(meta.id).then((pack) => pack && setViewing({ meta, pack }))}
                  >
                    {t.view}
                  </button>
                  <button type="button" aria-label={t.restoreOf(meta.name)} onClick={() => void restore(meta)}>
                    {t.restore}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {versions.length > 0 && (
            <div className="version-compare-form">
              <VersionSelect label={t.compareFrom} current={t.current} versions={versions} value={from} onChange={setFrom} />
              <VersionSelect label={t.compareTo} current={t.current} versions={versions} value={to} onChange={setTo} />
              <button type="button" onClick={() => void compare()}>
                {t.compare}
              </button>
            </div>
          )}
          {comparison && <Comparison result={comparison} t={t} />}
          {viewing && <ReadOnlyPack pack={viewing.pack} title={t.readOnly(viewing.meta.name)} onClose={() => setViewing(null)} t={t} />}
        </div>
      )}
    </section>
  );
}

/** "Current" or one of the saved versions, for either side of a comparison. */
function VersionSelect(props: { label: string; current: string; versions: readonly VersionMeta[]; value: string; onChange(value: string): void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value={CURRENT}>{props.current}</option>
        {props.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
}
