/**
 * The page's side of the preview worker: sends a job per change with only the
 * items that changed since the last job, and hands on only the newest job's
 * reply (an older one is stale the moment a newer edit is sent).
 */
import type { PreviewPart } from '../../core/export/pdf/preview';
import { usedMediaIds } from '../../core/model/figures';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import type { Template } from '../../core/template/schema';
import type { PreviewJob, PreviewReply } from './protocol';

export class PreviewClient {
  private readonly worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
  private job = 0;
  /** Each item of the last job, by object, with its index there. */
  private sentItems = new Map<AgendaItem, number>();
  private sentTemplates: readonly Template[] | null = null;
  private readonly sentMedia = new Set<string>();

  constructor(onReply: (reply: PreviewReply) => void) {
    this.worker.onmessage = (event: MessageEvent<PreviewReply>) => {
      if (event.data.job === this.job) onReply(event.data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      onReply({ job: this.job, ok: false, error: { code: 'internal', params: { detail: event.message || 'preview worker failed' } } });
    };
  }

  /** The pack changed: the reply on its way is stale, and is dropped when it comes. */
  supersede(): void {
    this.job++;
  }

  /** The pictures the pack's figures show whose bytes the worker has not had (the pack's own list may lag behind a new one). */
  missingMedia(pack: BriefingPack): string[] {
    return [...usedMediaIds([pack])].filter((id) => !this.sentMedia.has(id));
  }

  request(pack: BriefingPack, templates: readonly Template[], templateId: string, part: PreviewPart, mediaFiles: ReadonlyMap<string, Uint8Array>): void {
    const { items, ...rest } = pack;
    const job: PreviewJob = {
      job: ++this.job,
      templateId,
      pack: rest,
      items: items.map((item) => this.sentItems.get(item) ?? item),
      mediaFiles,
      part,
      ...(this.sentTemplates !== templates && { templates }),
    };
    this.sentItems = new Map(items.map((item, i) => [item, i]));
    this.sentTemplates = templates;
    for (const id of mediaFiles.keys()) this.sentMedia.add(id);
    this.worker.postMessage(job);
  }

  close(): void {
    this.worker.terminate();
  }
}
