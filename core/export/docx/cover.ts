/** The cover page: what the pack is for, when and where, its marking and its version. */
import { Paragraph, TextRun } from 'docx';
import type { Language } from '../../i18n/language';
import type { BriefingPack } from '../../model/pack';
import type { Template } from '../../template/schema';
import type { PageTokens } from './headers';
import { STYLE } from './styles';
import { xmlSafe } from './units';

// The template has no labels for these two words yet; see the exporter's notes.
const COVER_WORDS: Readonly<Record<Language, { version: string; final: string }>> = {
  nl: { version: 'Versie', final: 'DEFINITIEF' },
  en: { version: 'Version', final: 'FINAL' },
};

function detail(label: string, value: string): Paragraph {
  return new Paragraph({
    style: STYLE.meta,
    children: [new TextRun({ text: `${xmlSafe(label)}: `, bold: true }), new TextRun(xmlSafe(value))],
  });
}

export function meetingTitle(pack: BriefingPack): string {
  const { name, abbreviation } = pack.meeting;
  if (!abbreviation) return name;
  if (!name) return abbreviation;
  return `${name} (${abbreviation})`;
}

export function coverParagraphs(pack: BriefingPack, template: Template, tokens: PageTokens): Paragraph[] {
  const { labels } = template;
  const words = COVER_WORDS[template.language];
  const status = pack.status === 'draft' ? labels.draft : words.final;
  const version = [pack.version && `${words.version} ${pack.version}`, status].filter(Boolean).join(' · ');
  return [
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(xmlSafe(labels.cover))] }),
    new Paragraph({ style: STYLE.title, children: [new TextRun(xmlSafe(meetingTitle(pack)))] }),
    ...(tokens.date ? [detail(labels.date, tokens.date)] : []),
    ...(pack.meeting.location ? [detail(labels.location, pack.meeting.location)] : []),
    new Paragraph({ style: STYLE.meta, children: [new TextRun(xmlSafe(version))] }),
    new Paragraph({ style: STYLE.marking, spacing: { before: 480 }, children: [new TextRun(xmlSafe(tokens.classification))] }),
  ];
}
