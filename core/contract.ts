/**
 * The one typed API between the Electron main process and the renderer.
 * Main implements it (validating every argument with contract-schemas.ts),
 * the preload maps it one-to-one onto ipcRenderer.invoke, and browser mode
 * implements it in memory, so the UI cannot tell the difference.
 */
import type { ExportFormat } from './export/assets';
import type { Language } from './i18n/language';
import type { BriefingPack } from './model/pack';
import type { Template } from './template/schema';

/** An error a person can act on, to be shown in their language (see core/i18n/errors). */
export interface ApiError {
  code: string;
  params: Record<string, string | number>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A pack open in a window. Paths stay in main; the renderer only sees an opaque id and a name. */
export interface OpenedPack {
  documentId: string;
  fileName: string | null;
  pack: BriefingPack;
}

export interface Startup {
  language: Language;
  templates: Template[];
  document: OpenedPack;
}

export interface BriefingApi {
  /** The pack to show first: one passed on the command line, else the sample. */
  startup(): Promise<ApiResult<Startup>>;
  openSample(): Promise<ApiResult<OpenedPack>>;
  /** Shows an open dialog; null when the person cancels. */
  openPack(): Promise<ApiResult<OpenedPack | null>>;
  /** Saves to the document's file, or asks where when it has none or saveAs is set. */
  savePack(documentId: string, pack: BriefingPack, saveAs: boolean): Promise<ApiResult<{ fileName: string } | null>>;
  /** Asks where, then writes the export; null when cancelled. */
  exportPack(documentId: string, pack: BriefingPack, format: ExportFormat, templateId: string): Promise<ApiResult<{ fileName: string } | null>>;
}

export type ApiMethod = keyof BriefingApi;

export const CHANNELS: { readonly [M in ApiMethod]: `briefing:${M}` } = {
  startup: 'briefing:startup',
  openSample: 'briefing:openSample',
  openPack: 'briefing:openPack',
  savePack: 'briefing:savePack',
  exportPack: 'briefing:exportPack',
};
