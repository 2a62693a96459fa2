/** Recognising the parts of a letter that are not agenda items: date line, meeting, signature, references. */
import { MONTH_PATTERN, parseWrittenDate } from './dates';

const WRITTEN_DATE = `\\d{1,2}\\s+(?:${MONTH_PATTERN})(?:\\s+\\d{4})?`;
const PLACE_DATE = new RegExp(`^((?:'s-|’s-)?\\p{Lu}[\\p{L}.'-]*(?:\\s+[\\p{L}.'-]+){0,2}),\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})$`, 'iu');
const MEETING_WORDS = /\b(raad|council|meeting|bijeenkomst|vergadering|agenda|statement|top|summit)\b/i;
const REFERENCE = /Kamerstuk(?:ken)?\s+\d{2}\s?\d{3}(?:-[A-Z0-9]+)?,\s+nr\.\s+\d+/g;
const ROLE_WORDS = /\b(minister|staatssecretaris|secretary|secretaris|commandant|directeur|director|voorzitter|chair|president|commissioner|commissaris|representative|vertegenwoordiger)\b/i;

/** "Den Haag, 31 januari 2025" -> place and ISO date; a meeting title with a date is not a place. */
export function parsePlaceDate(line: string): { place: string; date: string } | null {
  const match = PLACE_DATE.exec(line.trim());
  // "Tuesday, 23 May 2023" names a day, not a place.
  if (!match || MEETING_WORDS.test(match[1]!) || WEEKDAY.test(`${match[1]!} `)) return null;
  return { place: match[1]!, date: parseWrittenDate(match[2]!) };
}

/** A date on a line of its own at the top ("28 August 2019", "04 Jun. 2025"): the letter's date. */
const WEEKDAY = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/i;

export function parseDateLine(text: string): { place: string; date: string } | null {
  const line = text.trim().replace(WEEKDAY, '');
  const date = new RegExp(`^\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}$`, 'i').test(line) ? parseWrittenDate(line) : '';
  return date ? { place: '', date } : null;
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
  if (/,$/.test(a) && isRoleLine(a.slice(0, -1)) && !ROLE_WORDS.test(b) && isPersonName(b)) return { role: a.slice(0, -1), name: b };
  // A role set in capitals needs no comma: "DE MINISTER VAN DEFENSIE" / "R.P. Brekelmans".
  if (isCapitals(a) && isRoleLine(a) && !ROLE_WORDS.test(b) && isPersonName(b)) return { role: a, name: b };
  if (isRoleLine(b) && !ROLE_WORDS.test(a) && !/[,.;:]$/.test(a) && isPersonName(a)) return { name: a, role: b };
  return null;
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

const NAME_PARTICLE = /^(?:van|de|der|den|ter|ten|te|von|du|la|le|of|and|'t|’t|drs\.|dr\.|mr\.|ir\.|ing\.|prof\.)$/;

/** "C.C.J. Veldkamp", "The Rt Hon David Lammy MP", "Baroness Williams of Trafford": capitalised words, initials and particles. */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 8 && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w)) && words.every((w) => /^[\p{Lu}(]/u.test(w) || NAME_PARTICLE.test(w));
}

const MADE_BY = /^Made by:\s+(.+?)\s*\((.+)\)$/i;
/** Hansard gives the speaker before the statement: "The Minister for Trade (Chris Bryant): ...". */
const SPEAKER = /^((?:The|De)\s[^():]{3,80}?)\s\(([^():]{3,60})\)(?::\s|$)/;
/** Hansard's volume line: "Volume 731: debated on Monday 17 April 2023". */
const DEBATED = new RegExp(`\\bdebated on\\s+(?:\\p{L}+day\\s+)?(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})$`, 'iu');
const DATED = new RegExp(`^(?:(?:Statement )?Made on|Date|Datum|Dated)[:\\s]\\s*(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})$`, 'i');

/** Facts a statement's furniture lines carry: "Made by: Name (Role)", "Made on: 27 February 2025". */
export function statementFacts(line: string): { date?: string; signatory?: { name: string; role: string }; wholeLine?: boolean } | null {
  const madeBy = MADE_BY.exec(line);
  if (madeBy) return { signatory: { name: madeBy[1]!, role: madeBy[2]! } };
  const speaker = SPEAKER.exec(line);
  // On a line of its own, the speaker line is furniture; before a statement's first words, it is part of the text.
  if (speaker && isRoleLine(speaker[1]!) && isPersonName(speaker[2]!)) return { signatory: { name: speaker[2]!, role: speaker[1]! }, wholeLine: speaker[0] === line };
  const dated = DATED.exec(line) ?? DEBATED.exec(line);
  return dated ? { date: parseWrittenDate(dated[1]!), wholeLine: true } : null;
}

/** The closing formula before a signature: "Hoogachtend,", "Yours sincerely,". */
export function isClosing(line: string): boolean {
  return /^(?:hoogachtend|met (?:vriendelijke|hoogachtende) groet(?:en)?|yours (?:sincerely|faithfully)|kind regards|with best regards)[,.]?$/i.test(line);
}
