/**
 * Before anything replaces the open pack (New, Open…, New from agenda…, Open
 * Recent, a pack the operating system opens, restoring a backup): ask about
 * unsaved changes first, the way New always did. One decision for all of them.
 */
export type ReplaceChoice = 'save' | 'discard' | 'cancel';

/**
 * Whether the open pack may be replaced: at once when nothing is unsaved;
 * otherwise after Save (only if it was written: a cancelled or failed save
 * replaces nothing), after Don't save, and never after Cancel.
 */
export async function mayReplaceOpenPack(
  dirty: boolean,
  ask: () => Promise<ReplaceChoice>,
  save: () => Promise<boolean>,
): Promise<boolean> {
  if (!dirty) return true;
  const choice = await ask();
  if (choice === 'discard') return true;
  if (choice === 'cancel') return false;
  return save().catch(() => false);
}
