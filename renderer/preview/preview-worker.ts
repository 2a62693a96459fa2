/**
 * The preview's layout and PDF writing, off the page's thread. Holds one
 * PdfPreview (and so one layout cache) for the open pack's template; a job
 * that arrives while another runs supersedes any waiting one.
 */
/// <reference lib="webworker" />
import { PdfPreview } from '../../core/export/pdf/preview';
import { UserError } from '../../core/i18n/errors';
import { checkPicture } from '../../core/media/picture-check';
import { usedMediaIds } from '../../core/model/figures';
import type { AgendaItem, BriefingPack, MediaMeta } from '../../core/model/pack';
import { findTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../browser/fonts';
import type { PreviewJob, PreviewReply } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let templates: readonly Template[] = [];
let preview: { template: Template; engine: PdfPreview } | null = null;
let items: AgendaItem[] = [];
const mediaFiles = new Map<string, Uint8Array>();
/** What the bytes say of each picture; a damaged one has none, and the export's check refuses it. */
const mediaMetas = new Map<string, MediaMeta>();

/** The pack's list of pictures as the export makes it: each one its figures show (a new one is not listed yet in the editor's pack). */
function withMediaList(pack: BriefingPack): BriefingPack {
  const listed = new Map((pack.media ?? []).map((meta) => [meta.id, meta]));
  const media = [...usedMediaIds([pack])].flatMap((id) => {
    const meta = listed.get(id) ?? mediaMetas.get(id);
    return meta ? [meta] : [];
  });
  return { ...pack, media };
}

function takeMedia(id: string, bytes: Uint8Array): void {
  mediaFiles.set(id, bytes);
  try {
    mediaMetas.set(id, { id, ...checkPicture(bytes, id) });
  } catch {
    // Left unlisted: the export's own check names the figure.
  }
}

/** A job with its items in full, as the worker keeps them. */
type ReadyJob = Omit<PreviewJob, 'items' | 'templates' | 'mediaFiles'> & { items: AgendaItem[] };

let running = false;
let waiting: ReadyJob | null = null;

async function engineFor(templateId: string): Promise<PdfPreview> {
  const template = findTemplate(templates, templateId);
  if (preview?.template !== template) preview = { template, engine: new PdfPreview(template, await loadExportAssets(template), templates) };
  return preview.engine;
}

/** Taken in as it arrives, also when it is superseded: the next job's item indices count from its list. */
function accept(job: PreviewJob): ReadyJob {
  if (job.templates) {
    templates = job.templates;
    preview = null;
  }
  items = job.items.map((item) => (typeof item === 'number' ? items[item]! : item));
  for (const [id, bytes] of job.mediaFiles) takeMedia(id, bytes);
  return { job: job.job, templateId: job.templateId, pack: job.pack, part: job.part, items };
}

async function run(job: ReadyJob): Promise<PreviewReply> {
  try {
    const engine = await engineFor(job.templateId);
    const shown = await engine.pages({ pack: withMediaList({ ...job.pack, items: job.items }), annexFiles: new Map(), mediaFiles }, job.part);
    return { job: job.job, ok: true, ...shown };
  } catch (error) {
    if (error instanceof UserError) return { job: job.job, ok: false, error: { code: error.code, params: error.params } };
    return { job: job.job, ok: false, error: { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
}

async function drain(): Promise<void> {
  running = true;
  while (waiting) {
    const job = waiting;
    waiting = null;
    const reply = await run(job);
    scope.postMessage(reply, reply.ok ? [reply.bytes.buffer] : []);
  }
  running = false;
}

scope.onmessage = (event: MessageEvent<PreviewJob>) => {
  // Only the newest job waits: an older one would be stale by the time it ran.
  waiting = accept(event.data);
  if (!running) void drain();
};
