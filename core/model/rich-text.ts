/**
 * The rich-text node union, declared once. The Slate value *is* this model:
 * the renderer binds Slate's CustomTypes to these types, the exporters walk
 * them, and the zod schemas below validate them on load and on paste.
 */
import { z } from 'zod';
import { linkRefusal } from './link-href';
import { isWooGround } from './woo-grounds';

export { LINK_PROTOCOLS } from './link-href';

export interface FormattedText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  highlight?: boolean;
  /**
   * Marked to be left out when the pack is made public under the Woo: the
   * ground's code ("5.1.2e", woo-grounds.ts). Other exports print the text;
   * the publication prints a black box with the code instead (publication.ts).
   */
  redacted?: string;
}

export interface LinkElement {
  type: 'link';
  url: string;
  children: FormattedText[];
}

/** A footnote is an inline void: its text lives on the node, numbering is by order. */
export interface FootnoteElement {
  type: 'footnote';
  note: string;
  children: [FormattedText];
}

export type InlineNode = FormattedText | LinkElement | FootnoteElement;

export interface ParagraphElement {
  type: 'paragraph';
  children: InlineNode[];
}

export interface HeadingElement {
  type: 'heading';
  children: InlineNode[];
}

export interface BlockQuoteElement {
  type: 'block-quote';
  children: InlineNode[];
}

export interface ListItemElement {
  type: 'list-item';
  children: InlineNode[];
}

export interface ListElement {
  type: 'bulleted-list' | 'numbered-list';
  /** Nested lists sit between the items they follow, as in HTML. */
  children: (ListItemElement | ListElement)[];
}

/** Simple tables: rows of cells holding inline text; header cells repeat on every page. */
export interface TableCellElement {
  type: 'table-cell';
  header?: boolean;
  children: InlineNode[];
}

export interface TableRowElement {
  type: 'table-row';
  children: TableCellElement[];
}

export interface TableElement {
  type: 'table';
  children: TableRowElement[];
}

/**
 * A picture: a void block naming its bytes by content id (pack.media, the
 * container's media/<id>), so the Slate value never holds the bytes.
 */
export interface FigureElement {
  type: 'figure';
  /** SHA-256 of the picture's bytes, lowercase hex. */
  media: string;
  /** Alternative text; required before export. */
  alt: string;
  caption: string;
  /** The picture's width as a share of the text column, 0.1 to 1. */
  width: number;
  children: [FormattedText];
}

export type BlockElement = ParagraphElement | HeadingElement | BlockQuoteElement | ListElement | TableElement | FigureElement;
export type RichElement = BlockElement | ListItemElement | TableRowElement | TableCellElement | LinkElement | FootnoteElement;
export type RichText = BlockElement[];

export const MAX_TEXT = 200_000;
export const MAX_CHILDREN = 5_000;
export const MAX_TABLE_ROWS = 2_000;
export const MAX_TABLE_CELLS = 50;

/** The rule is link-href.ts's, so the editor, the schema and the exporters cannot disagree. */
export function isAllowedLinkUrl(url: string): boolean {
  return linkRefusal(url) === null;
}

export const formattedTextSchema: z.ZodType<FormattedText> = z.strictObject({
  text: z.string().max(MAX_TEXT),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  highlight: z.boolean().optional(),
  redacted: z.string().refine(isWooGround, 'must be a ground of the Woo such as 5.1.2e').optional(),
});

export const linkSchema: z.ZodType<LinkElement> = z.strictObject({
  type: z.literal('link'),
  url: z.string().max(2_000).refine(isAllowedLinkUrl, 'only http, https and mailto links are allowed, without a user name, password or attachment'),
  children: z.array(formattedTextSchema).min(1).max(MAX_CHILDREN),
});

export const footnoteSchema: z.ZodType<FootnoteElement> = z.strictObject({
  type: z.literal('footnote'),
  note: z.string().max(20_000),
  children: z.tuple([formattedTextSchema]),
});

const inlineSchema: z.ZodType<InlineNode> = z.union([formattedTextSchema, linkSchema, footnoteSchema]);
const inlines = z.array(inlineSchema).min(1).max(MAX_CHILDREN);

export const paragraphSchema: z.ZodType<ParagraphElement> = z.strictObject({
  type: z.literal('paragraph'),
  children: inlines,
});

const headingSchema: z.ZodType<HeadingElement> = z.strictObject({
  type: z.literal('heading'),
  children: inlines,
});

const blockQuoteSchema: z.ZodType<BlockQuoteElement> = z.strictObject({
  type: z.literal('block-quote'),
  children: inlines,
});

const listItemSchema: z.ZodType<ListItemElement> = z.strictObject({
  type: z.literal('list-item'),
  children: inlines,
});

/**
 * Lists nest at most as deep as Word's numbering allows (levels 1-9). The
 * schema is built level by level instead of recursively, so zod itself never
 * descends further than that, however deep a hostile file nests.
 */
export const MAX_LIST_DEPTH = 9;
const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;

const tooDeepListSchema = z.looseObject({ type: z.enum(LIST_TYPES) }).refine(() => false, {
  message: `lists may be nested at most ${MAX_LIST_DEPTH} levels deep`,
});

function listSchemaAtDepth(depth: number): z.ZodType<ListElement> {
  const nested = depth < MAX_LIST_DEPTH ? listSchemaAtDepth(depth + 1) : tooDeepListSchema;
  return z.strictObject({
    type: z.enum(LIST_TYPES),
    children: z.array(z.union([listItemSchema, nested])).min(1).max(MAX_CHILDREN),
  }) as z.ZodType<ListElement>;
}

export const listSchema: z.ZodType<ListElement> = listSchemaAtDepth(1);

const tableCellSchema: z.ZodType<TableCellElement> = z.strictObject({
  type: z.literal('table-cell'),
  header: z.boolean().optional(),
  children: inlines,
});

const tableRowSchema: z.ZodType<TableRowElement> = z.strictObject({
  type: z.literal('table-row'),
  children: z.array(tableCellSchema).min(1).max(MAX_TABLE_CELLS),
});

export const tableSchema: z.ZodType<TableElement> = z.strictObject({
  type: z.literal('table'),
  children: z.array(tableRowSchema).min(1).max(MAX_TABLE_ROWS),
});

export const MEDIA_ID = /^[0-9a-f]{64}$/;
export const FIGURE_WIDTH = { min: 0.1, max: 1 } as const;

export const figureSchema: z.ZodType<FigureElement> = z.strictObject({
  type: z.literal('figure'),
  media: z.string().regex(MEDIA_ID, 'must be a SHA-256 in lowercase hex'),
  alt: z.string().max(2_000),
  caption: z.string().max(2_000),
  width: z.number().min(FIGURE_WIDTH.min).max(FIGURE_WIDTH.max),
  children: z.tuple([formattedTextSchema]),
});

/**
 * Chosen by `type`, not tried in turn: a union tries every kind on a block that
 * is none of them, and on each of its rows and cells again (a table of 2,000
 * rows took 13 s); a block of an unknown type is refused naming the field.
 */
const BLOCK_SCHEMAS: Readonly<Record<BlockElement['type'], z.ZodType<BlockElement>>> = {
  paragraph: paragraphSchema,
  heading: headingSchema,
  'block-quote': blockQuoteSchema,
  'bulleted-list': listSchema,
  'numbered-list': listSchema,
  table: tableSchema,
  figure: figureSchema,
};

export const blockSchema: z.ZodType<BlockElement> = z.unknown().transform((value, ctx): BlockElement => {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  const schema = typeof type === 'string' && Object.hasOwn(BLOCK_SCHEMAS, type) ? BLOCK_SCHEMAS[type as BlockElement['type']] : undefined;
  if (!schema) {
    ctx.addIssue({ code: 'custom', path: ['type'], message: `must be one of ${Object.keys(BLOCK_SCHEMAS).join(', ')}` });
    return z.NEVER;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // Each issue as the kind's own schema found it, so the path goes on down into the block.
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
}) as unknown as z.ZodType<BlockElement>;

export const richTextSchema: z.ZodType<RichText> = z.array(blockSchema).max(MAX_CHILDREN);

/** The letter's own text, as imported: it holds no pictures (they belong in the annotations). */
export const sourceTextSchema: z.ZodType<RichText> = richTextSchema.refine(
  (value) => !value.some((block) => block.type === 'figure'),
  "the letter's text holds no pictures",
);

/** An empty editor value: Slate needs at least one block with one text leaf. */
export function emptyRichText(): RichText {
  return [{ type: 'paragraph', children: [{ text: '' }] }];
}

export function paragraphsFromText(paragraphs: readonly string[]): RichText {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }));
}
