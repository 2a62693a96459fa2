/** The contract mapped one-to-one onto invoke: one channel per method, nothing generic; a fixed channel for each event. */
import {
  CHANNELS,
  COMMAND_CHANNEL,
  EXPORT_PROGRESS_CHANNEL,
  isAppCommand,
  isExportProgress,
  type ApiMethod,
  type AppCommand,
  type BriefingApi,
  type ExportProgress,
} from '../../core/contract';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** ipcRenderer.on / removeListener for the event channels (commands, export progress). */
export interface CommandSource {
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): void;
}

export function createBriefingApi(invoke: Invoke, commands: CommandSource): BriefingApi {
  const call =
    <M extends ApiMethod>(method: M) =>
    (...args: Parameters<BriefingApi[M]>) =>
      invoke(CHANNELS[method], ...args) as ReturnType<BriefingApi[M]>;
  return {
    startup: call('startup'),
    openSample: call('openSample'),
    openPack: call('openPack'),
    savePack: call('savePack'),
    exportPack: call('exportPack'),
    newPack: call('newPack'),
    backupPack: call('backupPack'),
    restoreBackup: call('restoreBackup'),
    discardBackup: call('discardBackup'),
    setDocumentStatus: call('setDocumentStatus'),
    saveVersion: call('saveVersion'),
    getVersion: call('getVersion'),
    importAgenda: call('importAgenda'),
    createFromReview: call('createFromReview'),
    mergeContributions: call('mergeContributions'),
    saveContributionCopy: call('saveContributionCopy'),
    exportHandedOutCsv: call('exportHandedOutCsv'),
    setLiveServer: call('setLiveServer'),
    addMedia: call('addMedia'),
    getMedia: call('getMedia'),
    onCommand(listener: (command: AppCommand) => void) {
      // Only the payload crosses over: the page never sees the IPC event (and its sender).
      const handler = (_event: unknown, payload: unknown) => {
        if (isAppCommand(payload)) listener(payload);
      };
      commands.on(COMMAND_CHANNEL, handler);
      return () => commands.removeListener(COMMAND_CHANNEL, handler);
    },
    onExportProgress(listener: (progress: ExportProgress) => void) {
      const handler = (_event: unknown, payload: unknown) => {
        if (isExportProgress(payload)) listener(payload);
      };
      commands.on(EXPORT_PROGRESS_CHANNEL, handler);
      return () => commands.removeListener(EXPORT_PROGRESS_CHANNEL, handler);
    },
  };
}
