import type { UserError } from '../i18n/errors';
import type { CopyMark } from '../model/recipient-copy';
import type { PackContents } from '../pack/container';
import type { FontStyle, Template } from '../template/schema';
import type { ProgressListener } from './progress';

/** Data in, zlib-wrapped deflate (what a PDF FlateDecode filter reads) out. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/** What an exporter needs besides the pack and template: the font bytes the template names. */
export interface ExportAssets {
  fonts: Readonly<Record<FontStyle, Uint8Array>>;
  /** A native deflate where the host has one (Node's zlib); exporters fall back to a JavaScript one. */
  deflate?: Deflate;
}

export interface ExportOptions {
  /**
   * Annex PDFs that cannot be appended (damaged or encrypted) are left out
   * instead of failing the export: all of them (the CLI's --skip-bad-annexes)
   * or those with these ids (each one the person agreed to leave out).
   */
  skipBadAnnexes?: boolean | readonly string[];
  /** Told of what the export had to change, e.g. a character the fonts lack; the export goes on. */
  onWarning?: (warning: UserError) => void;
  /**
   * The templates known (built-in and user): section correspondences may be declared on
   * either side, and a section the template has no place for takes its label from them.
   */
  templates?: readonly Template[];
  /** A numbered copy (recipientCopy in core/model/recipient-copy.ts): every page names the recipient and the copy. */
  copy?: CopyMark;
  /** Told how far the export is (see progress.ts), throttled; the bytes are the same without it. */
  onProgress?: ProgressListener;
}

export type Exporter = (contents: PackContents, template: Template, assets: ExportAssets, options?: ExportOptions) => Promise<Uint8Array>;

export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
