/** The parts of a pack as flows: the cover and the agenda items. */
import { formatLongDate } from '../../i18n/language';
import type { AgendaItem, BriefingPack } from '../../model/pack';
import { isBlankRichText } from '../../model/walk';
import type { Template } from '../../template/schema';
import { richTextLines, spacer } from './blocks';
import { flowLine, textLines, type FlowContext, type FlowLine } from './flow';
import { WORDING } from './wording';
import type { RunStyle } from './words';

const COVER_RULE = { width: 60, thickness: 2 } as const;

function style(size: number, color: string, bold = false): RunStyle {
  return { bold, italic: false, size, color };
}

export function coverLines(pack: BriefingPack, template: Template, marking: string, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const { labels } = template;
  const words = WORDING[template.language];
  const meta = style(theme.body + 1.5, theme.colors.text);
  const metaLine = (label: string, value: string): FlowLine[] =>
    value.trim() ? textLines([{ text: `${label}: `, bold: true }, { text: value }], meta, ctx, { spaceBefore: theme.lineHeight * 0.3 }) : [];
  const { meeting } = pack;
  return [
    ...textLines([{ text: labels.cover }], style(theme.heading1, theme.colors.muted), ctx),
    ...textLines([{ text: meeting.name || words.untitled }], style(theme.title, theme.colors.heading, true), ctx, {
      spaceBefore: theme.lineHeight,
    }),
    ...(meeting.abbreviation.trim()
      ? textLines([{ text: meeting.abbreviation }], style(theme.heading1, theme.colors.heading), ctx, { spaceBefore: theme.lineHeight * 0.5 })
      : []),
    flowLine(COVER_RULE.thickness, [{ kind: 'rect', x: 0, y: -COVER_RULE.thickness, width: COVER_RULE.width, height: COVER_RULE.thickness, color: theme.colors.heading }], {
      spaceBefore: theme.lineHeight * 1.5,
    }),
    spacer(theme.lineHeight),
    ...metaLine(labels.date, formatLongDate(meeting.date, template.language)),
    ...metaLine(labels.location, meeting.location),
    ...metaLine(words.version, pack.version),
    ...metaLine(labels.status, pack.status === 'draft' ? labels.draft : words.final),
    ...textLines([{ text: marking }], style(theme.heading2, theme.colors.marking, true), ctx, { spaceBefore: theme.lineHeight * 2 }),
  ];
}

function sectionLabel(label: string, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  return textLines([{ text: label }], style(theme.heading2, theme.colors.heading, true), ctx, {
    spaceBefore: theme.sectionGap,
    keepWithNext: true,
  });
}

function itemLines(item: AgendaItem, index: number, template: Template, itemMarking: string, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const title = item.title.trim() || `${template.labels.agendaItem} ${index + 1}`;
  const out = textLines([{ text: title }], style(item.level === 1 ? theme.heading1 : theme.heading2 + 1.5, theme.colors.heading, true), ctx, {
    spaceBefore: theme.itemGap,
    keepWithNext: true,
    pageBreakBefore: template.pageBreakBeforeItem && item.level === 1,
    anchor: { title, level: item.level },
  });
  const meta = [{ text: itemMarking, bold: true }, ...(item.owner.trim() ? [{ text: `   ${template.labels.owner}: ${item.owner}` }] : [])];
  out.push(...textLines(meta, style(theme.small, theme.colors.marking), ctx, { spaceBefore: theme.lineHeight * 0.2, keepWithNext: true }));
  if (template.includeSourceText && !isBlankRichText(item.source)) {
    out.push(...sectionLabel(template.labels.sourceText, ctx), ...richTextLines(item.source, ctx, theme.colors.muted));
  }
  for (const section of template.sections) {
    const value = item.sections[section.key];
    if (!value || isBlankRichText(value)) continue;
    out.push(...sectionLabel(section.label, ctx), ...richTextLines(value, ctx, theme.colors.text));
  }
  return out;
}

export function itemsLines(pack: BriefingPack, template: Template, markingOf: (item: AgendaItem) => string, ctx: FlowContext): FlowLine[] {
  return pack.items.flatMap((item, i) => itemLines(item, i, template, markingOf(item), ctx));
}
