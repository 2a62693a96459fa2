/**
 * The one typed API between the Electron main process and the renderer.
 * Main implements it (validating every argument with contract-schemas.ts),
 * the preload maps it one-to-one onto ipcRenderer.invoke, and browser mode
 * implements it in memory, so the UI cannot tell the difference.
 */
import type { ExportFormat } from './export/assets';
import type { Language } from './i18n/language';
import type { ExportChoice } from './model/export-choice';
import type { BriefingPack, MediaMeta, VersionMeta } from './model/pack';
import type { CopyMark } from './model/recipient-copy';
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
  /** What reading the file repaired or set aside (a broken character, a comment whose passage is gone), for the person to see. */
  warnings?: ApiError[];
  /** Per item id, who changed it last and when, as the pack's state records it (core/collab/attribution). */
  changedBy?: Record<string, { author: string; at: string }>;
}

/** Unsaved work found at startup (the app was killed or crashed); the path of its file stays in main. */
export interface RecoverableBackup {
  backupId: string;
  fileName: string | null;
  /** The meeting name (or another title) as the pack had it, for recognising the backup. */
  title: string;
  /** When the backup was last written, ISO 8601. */
  savedAt: string;
}

export interface Startup {
  language: Language;
  templates: Template[];
  document: OpenedPack;
  /** Backups of unsaved work from an earlier session, to offer to restore. */
  backups: RecoverableBackup[];
}

/** What the importer recognised in an agenda letter, shown in the review step before the pack exists. */
export interface AgendaReview {
  importId: string;
  fileName: string;
  /** The draft pack: metadata, introduction, items with their source text. */
  pack: BriefingPack;
  /** Title lines that are not items, and the signature (not an item either). */
  titles: string[];
  signatory: { name: string; role: string };
  footnotes: { marker: string; text: string }[];
  /** How sure the importer is, 0 to 1, of each item (by id) and field; below LOW_CONFIDENCE the review marks it. */
  confidence: ImportConfidence;
}

export interface ImportConfidence {
  items: Record<string, number>;
  meeting: { name: number; abbreviation: number; date: number; location: number };
  signatory: number;
}

/** What merging colleagues' copies into the open pack did (File > Merge contributions…). */
export interface ContributionReport {
  /** The open pack with the copies merged in (and the typing it was sent with). */
  pack: BriefingPack;
  /** The copies merged, by file name. */
  files: string[];
  /** Each agenda item the merge changed, and the names recorded in the copies that changed it. */
  items: { itemId: string; title: string; change: 'added' | 'removed' | 'changed'; by: string[] }[];
  /** Who changed each item last, after the merge (as in OpenedPack). */
  changedBy: Record<string, { author: string; at: string }>;
  /** The sendings for contribution that came back with these copies: the sent items changed (and by whom) and not. */
  returned: { id: string; colleague: string; sentAt: string; changed: { itemId: string; title: string; by: string[] }[]; unchanged: { itemId: string; title: string }[] }[];
}

/** What the window shows: the renderer reports it, main sets the title (and macOS's edited marker). */
export interface DocumentStatus {
  dirty: boolean;
}

/**
 * Commands that reach the renderer from outside the page: the application menu,
 * and packs the operating system asks to open (double-click, second start).
 */
export const MENU_COMMANDS = [
  'new',
  'newFromAgenda',
  'open',
  'save',
  'saveAs',
  'exportDocx',
  'exportPdf',
  'saveVersion',
  'mergeContributions',
  'sendForContribution',
  'distributionList',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Edit > Undo and Redo: the document's own history, as Ctrl+Z and Ctrl+Y in the page, not the browser's text undo. */
export const EDIT_COMMANDS = ['undo', 'redo'] as const;
export type EditCommand = (typeof EDIT_COMMANDS)[number];

/** View > Preview: the page preview beside the editors, opened or closed as by the toolbar's button. */
export const VIEW_COMMANDS = ['togglePreview'] as const;
export type ViewCommand = (typeof VIEW_COMMANDS)[number];

export type AppCommand =
  | { command: MenuCommand | EditCommand | ViewCommand }
  | { command: 'openDocument'; document: OpenedPack }
  | { command: 'error'; error: ApiError };

/** The one channel main sends AppCommands on. */
export const COMMAND_CHANNEL = 'briefing:command';

/** How far an export of the document is, while exportPack runs: the whole export's fraction, 0 to 1. */
export interface ExportProgress {
  documentId: string;
  fraction: number;
}

/** The channel main sends ExportProgress on. */
export const EXPORT_PROGRESS_CHANNEL = 'briefing:exportProgress';

/** The shape check the preload applies before handing progress to the page. */
export function isExportProgress(value: unknown): value is ExportProgress {
  if (typeof value !== 'object' || value === null) return false;
  const { documentId, fraction } = value as Record<string, unknown>;
  return typeof documentId === 'string' && typeof fraction === 'number' && fraction >= 0 && fraction <= 1 && Object.keys(value).length === 2;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape check the preload applies before handing a command to the page (the pack is parsed by the renderer). */
export function isAppCommand(value: unknown): value is AppCommand {
  if (!isRecord(value) || typeof value.command !== 'string') return false;
  if ([...MENU_COMMANDS, ...EDIT_COMMANDS, ...VIEW_COMMANDS].includes(value.command as MenuCommand)) return Object.keys(value).length === 1;
  if (value.command === 'openDocument') {
    const document = value.document;
    return (
      isRecord(document) &&
      typeof document.documentId === 'string' &&
      (document.fileName === null || typeof document.fileName === 'string') &&
      isRecord(document.pack)
    );
  }
  if (value.command === 'error') {
    return isRecord(value.error) && typeof value.error.code === 'string' && isRecord(value.error.params);
  }
  return false;
}

export interface BriefingApi {
  /** The pack to show first: one passed on the command line, else the sample. */
  startup(): Promise<ApiResult<Startup>>;
  openSample(): Promise<ApiResult<OpenedPack>>;
  /** Shows an open dialog; null when the person cancels. */
  openPack(): Promise<ApiResult<OpenedPack | null>>;
  /** Saves to the document's file, or asks where when it has none or saveAs is set. */
  savePack(documentId: string, pack: BriefingPack, saveAs: boolean): Promise<ApiResult<{ fileName: string } | null>>;
  /**
   * Makes the export, then asks where and writes it; null when cancelled. An
   * annex PDF that cannot be appended fails it with 'export.bad-annex' (params
   * file, reason, annexId) unless its id is in skipBadAnnexes: the person agreed.
   * warnings: what the export had to change (a character the fonts lack).
   * withComments and recipient: what goes into this copy (the export dialog's
   * choice, made by core/model/export-choice.ts); publication: the version made
   * public under the Woo instead; copy: the numbered copy made.
   */
  exportPack(
    documentId: string,
    pack: BriefingPack,
    format: ExportFormat,
    templateId: string,
    options: { skipBadAnnexes: string[] } & ExportChoice,
  ): Promise<ApiResult<{ fileName: string; warnings: ApiError[]; copy?: CopyMark } | null>>;
  /** A new, empty pack (File > New). */
  newPack(): Promise<ApiResult<OpenedPack>>;
  /** Writes a backup of unsaved changes (hot exit); called about a second after typing stops. */
  backupPack(documentId: string, pack: BriefingPack): Promise<ApiResult<null>>;
  /** Opens a backup found at startup; it comes back with unsaved changes, and saves to its original file. */
  restoreBackup(backupId: string): Promise<ApiResult<OpenedPack>>;
  /** Removes a backup: the person discarded it, or the document was closed without changes. */
  discardBackup(backupId: string): Promise<ApiResult<null>>;
  /** Tells main whether the document has unsaved changes (window title, close handling). */
  setDocumentStatus(documentId: string, status: DocumentStatus): Promise<ApiResult<null>>;
  /** Stores the pack as it is now as a named version; returns the pack's version list with it added. */
  saveVersion(documentId: string, pack: BriefingPack, name: string): Promise<ApiResult<VersionMeta[]>>;
  /** The content of a saved version, read-only (for viewing, comparing and restoring). */
  getVersion(documentId: string, versionId: string): Promise<ApiResult<BriefingPack>>;
  /**
   * File > New from agenda: asks for a letter (.txt, .md, .docx, .pdf) and returns what the importer
   * recognised, for the person to review; null when cancelled. The original file waits in main.
   */
  importAgenda(): Promise<ApiResult<AgendaReview | null>>;
  /** Creates the pack from the reviewed draft, with the original letter as its annex; unsaved. */
  createFromReview(importId: string, pack: BriefingPack): Promise<ApiResult<OpenedPack>>;
  /**
   * File > Merge contributions…: asks for one or more copies of this pack and merges them into
   * `pack` (the pack as it is now, unsaved typing included); null when cancelled. A copy of
   * another pack fails it with 'merge.different-pack', and nothing is merged.
   */
  mergeContributions(documentId: string, pack: BriefingPack): Promise<ApiResult<ContributionReport | null>>;
  /**
   * Send for contribution…: saves a copy of `pack` (the sending already recorded in it) for
   * `colleague`, under a file name that names them; the open document keeps its own file. Null when cancelled.
   */
  saveContributionCopy(documentId: string, pack: BriefingPack, colleague: string): Promise<ApiResult<{ fileName: string } | null>>;
  /**
   * The distribution dialog's Export as CSV: the pack's record of copies handed out as
   * core/model/distribution-csv writes it, headers in `language`; asks where (main) or
   * downloads (browser). Null when cancelled.
   */
  exportHandedOutCsv(documentId: string, pack: BriefingPack, language: Language): Promise<ApiResult<{ fileName: string } | null>>;
  /**
   * Takes a picture into the document (checked: PNG or JPEG by content, at most 20 MB and
   * 100 megapixels); its metadata, the id a figure names it by. A refused one fails with
   * media.* naming `name`. The bytes stay with the document; the pack holds only the id.
   */
  addMedia(documentId: string, bytes: Uint8Array, name: string, mediaType: string): Promise<ApiResult<MediaMeta>>;
  /** A picture's bytes, to show it; null for one the document does not have (missing or damaged in its file). */
  getMedia(documentId: string, mediaId: string): Promise<ApiResult<Uint8Array | null>>;
  /**
   * Live co-editing: the team's Yjs websocket server (ws://host:port), or null for none. Main lets
   * the window reach exactly that server from the next page load on ('live.bad-server' otherwise).
   */
  setLiveServer(server: string | null): Promise<ApiResult<null>>;
  /** Listens for menu commands and packs opened by the operating system; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Listens for how far exports are (for a progress bar); returns the unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
}

/** The events; every other method is invoked. */
export const API_EVENTS = ['onCommand', 'onExportProgress'] as const;

/** The invoke methods; onCommand and onExportProgress are events, carried on COMMAND_CHANNEL and EXPORT_PROGRESS_CHANNEL. */
export type ApiMethod = Exclude<keyof BriefingApi, (typeof API_EVENTS)[number]>;

export const CHANNELS: { readonly [M in ApiMethod]: `briefing:${M}` } = {
  startup: 'briefing:startup',
  openSample: 'briefing:openSample',
  openPack: 'briefing:openPack',
  savePack: 'briefing:savePack',
  exportPack: 'briefing:exportPack',
  newPack: 'briefing:newPack',
  backupPack: 'briefing:backupPack',
  restoreBackup: 'briefing:restoreBackup',
  discardBackup: 'briefing:discardBackup',
  importAgenda: 'briefing:importAgenda',
  createFromReview: 'briefing:createFromReview',
  setDocumentStatus: 'briefing:setDocumentStatus',
  saveVersion: 'briefing:saveVersion',
  getVersion: 'briefing:getVersion',
  mergeContributions: 'briefing:mergeContributions',
  saveContributionCopy: 'briefing:saveContributionCopy',
  exportHandedOutCsv: 'briefing:exportHandedOutCsv',
  setLiveServer: 'briefing:setLiveServer',
  addMedia: 'briefing:addMedia',
  getMedia: 'briefing:getMedia',
};
