/**
 * A BriefingPack as a Y.Doc, the editable state that merges:
 *   meta          Y.Map: id, language, template, status, … (one value each, last writer wins);
 *                 meeting and letter as Y.Maps of their fields
 *   introduction  Y.XmlText (rich text, see rich-text-y.ts)
 *   items         keyed list (keyed-list.ts) of Y.Maps: title a Y.Text, source a Y.XmlText,
 *                 sections a Y.Array of { key, text: Y.XmlText }, comments a keyed list
 *   annexes, versions, media  keyed lists of their JSON records (media by content id, so two
 *                 copies that add the same picture merge to one)
 *   recipients, handedOut  the distribution list and the copies handed out, keyed lists of
 *                 JSON records, so copies handed out from two copies of the pack all stay on record
 *   sentForContribution  the items sent to colleagues (pack.contributions), a keyed list of JSON records, so a sending
 *                 recorded in the pack and in the copy it made stays one record after the merge
 * Sections are a list, not a map by key: two people starting the same empty
 * section at once would make two values for one key, and a map would keep one.
 * The list keeps both, and reading joins them, so neither text is lost.
 */
import * as Y from 'yjs';
import type { AgendaItem, BriefingPack, CommentReply, SourceComment } from '../model/pack';
import type { RichText } from '../model/rich-text';
import { keyedIds, nestedKeyedList, prelimKeyedList, rootKeyedList, storedKeyedList, syncKeyedList, type KeyedList } from './keyed-list';
import { applyRichTextEdit, richTextToYText, sameNode, yTextToRichText } from './rich-text-y';
import { applyTextEdit } from './text-edit';
import { ownSection, setOwnSection } from '../model/own-section';

type YRecord = Y.Map<unknown>;

const META_FIELDS = ['schemaVersion', 'id', 'language', 'templateId', 'classification', 'status', 'version'] as const;
const ITEM_FIELDS = ['level', 'owner', 'status', 'classification'] as const;
const COMMENT_FIELDS = ['anchor', 'author', 'createdAt', 'text', 'resolved'] as const;

export interface DocOptions {
  /** Yjs's id for the writer; give the same one only for the same content (see baseClientId). */
  clientID?: number;
}

export function docFromPack(pack: BriefingPack, options: DocOptions = {}): Y.Doc {
  const doc = new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID;
  doc.transact(() => writePack(doc, pack, null));
  return doc;
}

/** Takes `pack` as an edit on top of what the document holds: only what differs is written. */
export function applyPackEdit(doc: Y.Doc, pack: BriefingPack, before: BriefingPack = packFromDoc(doc)): void {
  doc.transact(() => writePack(doc, pack, before));
}

function writePack(doc: Y.Doc, pack: BriefingPack, before: BriefingPack | null): void {
  const meta = doc.getMap('meta');
  for (const field of META_FIELDS) if (meta.get(field) !== pack[field]) meta.set(field, pack[field]);
  if (meta.get('hasVersions') !== (pack.versions !== undefined)) meta.set('hasVersions', pack.versions !== undefined);
  writeFields(childMap(meta, 'meeting'), pack.meeting);
  writeFields(childMap(meta, 'letter'), pack.letter);
  if (!before || !sameNode(before.introduction, pack.introduction)) applyRichTextEdit(doc.get('introduction', Y.XmlText), pack.introduction);
  const beforeItems = new Map(before?.items.map((item) => [item.id, item]));
  syncKeyedList(rootKeyedList(doc, 'items'), pack.items, {
    create: newItem,
    update: (existing, item) => void updateItem(existing as YRecord, item, beforeItems.get(item.id)),
  });
  syncKeyedList(rootKeyedList(doc, 'annexes'), pack.annexes, jsonRecords());
  syncKeyedList(rootKeyedList(doc, 'versions'), pack.versions ?? [], jsonRecords());
  if (meta.get('hasMedia') !== (pack.media !== undefined)) meta.set('hasMedia', pack.media !== undefined);
  syncKeyedList(rootKeyedList(doc, 'media'), pack.media ?? [], jsonRecords());
  if (meta.get('hasDistribution') !== (pack.distribution !== undefined)) meta.set('hasDistribution', pack.distribution !== undefined);
  syncKeyedList(rootKeyedList(doc, 'recipients'), pack.distribution?.recipients ?? [], jsonRecords());
  syncKeyedList(rootKeyedList(doc, 'handedOut'), pack.distribution?.handedOut ?? [], jsonRecords());
  if (meta.get('hasContributions') !== (pack.contributions !== undefined)) meta.set('hasContributions', pack.contributions !== undefined);
  syncKeyedList(rootKeyedList(doc, 'sentForContribution'), pack.contributions ?? [], jsonRecords());
}

export function packFromDoc(doc: Y.Doc): BriefingPack {
  const meta = doc.getMap('meta');
  const pack = {
    schemaVersion: meta.get('schemaVersion'),
    id: meta.get('id'),
    language: meta.get('language'),
    templateId: meta.get('templateId'),
    classification: meta.get('classification'),
    status: meta.get('status'),
    version: meta.get('version'),
    meeting: (meta.get('meeting') as YRecord | undefined)?.toJSON(),
    letter: (meta.get('letter') as YRecord | undefined)?.toJSON(),
    introduction: yTextToRichText(doc.get('introduction', Y.XmlText)),
    items: readKeyed(rootKeyedList(doc, 'items'), (record) => readItem(record as YRecord)),
    annexes: readKeyed(rootKeyedList(doc, 'annexes'), (record) => record),
    ...(meta.get('hasVersions') ? { versions: readKeyed(rootKeyedList(doc, 'versions'), (record) => record) } : {}),
    ...(meta.get('hasMedia') ? { media: readKeyed(rootKeyedList(doc, 'media'), (record) => record) } : {}),
    // A copy handed out keeps the list's record even where undo took back the list's first recipients.
    ...(meta.get('hasDistribution') || rootKeyedList(doc, 'handedOut').order.length > 0
      ? { distribution: { recipients: readKeyed(rootKeyedList(doc, 'recipients'), (record) => record), handedOut: readKeyed(rootKeyedList(doc, 'handedOut'), (record) => record) } }
      : {}),
    ...(meta.get('hasContributions') ? { contributions: readKeyed(rootKeyedList(doc, 'sentForContribution'), (record) => record) } : {}),
  };
  return pack as BriefingPack;
}

function readKeyed<T>(list: KeyedList | undefined, read: (record: unknown) => T): T[] {
  return keyedIds(list).map((id) => read(list!.byId.get(id)));
}

function childMap(parent: YRecord, name: string): YRecord {
  let child = parent.get(name) as YRecord | undefined;
  if (!child) parent.set(name, (child = new Y.Map()));
  return child;
}

/** One value per field; a field is set only when it differs, so an untouched field never conflicts. */
function writeFields(map: YRecord, values: object): void {
  const record = values as Record<string, unknown>;
  for (const key of [...map.keys()]) if (!(key in record)) map.delete(key);
  for (const [key, value] of Object.entries(record)) if (!sameNode(map.get(key), value)) map.set(key, value);
}

/** Records kept whole: a changed one is replaced. */
function jsonRecords<T extends { id: string }>() {
  return {
    create: (value: T) => value,
    update: (existing: unknown, value: T) => (sameNode(existing, value) ? undefined : value),
  };
}

function newItem(item: AgendaItem): YRecord {
  const record = new Y.Map<unknown>();
  record.set('id', item.id);
  record.set('title', new Y.Text(item.title));
  for (const field of ITEM_FIELDS) record.set(field, item[field]);
  record.set('source', richTextToYText(item.source));
  const sections = new Y.Array<YRecord>();
  sections.push(Object.entries(item.sections).map(([key, value]) => newSection(key, value)));
  record.set('sections', sections);
  prelimKeyedList(record, 'comments', item.comments.map((comment) => [comment.id, newComment(comment)]));
  return record;
}

function newSection(key: string, value: RichText): YRecord {
  return new Y.Map<unknown>([
    ['key', key],
    ['text', richTextToYText(value)],
  ]);
}

function newComment(comment: SourceComment): YRecord {
  const record = new Y.Map<unknown>(COMMENT_FIELDS.map((field) => [field, comment[field]]));
  record.set('id', comment.id);
  prelimKeyedList(record, 'replies', comment.replies.map((reply) => [reply.id, reply]));
  return record;
}

function updateItem(record: YRecord, item: AgendaItem, before: AgendaItem | undefined): void {
  applyTextEdit(record.get('title') as Y.Text, item.title);
  for (const field of ITEM_FIELDS) if (record.get(field) !== item[field]) record.set(field, item[field]);
  if (!before || !sameNode(before.source, item.source)) applyRichTextEdit(record.get('source') as Y.XmlText, item.source);
  updateSections(record.get('sections') as Y.Array<YRecord>, item.sections, before?.sections);
  const beforeComments = new Map(before?.comments.map((comment) => [comment.id, comment]));
  syncKeyedList(nestedKeyedList(record, 'comments'), item.comments, {
    create: newComment,
    update: (existing, comment) => void updateComment(existing as YRecord, comment, beforeComments.get(comment.id)),
  });
}

function updateSections(list: Y.Array<YRecord>, sections: Record<string, RichText>, before: Record<string, RichText> | undefined): void {
  const entries = list.toArray();
  for (let i = entries.length - 1; i >= 0; i--) {
    const key = entries[i]!.get('key') as string;
    // A second entry for a key (two people started the section at once) is folded into the first on the next edit.
    const first = entries.findIndex((entry) => entry.get('key') === key);
    const changed = !before || !sameNode(ownSection(before, key), ownSection(sections, key));
    if (!Object.hasOwn(sections, key) || (first !== i && changed)) list.delete(i, 1);
  }
  for (const [key, value] of Object.entries(sections)) {
    const entry = list.toArray().find((candidate) => candidate.get('key') === key);
    if (!entry) list.push([newSection(key, value)]);
    else if (!before || !sameNode(ownSection(before, key), value)) applyRichTextEdit(entry.get('text') as Y.XmlText, value);
  }
}

function updateComment(record: YRecord, comment: SourceComment, before: SourceComment | undefined): void {
  for (const field of COMMENT_FIELDS) if (!sameNode(record.get(field), comment[field])) record.set(field, comment[field]);
  if (before && sameNode(before.replies, comment.replies)) return;
  syncKeyedList(nestedKeyedList(record, 'replies'), comment.replies, jsonRecords<CommentReply>());
}

function readItem(record: YRecord): AgendaItem {
  const item: Record<string, unknown> = {
    id: record.get('id'),
    title: (record.get('title') as Y.Text).toString(),
    level: record.get('level'),
    source: yTextToRichText(record.get('source') as Y.XmlText),
    sections: readSections(record.get('sections') as Y.Array<YRecord>),
    owner: record.get('owner'),
    status: record.get('status'),
    classification: record.get('classification'),
    comments: readKeyed(storedKeyedList(record, 'comments'), (comment) => readComment(comment as YRecord)),
  };
  return item as unknown as AgendaItem;
}

function readSections(list: Y.Array<YRecord>): Record<string, RichText> {
  const sections: Record<string, RichText> = {};
  for (const entry of list.toArray()) {
    const key = entry.get('key') as string;
    const value = yTextToRichText(entry.get('text') as Y.XmlText);
    const earlier = ownSection(sections, key);
    setOwnSection(sections, key, earlier ? [...earlier, ...value] : value);
  }
  return sections;
}

function readComment(record: YRecord): SourceComment {
  const comment: Record<string, unknown> = { id: record.get('id') };
  for (const field of COMMENT_FIELDS) comment[field] = record.get(field);
  comment.replies = readKeyed(storedKeyedList(record, 'replies'), (reply) => reply);
  return comment as unknown as SourceComment;
}
