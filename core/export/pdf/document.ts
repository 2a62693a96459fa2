/** The parts of a pack as flows: the cover, the introduction, the agenda items and the annex list. */
import { formatMeetingDates } from '../../i18n/language';
import type { AgendaItem, Annex, BriefingPack, SourceComment } from '../../model/pack';
import type { InlineNode, RichText } from '../../model/rich-text';
import { isBlankRichText } from '../../model/walk';
import type { Template } from '../../template/schema';
import type { LaidOutComment } from './boxes';
import { richTextLines, spacer } from './blocks';
import { commentText, sourceWithComments } from './comments';
import { openComments } from '../../model/pack-ops';
import { flowLine, noteLines, tag, textLines, within, type FlowContext, type FlowLine } from './flow';
import { FIXED_COLORS } from './theme';
import type { RunStyle } from './words';
import { headingSize } from '../../template/headings';
import { ownSection } from '../../model/own-section';

const COVER_RULE = { width: 60, thickness: 2 } as const;
const ENDNOTE_RULE = { widthShare: 1 / 3, thickness: 0.5 } as const;

function style(size: number, color: string, bold = false): RunStyle {
  return { bold, italic: false, size, color };
}

/** The cover: the facts template.cover lists, in its order. */
export function coverLines(pack: BriefingPack, template: Template, marking: string, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const { labels } = template;
  ctx.glyphs.place = labels.cover;
  const meta = style(theme.body + 1.5, theme.colors.text);
  const metaLine = (label: string, value: string): FlowLine[] =>
    value.trim() ? textLines([{ text: `${label}: `, bold: true }, { text: value }], meta, ctx, { spaceBefore: theme.lineHeight * 0.3 }) : [];
  const { meeting, letter } = pack;
  const out: FlowLine[] = [...textLines([{ text: labels.cover }], style(theme.heading1, theme.colors.muted), ctx)];
  let ruled = false;
  const rule = (): void => {
    if (ruled) return;
    ruled = true;
    out.push(
      flowLine(COVER_RULE.thickness, [{ kind: 'rect', x: 0, y: -COVER_RULE.thickness, width: COVER_RULE.width, height: COVER_RULE.thickness, color: theme.colors.heading }], {
        spaceBefore: theme.lineHeight * 1.5,
      }),
      spacer(theme.lineHeight),
    );
  };
  for (const fact of template.cover) {
    switch (fact) {
      case 'meeting':
        out.push(...textLines([{ text: meeting.name.trim() || labels.untitled }], style(theme.title, theme.colors.heading, true), ctx, { spaceBefore: theme.lineHeight, role: 'H1' }));
        break;
      case 'abbreviation':
        if (meeting.abbreviation.trim()) {
          out.push(...textLines([{ text: meeting.abbreviation }], style(theme.heading1, theme.colors.heading), ctx, { spaceBefore: theme.lineHeight * 0.5 }));
        }
        break;
      case 'date':
        rule();
        out.push(...metaLine(labels.date, formatMeetingDates(meeting, template.language)));
        break;
      case 'location':
        rule();
        out.push(...metaLine(labels.location, meeting.location));
        break;
      case 'version':
        rule();
        out.push(...metaLine(labels.version, pack.version));
        break;
      case 'status':
        rule();
        out.push(...metaLine(labels.status, pack.status === 'draft' ? labels.draft : labels.final));
        break;
      case 'signatory':
        rule();
        out.push(...metaLine(labels.letterOf, [letter.signatory.name, letter.signatory.role].filter((s) => s.trim()).join(', ')));
        break;
      case 'classification':
        rule();
        out.push(...textLines([{ text: marking }], style(theme.heading2, theme.colors.marking, true), ctx, { spaceBefore: theme.lineHeight * 2 }));
        break;
    }
  }
  return out;
}

function sectionLabel(label: string, level: 2 | 3, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  return textLines([{ text: label }], style(headingSize(theme, level), theme.colors.heading, true), ctx, {
    spaceBefore: theme.sectionGap,
    keepWithNext: true,
    role: level === 2 ? 'H2' : 'H3',
    anchor: { title: label, level: 3, inContents: false },
  });
}

/** Numbers handed out while laying out part of the flow, for endnotes. */
export interface NoteRange {
  before(): number;
  after(): number;
}

/**
 * Endnotes (footnotes: 'endnotes'): the notes of one part right after its
 * text, kept with its last line, so they end the part on the page its text
 * ends on instead of running onto a page of their own when the text fills it.
 */
function withEndnotes(out: FlowLine[], from: number, to: number, ctx: FlowContext): FlowLine[] {
  const last = out.at(-1);
  if (to <= from || !last) return out;
  const { theme } = ctx;
  const width = ctx.width * ENDNOTE_RULE.widthShare;
  const block: FlowLine[] = [
    flowLine(ENDNOTE_RULE.thickness, [{ kind: 'rect', x: 0, y: -ENDNOTE_RULE.thickness, width, height: ENDNOTE_RULE.thickness, color: FIXED_COLORS.rule }], {
      spaceBefore: theme.sectionGap,
    }),
    spacer(theme.lineHeight * 0.3),
  ];
  for (let n = from + 1; n <= to; n++) block.push(...noteLines(n, ctx));
  for (const line of [last, ...block.slice(0, -1)]) line.keepWithNext = true;
  out.push(...block);
  return out;
}

/** The comments appendix of one item: each open comment with the passage it is about. */
function commentAppendix(comments: readonly SourceComment[], label: string, level: 2 | 3, ctx: FlowContext): FlowLine[] {
  if (comments.length === 0) return [];
  const { theme } = ctx;
  const out = sectionLabel(label, level, ctx);
  within(ctx, 'L', () => {
    comments.forEach((comment, i) => {
      within(ctx, 'LI', () => {
        const nodes: InlineNode[] = [
          ...(comment.anchor.quote.trim() ? [{ text: `“${comment.anchor.quote.trim()}” `, italic: true }] : []),
          { text: commentText(comment) },
        ];
        out.push(...textLines(nodes, style(theme.body, theme.colors.text), ctx, { spaceBefore: i === 0 ? 0 : theme.lineHeight * 0.3, role: 'LBody', keepLines: true }));
      });
    });
  });
  return out;
}

export interface ItemsContext {
  markingOf(item: AgendaItem): string;
  /** An annotation section as printed: with the item's paragraph markings where the template asks for them. */
  annotationOf(item: AgendaItem, value: RichText): RichText;
  /** Registers a comment shown as a PDF annotation; returns its index. */
  addComment(comment: LaidOutComment): number;
  footnoteCount(): number;
}

/** One agenda item's lines: its title, marking, the letter's text and the annotation sections. */
export function itemLines(item: AgendaItem, index: number, template: Template, items: ItemsContext, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const { labels } = template;
  const sub = item.level === 2 ? 3 : 2;
  const textHeading = sub === 3 ? 4 : 3;
  return within(ctx, 'Sect', () => {
    const notesBefore = items.footnoteCount();
    const title = item.title.trim() || `${labels.agendaItem} ${index + 1}`;
    ctx.glyphs.place = title;
    const out = textLines([{ text: title }], style(headingSize(theme, item.level), theme.colors.heading, true), ctx, {
      spaceBefore: theme.itemGap,
      keepWithNext: true,
      pageBreakBefore: template.pageBreakBeforeItem && item.level === 1,
      anchor: { title, level: item.level, inContents: true },
      role: item.level === 1 ? 'H1' : 'H2',
    });
    const meta = [{ text: items.markingOf(item), bold: true }, ...(item.owner.trim() ? [{ text: `   ${labels.owner}: ${item.owner}` }] : [])];
    out.push(...textLines(meta, style(theme.small, theme.colors.marking), ctx, { spaceBefore: theme.lineHeight * 0.2, keepWithNext: true }));
    const headLines = out.length;
    const comments = openComments(item.comments);
    if (template.includeSourceText && !isBlankRichText(item.source)) {
      let source: RichText = item.source;
      const mode = template.sourceComments;
      if (comments.length > 0 && (mode === 'footnotes' || mode === 'word-comments')) {
        source = sourceWithComments(item.source, comments, mode, (c) =>
          items.addComment({ author: c.author, createdAt: c.createdAt, text: commentText(c, '\n\n').slice(c.author.length + 2) }),
        );
      }
      out.push(...sectionLabel(labels.sourceText, sub, ctx), ...richTextLines(source, ctx, theme.colors.muted, textHeading));
    }
    for (const section of template.sections) {
      const value = ownSection(item.sections, section.key);
      if (!value || isBlankRichText(value)) continue;
      out.push(...sectionLabel(section.label, sub, ctx), ...richTextLines(items.annotationOf(item, value), ctx, theme.colors.text, textHeading));
    }
    if (template.sourceComments === 'appendix') out.push(...commentAppendix(comments, labels.comments, sub, ctx));
    // Nothing under the title but its marking: say so, rather than leave a page with a heading only.
    if (out.length === headLines && labels.noAnnotation) {
      out.push(...textLines([{ text: labels.noAnnotation }], { ...style(theme.body, theme.colors.muted), italic: true }, ctx, { spaceBefore: theme.sectionGap }));
    }
    return ctx.footnoteMode === 'endnotes' ? withEndnotes(out, notesBefore, items.footnoteCount(), ctx) : out;
  });
}

/** The agenda items' lines, an item at a time, laid out as they are asked for. */
export function* itemsLines(pack: BriefingPack, template: Template, items: ItemsContext, ctx: FlowContext): Generator<FlowLine[]> {
  for (let i = 0; i < pack.items.length; i++) yield itemLines(pack.items[i]!, i, template, items, ctx);
}

/** The pack's introduction (the letter's opening), under its own heading. */
export function introductionLines(pack: BriefingPack, template: Template, items: ItemsContext, ctx: FlowContext): FlowLine[] {
  if (!template.includeIntroduction || isBlankRichText(pack.introduction)) return [];
  return within(ctx, 'Sect', () => {
    const notesBefore = items.footnoteCount();
    const title = template.labels.introduction;
    ctx.glyphs.place = title;
    const out = textLines([{ text: title }], style(ctx.theme.heading1, ctx.theme.colors.heading, true), ctx, {
      keepWithNext: true,
      anchor: { title, level: 1, inContents: true },
      role: 'H1',
    });
    out.push(spacer(ctx.theme.lineHeight * 0.5), ...richTextLines(pack.introduction, ctx, ctx.theme.colors.text));
    return ctx.footnoteMode === 'endnotes' ? withEndnotes(out, notesBefore, items.footnoteCount(), ctx) : out;
  });
}

/** The list of annexes at the end; PDF annexes follow it, the others are listed only. */
export function annexListLines(annexes: readonly Annex[], template: Template, ctx: FlowContext): FlowLine[] {
  if (annexes.length === 0) return [];
  const { theme } = ctx;
  return within(ctx, 'Sect', () => {
    const title = template.labels.annexes;
    ctx.glyphs.place = title;
    const out = textLines([{ text: title }], style(theme.heading1, theme.colors.heading, true), ctx, {
      spaceBefore: theme.itemGap,
      keepWithNext: true,
      pageBreakBefore: template.pageBreakBeforeItem,
      anchor: { title, level: 1, inContents: true },
      role: 'H1',
    });
    out.push(spacer(theme.lineHeight * 0.5));
    within(ctx, 'L', () => {
      annexes.forEach((annex, i) => {
        within(ctx, 'LI', () => {
          const label = tag(ctx, 'Lbl');
          const name = annex.title.trim() || annex.fileName;
          const text = `${name}${annex.fileName && annex.fileName !== name ? ` (${annex.fileName})` : ''}`;
          const lines = textLines([{ text }], style(theme.body, theme.colors.text), ctx, { indent: theme.listIndent, spaceBefore: i === 0 ? 0 : theme.lineHeight * 0.3, role: 'LBody' });
          const marker = `${i + 1}.`;
          const markerWidth = ctx.metrics.widthOf(marker, 'regular', theme.body);
          const first = lines[0]!;
          first.boxes.unshift({ kind: 'text', text: marker, style: 'regular', size: theme.body, x: theme.listIndent - theme.body * 0.6 - markerWidth, y: -(first.height + theme.body * 0.72) / 2, width: markerWidth, color: theme.colors.text, tag: label });
          out.push(...lines);
        });
      });
    });
    return out;
  });
}
