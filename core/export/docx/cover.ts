/** The cover page: the template's cover facts, in the template's order, with its labels. */
import type { BriefingPack } from '../../model/pack';
import type { Template } from '../../template/schema';
import type { PageTokens } from './headers';
import { STYLE } from './styles';
import { paragraph, runProperties, textParagraph, textRuns } from './wml';

type CoverFact = Template['cover'][number];

function detail(label: string, value: string): string {
  if (!value.trim()) return '';
  return paragraph({ style: STYLE.meta }, textRuns(`${label}: `, runProperties({ bold: true })) + textRuns(value));
}

export function meetingTitle(pack: BriefingPack): string {
  const { name, abbreviation } = pack.meeting;
  if (!abbreviation) return name;
  if (!name) return abbreviation;
  return `${name} (${abbreviation})`;
}

function fact(fact: CoverFact, pack: BriefingPack, template: Template, tokens: PageTokens): string {
  const { labels } = template;
  switch (fact) {
    case 'meeting':
      return textParagraph(STYLE.title, pack.meeting.name.trim() || labels.untitled);
    case 'abbreviation':
      return pack.meeting.abbreviation.trim() ? textParagraph(STYLE.coverAbbreviation, pack.meeting.abbreviation) : '';
    case 'date':
      return detail(labels.date, tokens.date);
    case 'location':
      return detail(labels.location, pack.meeting.location);
    case 'version':
      return detail(labels.version, pack.version);
    case 'status':
      return detail(labels.status, pack.status === 'draft' ? labels.draft : labels.final);
    case 'classification':
      return textParagraph(STYLE.coverMarking, tokens.classification);
    case 'signatory': {
      const { name, role } = pack.letter.signatory;
      const lines = [role, name].filter((line) => line.trim());
      return lines.length ? textParagraph(STYLE.coverSignatory, lines.join('\n')) : '';
    }
  }
}

export function coverXml(pack: BriefingPack, template: Template, tokens: PageTokens): string {
  return textParagraph(STYLE.subtitle, template.labels.cover) + template.cover.map((name) => fact(name, pack, template, tokens)).join('');
}
