/** Argument schemas of the contract; kept apart so the preload bundle carries no zod. */
import { z } from 'zod';
import type { ApiMethod, BriefingApi } from './contract';
import { EXPORT_FORMATS } from './export/assets';
import { LANGUAGES } from './i18n/language';
import { briefingPackSchema } from './model/pack';
import { MEDIA_ID } from './model/rich-text';

const documentId = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** Argument schemas per method; main parses every call with these before doing anything. */
export const ARGUMENT_SCHEMAS = {
  startup: z.tuple([]),
  openSample: z.tuple([]),
  openPack: z.tuple([]),
  savePack: z.tuple([documentId, briefingPackSchema, z.boolean()]),
  exportPack: z.tuple([
    documentId,
    briefingPackSchema,
    z.enum(EXPORT_FORMATS),
    z.string().max(64),
    z.strictObject({
      skipBadAnnexes: z.array(z.string().max(64)).max(1000),
      withComments: z.boolean().optional(),
      recipient: z.string().trim().min(1).max(200).optional(),
      publication: z.strictObject({ date: z.iso.date(), withComments: z.boolean().optional(), withOwners: z.boolean().optional() }).optional(),
    }),
  ]),
  newPack: z.tuple([]),
  importAgenda: z.tuple([]),
  createFromReview: z.tuple([documentId, briefingPackSchema]),
  backupPack: z.tuple([documentId, briefingPackSchema]),
  restoreBackup: z.tuple([documentId]),
  discardBackup: z.tuple([documentId]),
  setDocumentStatus: z.tuple([documentId, z.strictObject({ dirty: z.boolean() })]),
  saveVersion: z.tuple([documentId, briefingPackSchema, z.string().trim().min(1).max(200)]),
  getVersion: z.tuple([documentId, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
  mergeContributions: z.tuple([documentId, briefingPackSchema]),
  saveContributionCopy: z.tuple([documentId, briefingPackSchema, z.string().trim().min(1).max(200)]),
  exportHandedOutCsv: z.tuple([documentId, briefingPackSchema, z.enum(LANGUAGES)]),
  setLiveServer: z.tuple([z.string().max(300).nullable()]),
  // The size limit is checked again, with a message, by the picture check; this only bounds what IPC accepts.
  addMedia: z.tuple([documentId, z.instanceof(Uint8Array).refine((bytes) => bytes.length <= 64 * 1024 * 1024), z.string().max(255), z.string().max(100)]),
  getMedia: z.tuple([documentId, z.string().regex(MEDIA_ID)]),
} as const satisfies { readonly [M in ApiMethod]: z.ZodType<Parameters<BriefingApi[M]>> };
