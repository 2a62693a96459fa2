/**
 * What the page and the preview worker say to each other. The page sends a
 * pack's items only when they changed: an unchanged item is the index it had
 * in the previous message, so the worker keeps its object and the layout
 * cache knows it without reading it again.
 */
import type { ApiError } from '../../core/contract';
import type { PreviewPart } from '../../core/export/pdf/preview';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import type { Template } from '../../core/template/schema';

export interface PreviewJob {
  job: number;
  /** The catalog, sent when it changed since the last job. */
  templates?: readonly Template[];
  templateId: string;
  pack: Omit<BriefingPack, 'items'>;
  /** Each item, or the index of the same item in the previous job's list. */
  items: readonly (AgendaItem | number)[];
  /** Pictures' bytes the worker has not had yet, by media id. */
  mediaFiles: ReadonlyMap<string, Uint8Array>;
  part: PreviewPart;
}

export type PreviewReply =
  | { job: number; ok: true; bytes: Uint8Array; pages: number[]; total: number }
  | { job: number; ok: false; error: ApiError };
