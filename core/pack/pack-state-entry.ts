/**
 * The state.yjs and state.json entries of a .briefpack (see container.ts).
 * state.json records a fingerprint of the pack.json the state was written
 * with: when it still matches, the state is taken as it is; when another
 * tool changed pack.json since, that change becomes an edit on top of the
 * state, so neither the change nor the history is lost. A state that cannot
 * be read, or that belongs to another pack, is dropped with a warning and
 * the pack opens from pack.json.
 */
import { DamagedStateError, docFromState, packIdOfState, stateForPack } from '../collab/pack-state';
import { UserError } from '../i18n/errors';
import type { BriefingPack } from '../model/pack';

export const STATE_ENTRY = 'state.yjs';
export const STATE_INFO_ENTRY = 'state.json';
const STATE_FORMAT = 'yjs-update-v2';

/** FNV-1a over the text with its length: enough to notice that a file was edited, not a security check. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(hash >>> 0).toString(16)}`;
}

export function writeState(
  pack: BriefingPack,
  manifest: string,
  previous: Uint8Array | undefined,
  options: { author?: string; stateIsCurrent?: boolean },
): { state: Uint8Array; info: string } {
  const state = options.stateIsCurrent && previous ? previous : stateForPack(pack, previous, options.author);
  return { state, info: JSON.stringify({ format: STATE_FORMAT, packJson: fingerprint(manifest) }) };
}

function infoFingerprint(info: Uint8Array | undefined): string | null {
  if (!info) return null;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(info)) as { format?: unknown; packJson?: unknown };
    return parsed.format === STATE_FORMAT && typeof parsed.packJson === 'string' ? parsed.packJson : null;
  } catch {
    return null;
  }
}

export function readState(
  pack: BriefingPack,
  manifest: Uint8Array,
  state: Uint8Array | undefined,
  info: Uint8Array | undefined,
  file: string,
  warnings: UserError[],
  /** Reading changed the pack (links dropped), so the state is brought to it, without saying it was changed outside. */
  packRepaired = false,
): Uint8Array | undefined {
  if (!state) return undefined;
  try {
    const doc = docFromState(state);
    const id = packIdOfState(doc);
    if (id !== pack.id) {
      warnings.push(new UserError('pack.state-foreign', { file, id: typeof id === 'string' ? id : '?' }));
      return undefined;
    }
    const unchanged = infoFingerprint(info) === fingerprint(new TextDecoder().decode(manifest));
    if (unchanged && !packRepaired) return state;
    const edited = stateForPack(pack, state);
    if (edited !== state && !unchanged) warnings.push(new UserError('pack.changed-outside', { file }));
    return edited;
  } catch (error) {
    // Anything a damaged state makes the reader throw ends here: pack.json is whole and is what opens.
    if (!(error instanceof DamagedStateError) && !(error instanceof Error)) throw error;
    warnings.push(new UserError('pack.state-damaged', { file }));
    return undefined;
  }
}
