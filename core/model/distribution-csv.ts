/**
 * The record of handed-out copies as CSV (RFC 4180: comma-separated, fields
 * with a comma, quote or line break in double quotes, CRLF line ends), with
 * a header row in the reader's language. Written by hand: a few lines, where
 * a CSV library would add a dependency for no gain.
 */
import type { Language } from '../i18n/language';
import type { HandedOutCopy } from './distribution';

const HEADERS: Record<Language, readonly string[]> = {
  en: ['copy', 'recipient', 'function', 'version', 'date', 'format'],
  nl: ['exemplaar', 'ontvanger', 'functie', 'versie', 'datum', 'formaat'],
};

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return)
 * as a formula; a recipient typed as "=HYPERLINK(…)" must stay text, so it gets a leading '.
 */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const safe = inert(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function handedOutCsv(copies: readonly HandedOutCopy[], language: Language): string {
  const rows = [HEADERS[language], ...copies.map((c) => [String(c.copyNumber), c.recipient, c.function, c.version, c.date, c.format])];
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Added to the pack's file name, so the record is not taken for the pack or an export of it. */
const FILE_SUFFIX: Record<Language, string> = { en: '-copies-handed-out', nl: '-uitgereikte-exemplaren' };

export const HANDED_OUT_MEDIA_TYPE = 'text/csv;charset=utf-8';

export function handedOutFileBase(base: string, language: Language): string {
  return base + FILE_SUFFIX[language];
}
