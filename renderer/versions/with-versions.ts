/**
 * Restoring a version replaces the whole pack: an action the document reducer
 * does not know, added by wrapping it (and delegating everything else). The
 * replacement counts as an edit (the document stays dirty), and the pack's
 * list of versions is kept, so restoring never loses a version.
 */
import type { BriefingPack, VersionMeta } from '../../core/model/pack';
import type { DocumentAction, DocumentState } from '../state/document';

export type VersionAction = { type: 'replace-pack'; pack: BriefingPack } | { type: 'set-versions'; versions: VersionMeta[] };

/** Counts whole-pack replacements, so editors (which read their value once, on mount) can be remounted. */
type ReplacedState = DocumentState & { replaced?: number };

/** Part of the editors' React key: changes when a restore replaced the pack under them. */
export function editorGeneration(state: DocumentState): number {
  return (state as ReplacedState).replaced ?? 0;
}

export function withVersions(reducer: (state: DocumentState | null, action: DocumentAction) => DocumentState | null) {
  return (state: DocumentState | null, action: DocumentAction | VersionAction): DocumentState | null => {
    if (action.type !== 'replace-pack' && action.type !== 'set-versions') return reducer(state, action);
    if (!state) return state;
    if (action.type === 'set-versions') return { ...state, pack: { ...state.pack, versions: action.versions }, revision: state.revision + 1 };
    const pack = { ...action.pack, versions: state.pack.versions };
    const selectedItemId = pack.items.some((i) => i.id === state.selectedItemId) ? state.selectedItemId : (pack.items[0]?.id ?? null);
    const replaced: ReplacedState = { ...state, pack, selectedItemId, revision: state.revision + 1, replaced: editorGeneration(state) + 1 };
    return replaced;
  };
}
