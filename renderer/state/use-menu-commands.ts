/**
 * Commands from the application menu and the operating system (a pack opened
 * by double-click or a second start) run the same code as the toolbar. Also
 * keeps the window from closing silently while there are unsaved changes:
 * beforeunload is cancelled, and Electron main (or the browser) then asks.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import type { AppCommand, BriefingApi, OpenedPack } from '../../core/contract';
import { briefingPackSchema } from '../../core/model/pack';
import { requestSaveVersion } from '../versions/requests';
import { HISTORY_COMMAND_EVENT } from '../history/history-command';
import { isDirty, type DocumentAction, type DocumentState } from './document';
import type { FileCommands, Outcome } from './use-file-commands';

/** The event another part of the renderer (the agenda import) listens for. */
export const NEW_FROM_AGENDA_EVENT = 'briefing:new-from-agenda';
/** The event renderer/merge listens for: File > Merge contributions… in the application menu. */
export const MERGE_CONTRIBUTIONS_EVENT = 'briefing:merge-contributions';
/** The event renderer/contribution listens for: File > Send for contribution…. */
export const SEND_FOR_CONTRIBUTION_EVENT = 'briefing:send-for-contribution';
/** The event renderer/distribution listens for: File > Distribution list… and the pack panel's button. */
export const DISTRIBUTION_LIST_EVENT = 'briefing:distribution-list';
/** The event renderer/preview listens for: View > Preview. */
export const TOGGLE_PREVIEW_EVENT = 'briefing:toggle-preview';

export function useMenuCommands(
  api: BriefingApi,
  commands: FileCommands,
  state: DocumentState | null,
  dispatch: Dispatch<DocumentAction>,
  report: (outcome: Outcome | null) => void,
  /** The unsaved-changes question (use-replace-guard); `commands.open` already asks it. */
  mayReplace: () => Promise<boolean>,
): void {
  const latest = useRef({ commands, report, mayReplace });
  latest.current = { commands, report, mayReplace };

  useEffect(() => {
    const open = async (document: OpenedPack) => {
      // Main is trusted, but the pack is still checked like anything crossing the bridge.
      const parsed = briefingPackSchema.safeParse(document.pack);
      if (!parsed.success) {
        latest.current.report({ kind: 'error', error: { code: 'internal', params: { detail: 'the opened pack did not validate' } } });
        return;
      }
      if (await latest.current.mayReplace()) dispatch({ type: 'opened', document: { ...document, pack: parsed.data } });
    };
    const run = (command: AppCommand) => {
      const { commands: c, report: say } = latest.current;
      switch (command.command) {
        case 'new':
          void latest.current.mayReplace().then(async (replace) => {
            if (!replace) return;
            const result = await api.newPack();
            if (result.ok) dispatch({ type: 'opened', document: result.value });
            else say({ kind: 'error', error: result.error });
          });
          return;
        case 'newFromAgenda':
          // The import asks about unsaved changes itself, before the letter is picked.
          window.dispatchEvent(new CustomEvent(NEW_FROM_AGENDA_EVENT));
          return;
        case 'open':
          void c.open();
          return;
        case 'save':
          void c.save(false);
          return;
        case 'saveAs':
          void c.save(true);
          return;
        case 'exportDocx':
          void c.exportAs('docx');
          return;
        case 'exportPdf':
          void c.exportAs('pdf');
          return;
        case 'saveVersion':
          requestSaveVersion();
          return;
        case 'mergeContributions':
          window.dispatchEvent(new CustomEvent(MERGE_CONTRIBUTIONS_EVENT));
          return;
        case 'sendForContribution':
          window.dispatchEvent(new CustomEvent(SEND_FOR_CONTRIBUTION_EVENT));
          return;
        case 'distributionList':
          window.dispatchEvent(new CustomEvent(DISTRIBUTION_LIST_EVENT));
          return;
        case 'togglePreview':
          window.dispatchEvent(new CustomEvent(TOGGLE_PREVIEW_EVENT));
          return;
        case 'undo':
        case 'redo':
          window.dispatchEvent(new CustomEvent(HISTORY_COMMAND_EVENT, { detail: command.command }));
          return;
        case 'openDocument':
          void open(command.document);
          return;
        case 'error':
          say({ kind: 'error', error: command.error });
          return;
      }
    };
    return api.onCommand(run);
  }, [api, dispatch]);

  const dirty = state ? isDirty(state) : false;
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines look at returnValue instead.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
