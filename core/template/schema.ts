/**
 * A template is data (templates/<id>/template.json), validated here. Both
 * exporters read the same template, so a pack looks like one document in
 * DOCX and in PDF.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/language';
import { sectionKeySchema } from '../model/section-key';

const hexColor = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'must be a hex colour such as 154273');
const points = z.number().min(0).max(400);
/**
 * A font's path under assets/: folders and a name of letters, digits, _ - and dots, none
 * starting with a dot, so no `..` climbs out and no hidden file is named (the reader checks
 * the real path again, links followed: host/bounded-file.ts).
 */
const FONT_FILE = /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/){0,8}[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:ttf|otf)$/;
const fontFile = z.string().max(200).regex(FONT_FILE, 'must be a .ttf or .otf file name under assets/, without ".." or a name starting with "."');
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
/** A name shown in lists and written into documents: one line, without control or direction characters. */
const plainName = z.string().min(1).max(100).refine((text) => !INVISIBLE.test(text), 'must not hold control or text-direction characters');

export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be lower-case letters, digits and -'),
  name: z.strictObject({ nl: plainName, en: plainName }),
  language: z.enum(LANGUAGES),
  page: z.strictObject({
    size: z.enum(['A4', 'Letter']),
    margins: z.strictObject({ top: points, right: points, bottom: points, left: points }),
  }),
  font: z.strictObject({
    /** The name written into DOCX; a metric-compatible free font is embedded in PDF. */
    docxFamily: plainName,
    files: z.strictObject({ regular: fontFile, bold: fontFile, italic: fontFile, boldItalic: fontFile }),
  }),
  sizes: z.strictObject({
    body: z.number().min(6).max(30),
    lineHeight: z.number().min(6).max(40),
    title: z.number().min(8).max(60),
    heading1: z.number().min(6).max(40),
    heading2: z.number().min(6).max(40),
    small: z.number().min(5).max(20),
  }),
  colors: z.strictObject({
    text: hexColor,
    heading: hexColor,
    marking: hexColor,
    muted: hexColor,
    link: hexColor.default('1F4E9A'),
    watermark: hexColor.default('E6E6E6'),
  }),
  header: z.string().max(200),
  footer: z.string().max(200),
  headerAlign: z.enum(['left', 'center', 'right']).default('center'),
  footerAlign: z.enum(['left', 'center', 'right']).default('center'),
  pageBreakBeforeItem: z.boolean(),
  includeSourceText: z.boolean(),
  /** Whether the pack's introduction (the letter's opening) is printed before the items. */
  includeIntroduction: z.boolean().default(true),
  tableOfContents: z.boolean().default(true),
  /** A diagonal draft marking while the pack is not final. */
  draftWatermark: z.boolean().default(true),
  /** A thin border around each appended annex page, framed between the pack's header and footer. */
  annexPageBorder: z.boolean().default(false),
  /** An appended annex page of another size (US Letter, A3) keeps its own size, or is scaled onto the pack's page size. */
  annexPageSize: z.enum(['own', 'pack']).default('own'),
  /** Footnotes at the foot of the page, or gathered at the end of each item. */
  footnotes: z.enum(['page', 'endnotes']).default('page'),
  /** How comments on the agenda's source text appear in exports. */
  sourceComments: z.enum(['word-comments', 'footnotes', 'appendix', 'none']).default('word-comments'),
  /** Which facts the cover page shows, in order. */
  cover: z
    .array(z.enum(['meeting', 'abbreviation', 'date', 'location', 'classification', 'version', 'status', 'signatory']))
    .default(['meeting', 'abbreviation', 'date', 'location', 'classification', 'version', 'status']),
  hyphenation: z.boolean().default(false),
  /**
   * Paragraph (portion) markings, as NATO and EU rules ask: every paragraph, quote and
   * list item of an item's annotation begins with the item's level abbreviated in
   * brackets ("(NR) "), in the template's language. Off unless the template says true.
   */
  paragraphMarkings: z.boolean().default(false),
  sections: z
    .array(
      z.strictObject({
        key: sectionKeySchema,
        label: z.string().min(1).max(100),
        /**
         * Keys other templates use for the same section (kernboodschap = key-messages), so a pack
         * written under one template exports through another without losing it.
         */
        sameAs: z.array(sectionKeySchema).max(20).optional(),
      }),
    )
    .min(1)
    .max(30),
  labels: z.strictObject({
    cover: z.string(),
    contents: z.string(),
    agendaItem: z.string(),
    sourceText: z.string(),
    annexes: z.string(),
    draft: z.string(),
    date: z.string(),
    location: z.string(),
    letterOf: z.string(),
    owner: z.string(),
    status: z.string(),
    version: z.string(),
    final: z.string(),
    untitled: z.string(),
    introduction: z.string(),
    comments: z.string(),
    /** Printed under an item that has nothing else under its title (e.g. "Geen spreekpunten"); without it such an item shows its title only. */
    noAnnotation: z.string().max(200).optional(),
  }),
});

export type Template = z.infer<typeof templateSchema>;
export type TemplateSection = Template['sections'][number];
