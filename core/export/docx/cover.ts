/** The cover page: the template's cover facts, in the template's order, with its labels. */
import { Paragraph, TextRun } from 'docx';
import type { BriefingPack } from '../../model/pack';
import type { Template } from '../../template/schema';
import type { PageTokens } from './headers';
import { STYLE } from './styles';
import { xmlSafe } from './units';

type CoverFact = Template['cover'][number];

function detail(label: string, value: string): Paragraph[] {
  if (!value.trim()) return [];
  return [
    new Paragraph({
      style: STYLE.meta,
      children: [new TextRun({ text: `${xmlSafe(label)}: `, bold: true }), new TextRun(xmlSafe(value))],
    }),
  ];
}

export function meetingTitle(pack: BriefingPack): string {
  const { name, abbreviation } = pack.meeting;
  if (!abbreviation) return name;
  if (!name) return abbreviation;
  return `${name} (${abbreviation})`;
}

function fact(fact: CoverFact, pack: BriefingPack, template: Template, tokens: PageTokens): Paragraph[] {
  const { labels } = template;
  switch (fact) {
    case 'meeting':
      return [new Paragraph({ style: STYLE.title, children: [new TextRun(xmlSafe(pack.meeting.name.trim() || labels.untitled))] })];
    case 'abbreviation':
      return pack.meeting.abbreviation.trim()
        ? [new Paragraph({ style: STYLE.coverAbbreviation, children: [new TextRun(xmlSafe(pack.meeting.abbreviation))] })]
        : [];
    case 'date':
      return detail(labels.date, tokens.date);
    case 'location':
      return detail(labels.location, pack.meeting.location);
    case 'version':
      return detail(labels.version, pack.version);
    case 'status':
      return detail(labels.status, pack.status === 'draft' ? labels.draft : labels.final);
    case 'classification':
      return [new Paragraph({ style: STYLE.coverMarking, children: [new TextRun(xmlSafe(tokens.classification))] })];
    case 'signatory': {
      const { name, role } = pack.letter.signatory;
      const lines = [role, name].filter((line) => line.trim());
      return lines.length
        ? [new Paragraph({ style: STYLE.coverSignatory, children: lines.map((line, i) => new TextRun({ text: xmlSafe(line), ...(i > 0 && { break: 1 }) })) })]
        : [];
    }
  }
}

export function coverParagraphs(pack: BriefingPack, template: Template, tokens: PageTokens): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(xmlSafe(template.labels.cover))] }),
    ...template.cover.flatMap((name) => fact(name, pack, template, tokens)),
  ];
}
