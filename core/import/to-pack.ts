import type { Language } from '../i18n/language';
import type { BriefingPack } from '../model/pack';
import { newItem } from '../model/pack-ops';
import type { InlineNode, RichText } from '../model/rich-text';
import type { LetterFootnote, LetterParagraph, ParsedLetter } from './text-letter';

export interface PackOptions {
  id?: string;
  templateId: string;
  language: Language;
}

/** "Afschrikking en verdediging" -> "afschrikking-en-verdediging", unique within `taken`. */
export function slugId(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function paragraphNode(paragraph: LetterParagraph, footnotes: readonly LetterFootnote[]): RichText[number] {
  const children: InlineNode[] = [];
  let last = 0;
  for (const { offset, marker } of paragraph.footnotes) {
    const note = footnotes.find((f) => f.marker === marker);
    if (!note) continue;
    children.push({ text: paragraph.text.slice(last, offset) });
    children.push({ type: 'footnote', note: note.text, children: [{ text: '' }] });
    last = offset;
  }
  children.push({ text: paragraph.text.slice(last) });
  return { type: 'paragraph', children };
}

function richText(paragraphs: readonly LetterParagraph[], footnotes: readonly LetterFootnote[]): RichText {
  return paragraphs.map((p) => paragraphNode(p, footnotes));
}

const UNTITLED_ITEM: Readonly<Record<Language, string>> = { nl: 'Agenda', en: 'Agenda' };

/**
 * A letter without headings becomes one item holding the whole text, for the
 * person to split; otherwise the introduction stays the pack's introduction.
 */
function withAtLeastOneItem(letter: ParsedLetter, language: Language): ParsedLetter {
  if (letter.items.length || !letter.introduction.length) return letter;
  const title = letter.meeting.name || UNTITLED_ITEM[language];
  return { ...letter, introduction: [], items: [{ title, level: 1, paragraphs: letter.introduction, confidence: 0 }] };
}

/** A new draft pack from a parsed letter: one agenda item per heading, empty annotation sections. */
export function letterToPack(parsed: ParsedLetter, options: PackOptions): BriefingPack {
  const letter = withAtLeastOneItem(parsed, options.language);
  const ids = new Set<string>();
  const { meeting } = letter;
  const defaultId = [meeting.abbreviation, meeting.date].filter(Boolean).join('-').toLowerCase() || 'pack';
  return {
    schemaVersion: 1,
    id: slugId(options.id ?? defaultId, new Set()),
    language: options.language,
    templateId: options.templateId,
    classification: 'unclassified',
    status: 'draft',
    version: '0.1',
    meeting,
    letter: {
      addressee: letter.addressee,
      place: letter.place,
      date: letter.date,
      signatory: letter.signatory,
      references: letter.references,
    },
    introduction: richText(letter.introduction, letter.footnotes),
    items: letter.items.map((item) => ({
      ...newItem(slugId(item.title, ids), item.title, item.level),
      source: richText(item.paragraphs, letter.footnotes),
    })),
    annexes: [],
  };
}
