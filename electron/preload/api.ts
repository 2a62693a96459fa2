/** The contract mapped one-to-one onto invoke: one channel per method, nothing generic. */
import { CHANNELS, type ApiMethod, type BriefingApi } from '../../core/contract';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

export function createBriefingApi(invoke: Invoke): BriefingApi {
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
  };
}
