/**
 * BriefingPack: what a .briefpack holds. One zod schema validates a pack
 * wherever it comes from (file, IPC, clipboard); the TypeScript types are
 * inferred from it, so the two cannot drift.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/language';
import { CALENDAR_DATE_RULE, isCalendarDate } from './calendar-date';
import { CLASSIFICATIONS } from './classification';
import { contributionSchema } from './contributions';
import { distributionSchema } from './distribution';
import { MARKING_SYSTEMS } from './markings';
import { MEDIA_ID, richTextSchema, sourceTextSchema } from './rich-text';
import { sectionRecordSchema } from './section-key';

export const SCHEMA_VERSION = 1;

export const ITEM_STATUSES = ['draft', 'in-review', 'approved'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');
const line = (max = 500) => z.string().max(max);
/** A day, or '' where the letter named none. */
const isoDate = z.string().refine((text) => text === '' || isCalendarDate(text), `${CALENDAR_DATE_RULE}, or empty`);

export const meetingSchema = z.strictObject({
  name: line(),
  abbreviation: line(40),
  date: isoDate,
  /** The last day of a meeting of several days; absent for one day. */
  endDate: isoDate.optional(),
  location: line(200),
});

export const letterSchema = z.strictObject({
  addressee: line(),
  place: line(200),
  date: isoDate,
  signatory: z.strictObject({ name: line(200), role: line(200) }),
  references: z.array(line()).max(200),
});

const timestamp = z.iso.datetime({ offset: true });

export const commentReplySchema = z.strictObject({
  id,
  author: line(200),
  createdAt: timestamp,
  text: z.string().max(20_000),
});

/**
 * A comment on a passage of an item's source text. The source is read-only,
 * so a block index and character offsets into that block's plain text stay
 * valid; `quote` keeps the passage for display and as a check.
 */
export const commentSchema = z.strictObject({
  id,
  anchor: z.strictObject({
    block: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string().max(5_000),
  }),
  author: line(200),
  createdAt: timestamp,
  text: z.string().max(20_000),
  resolved: z.boolean(),
  replies: z.array(commentReplySchema).max(1_000),
});

export const agendaItemSchema = z.strictObject({
  id,
  title: line(),
  /** 1 for an agenda item, 2 for a sub-item under the item before it. */
  level: z.union([z.literal(1), z.literal(2)]),
  /** The item's text as the agenda letter has it; read-only in the editor. */
  source: sourceTextSchema,
  /** Annotation sections keyed by the template's section keys. */
  sections: sectionRecordSchema(richTextSchema),
  owner: line(200),
  status: z.enum(ITEM_STATUSES),
  classification: z.enum(CLASSIFICATIONS),
  comments: z.array(commentSchema).max(5_000).default([]),
});

export const annexSchema = z.strictObject({
  id,
  title: line(),
  fileName: line(255),
  mediaType: line(100),
  size: z.number().int().nonnegative(),
});

export const MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** A picture's bytes, stored once as the container entry media/<id> (id: the SHA-256 of the bytes). */
export const mediaSchema = z.strictObject({
  id: z.string().regex(MEDIA_ID, 'must be a SHA-256 in lowercase hex'),
  mediaType: z.enum(MEDIA_TYPES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  size: z.number().int().positive(),
});

/** A named snapshot saved with "Save version"; its content is the container entry versions/<id>.json. */
export const versionMetaSchema = z.strictObject({
  id,
  name: line(200),
  createdAt: timestamp,
});

export const MAX_VERSIONS = 200;

export const briefingPackSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  language: z.enum(LANGUAGES),
  templateId: id,
  classification: z.enum(CLASSIFICATIONS),
  status: z.enum(['draft', 'final']),
  version: line(40),
  meeting: meetingSchema,
  letter: letterSchema,
  introduction: richTextSchema,
  items: z.array(agendaItemSchema).max(5_000),
  annexes: z.array(annexSchema).max(500),
  /** The marking system (markings.ts); absent means national, as packs saved before systems existed. Plain JSON. */
  markingSystem: z.enum(MARKING_SYSTEMS).optional(),
  /** A caveat or releasability line printed under the marking ("REL TO NLD, NATO"); absent or blank means none. */
  markingCaveat: line(200).optional(),
  /** Saved versions, oldest first; absent means none (packs written before versions existed). */
  versions: z.array(versionMetaSchema).max(MAX_VERSIONS).optional(),
  /** The distribution list and the copies handed out (distribution.ts); absent means none, as packs written before it. */
  distribution: distributionSchema.optional(),
  /** The pictures the figures show (rich-text FigureElement.media); absent means none, as packs written before pictures. */
  media: z.array(mediaSchema).max(2_000).optional(),
  /** Items sent to colleagues for contribution (contributions.ts); absent means none, as packs written before it. */
  contributions: z.array(contributionSchema).max(1_000).optional(),
});

export type Meeting = z.infer<typeof meetingSchema>;
export type Letter = z.infer<typeof letterSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type SourceComment = z.infer<typeof commentSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type Annex = z.infer<typeof annexSchema>;
export type VersionMeta = z.infer<typeof versionMetaSchema>;
export type MediaMeta = z.infer<typeof mediaSchema>;
export type BriefingPack = z.infer<typeof briefingPackSchema>;
