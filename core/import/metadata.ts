/** Recognising the parts of a letter that are not agenda items: date line, meeting, signature, references. */
import { MONTH_PATTERN, MONTH_PATTERN_CASED, parseWrittenDate } from './dates';

export interface Meeting {
  name: string;
  abbreviation: string;
  date: string;
  location: string;
}

const WRITTEN_DATE = `\\d{1,2}\\s+(?:${MONTH_PATTERN})(?:\\s+\\d{4})?`;
const PLACE_DATE = new RegExp(`^((?:'s-)?\\p{Lu}[\\p{L}.'-]*(?:\\s+[\\p{L}.'-]+){0,2}),\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})$`, 'iu');
const MEETING_WORDS = /\b(raad|council|meeting|bijeenkomst|vergadering|agenda|statement|top|summit)\b/i;
// Case-sensitive on purpose: a meeting's name is capitalised words joined by
// small words ("de Raad Buitenlandse Zaken", "the Foreign Affairs Council").
const NAME_WORD = `\\p{Lu}[\\p{L}-]*`;
const MEETING_NAME = `${NAME_WORD}(?:\\s+(?:(?:van|de|der|voor|en|of|the|and|for)\\s+)*${NAME_WORD})*`;
const MEETING = new RegExp(
  `\\b(?:[Dd]e|[Hh]et|[Tt]he)\\s+((?:\\p{Ll}+\\s+)?(?:[Bb]ijeenkomst|[Vv]ergadering|[Mm]eeting)\\s+(?:van\\s+de|of\\s+the)\\s+)?(${MEETING_NAME})\\s+\\(([\\p{Lu}][\\p{L}-]{1,11})\\)\\s+(?:op|on|van|of)\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN_CASED})(?:\\s+\\d{4})?)(?:\\s+(?:te|in)\\s+(\\p{Lu}[\\p{L}-]+))?`,
  'u',
);
const REFERENCE = /Kamerstuk(?:ken)?\s+\d{2}\s?\d{3}(?:-[A-Z]+)?,\s+nr\.\s+\d+/g;
const ROLE_WORDS = /\b(minister|staatssecretaris|secretary|secretaris|commandant|directeur|director|voorzitter|chair)\b/i;

/** "Den Haag, 31 januari 2025" -> place and ISO date; a meeting title with a date is not a place. */
export function parsePlaceDate(line: string): { place: string; date: string } | null {
  const match = PLACE_DATE.exec(line.trim());
  if (!match || MEETING_WORDS.test(match[1]!)) return null;
  return { place: match[1]!, date: parseWrittenDate(match[2]!) };
}

export function containsWrittenDate(line: string): boolean {
  return new RegExp(WRITTEN_DATE, 'iu').test(line);
}

/** The first full date ("24 February 2025") written in any of the lines, as ISO; '' if none. */
export function firstFullDate(lines: readonly string[]): string {
  for (const line of lines) {
    const match = new RegExp(`\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}`, 'iu').exec(line);
    if (match) return parseWrittenDate(match[0]);
  }
  return '';
}

export function findMeeting(text: string, letterDate: string): Meeting | null {
  const match = MEETING.exec(text.replace(/\s+/g, ' '));
  if (!match) return null;
  const kind = match[1] ? match[1].charAt(0).toUpperCase() + match[1].slice(1) : '';
  return {
    name: kind + match[2]!,
    abbreviation: match[3]!,
    date: parseWrittenDate(match[4]!, letterDate),
    location: match[5] ?? '',
  };
}

export function findReferences(text: string): string[] {
  return [...new Set(text.replace(/\s+/g, ' ').match(REFERENCE) ?? [])];
}

export function isRoleLine(line: string): boolean {
  return ROLE_WORDS.test(line) && line.length <= 100 && !/[.;:]$/.test(line);
}

/**
 * A signature is two short lines: "De Minister van Defensie," then a name,
 * or a name then a role ("The Rt Hon David Lammy MP" / "Secretary of State ...").
 */
export function parseSignature(first: string, second: string): { name: string; role: string } | null {
  const [a, b] = [first.trim(), second.trim()];
  if (!a || !b || a.length > 100 || b.length > 100 || /[.;:]$/.test(b)) return null;
  if (/,$/.test(a) && isRoleLine(a.slice(0, -1)) && !ROLE_WORDS.test(b)) return { role: a.slice(0, -1), name: b };
  if (isRoleLine(b) && !ROLE_WORDS.test(a) && !/[,.;:]$/.test(a) && a.split(/\s+/).length <= 8) return { name: a, role: b };
  return null;
}
