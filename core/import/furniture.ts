/**
 * Document furniture: lines a parliamentary paper, a published statement or
 * a Council note carries around its text that are neither text nor headings.
 * They are recognised by what they are (a dossier number, a "Made on" line, a
 * page number) or by repeating on many pages (running headers), and dropped
 * before headings are looked for.
 *
 * The patterns describe the genre, not one letter: each names a kind of line
 * that every paper of its kind has.
 */

const FURNITURE: readonly RegExp[] = [
  // Dutch parliamentary papers (Kamerstukken as published)
  /^(?:Tweede|Eerste) Kamer der Staten-Generaal(?:\s+\d{1,2})?$/i,
  /^Vergaderjaar \d{4}\s*[–-]\s*\d{4}$/i,
  /^\d{2} \d{3}(?:-[A-Z0-9]+)*(?:\s+\p{Lu}[^.]{0,100})?$/u, // the dossier line: "21 501-28 Defensieraad"
  /^Nr\. \d+$/i,
  // The paper's kind and sender in capitals: "BRIEF VAN DE MINISTER VAN DEFENSIE", "... VAN DE MINISTERS VAN ...", "... VAN DE VASTE COMMISSIE ...".
  /^(?:BRIEF|NOTA|VERSLAG) VAN (?:DE|DEN|HET) \p{Lu}{4,}.*$/u,
  /^Vastgesteld \d{1,2} \p{L}+ \d{4}$/iu,
  /^kst-\d[\w-]*$/i,
  /^ISSN \d{4}\s*-\s*\d{4}$/i,
  /^['’]s-Gravenhage \d{4}$/,
  // Dutch letterheads: the side column's labels
  /^(?:Datum|Kenmerk|Ons kenmerk|Onze referentie|Uw kenmerk|Uw brief|Bijlage\(n\)|Bijlagen|Contactpersoon|Pagina|Postbus \d+|Retouradres|Bezoekadres|Postadres|Telefoon|Inlichtingen)(?=[\s:]|$).*$/i,
  /^Betreft:?$/i, // the label alone, its subject in the next cell
  // Addresses: a street and number, a Dutch postcode and town
  /^\p{Lu}[\p{L}.'-]*(?:straat|plein|weg|laan|kade|gracht|singel|dreef|hof|park|markt)\s+\d+\s?\p{L}?$/u,
  /^\d{4}\s?[A-Z]{2}\s+\p{Lu}/u,
  // UK written statements as published
  /^(?:Written (?:ministerial )?statement|Statement UIN|UIN)\b.*\b(?:HC|HL)WS\d+$/i,
  /^(?:Statement UIN|UIN)\s+\S+$/i,
  /^(?:Made on|Made by|Answered on|Department|Tabled on|Date|Published):\s.*$/i,
  /^(?:Statement made by|Made by|Department|Answering member|Tabled by)$/i, // the label alone, its value on the next line
  /^(?:Commons|Lords|House of Commons|House of Lords|Written Statements)$/i, // Hansard's section line; "Written Ministerial Statement" is a title
  // Council notes and web pages: link texts, contacts, page furniture
  /^.{3,120}\s[–-]\s(?:meeting page|main results|press release|background brief)$/i,
  /^(?:Visit the meeting page|Meeting page|Press contacts?\b.*|Contacts?:.*|Share this page.*|Print this page)$/i,
  // A web page's navigation as copied with its text: "Skip to main content", "Next debate", "Download text".
  /^(?:Skip to (?:main )?content|Search [\p{L} ]{2,30}|Download (?:text|PDF|this page)|Share this (?:debate|page|article|statement)|(?:Previous|Next) (?:debate|article|page|item|statement)|Back to top)$/iu,
  /^\d{1,2}:\d{2}(?::\d{2})?$/, // a time stamp on a line of its own (Hansard: "11:30:00")
  /^(?:(?:Unofficial |Informal )?translation|(?:Niet-officiële )?vertaling)$/i, // a translation's label
  /^.{0,60}\b(?:Press office|Persvoorlichting|Directie Communicatie)\b.{0,60}$/i,
  // Reference numbers on a line of their own: "BS2025001873", "DGA / 95132847"
  /^[^\p{Ll}]{0,20}\d{6,}[^\p{Ll}]{0,10}$/u,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^.{0,140}(?:\bTel\.?:?\s*\+?\(?\d|\bE-?mail:|\b[\w.-]+@[\w-]+\.[\w.]+).{0,140}$/i, // contact lines
  // Letterheads: the sender's name on a line of its own
  /^(?:Ministerie van|Ministry of|Department (?:for|of)|Foreign, Commonwealth|HM Treasury$)[^.,;:]{0,60}$/i,
  /^(?:\p{Lu}[\p{L}&,]*\s){0,4}Office$/u, // "Cabinet Office", "Home Office", "Foreign and Commonwealth Office"
  /^(?:Directoraat-generaal|Directorate-General|Directie|Directorate|Afdeling)\s[^.;:]{0,120}$/i,
  // Web pages of the Council: section labels and links to press releases
  /^(?:Main results|Press releases?|Outcome documents?|Related documents|Meeting documents|Background documents|Useful links)$/i,
  /\((?:press release|persbericht|news|nieuws|PDF)[^)]*\)$/i,
  // The salutation: "Geachte voorzitter,", "Dear Sir William,"
  /^(?:Geachte|Beste|Dear)\s.{1,60},$/i,
  // Page numbers on their own, in any common form
  /^(?:\d{1,3}|-\s*\d{1,3}\s*-|(?:pagina|page|blz\.?) \d{1,3}(?:\s*(?:van|of|\/)\s*\d{1,3})?|\d{1,3}\s*(?:\/|van|of)\s*\d{1,3})$/i,
];

/** A Kamerstuk's running header, also where a PDF copy glued it to the line before: "... 2025 Tweede Kamer, vergaderjaar 2024–2025, 21 501-08, nr. 1012 1". */
const KAMER_RUNNING_HEADER = /\s*(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[–-]\d{4}, [\d ]+(?:-[\w]+)*, nr\. \d+(?:\s+\d{1,3})?$/i;

/** The line without a running header glued to its end. */
export function withoutRunningHeader(line: string): string {
  return line.replace(KAMER_RUNNING_HEADER, '');
}

export function isFurniture(text: string): boolean {
  // A text copy may quote the return-address line: "> Retouradres Postbus 20701 2500 ES Den Haag".
  const line = text.replace(/^>\s*/, '');
  // A paper's number and its title can share a row in a PDF: "Nr. 497 BRIEF VAN DE MINISTER VAN DEFENSIE".
  const rest = /^Nr\. \d+\s+(\S.*)$/i.exec(line)?.[1];
  return FURNITURE.some((pattern) => pattern.test(line) || (rest !== undefined && pattern.test(rest)));
}

/** A line with its numbers blanked out, so page headers with different page numbers compare equal. */
const shape = (line: string) => line.replace(/\d+/g, '#').toLowerCase();

/**
 * Running headers and footers copied into a text: a line with two numbers or
 * more (the paper's and the page's) that recurs with only its numbers
 * changed, or a stamp in capitals on page after page. They leave the text.
 */
export function runningLines(lines: readonly string[]): Set<string> {
  const counts = countBy(lines, shape);
  const exact = countBy(lines, (line) => line);
  return new Set(
    lines.filter(
      (line) =>
        ((counts.get(shape(line)) ?? 0) >= 2 && (line.match(/\d+/g)?.length ?? 0) >= 2 && /\p{L}{3}/u.test(line) && !/[.;:]$/.test(line)) ||
        // A stamp or watermark on every page: "CONCEPT", "DRAFT", "NATO RESTRICTED".
        ((exact.get(line) ?? 0) >= 3 && isStamp(line)),
    ),
  );
}

function isStamp(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && line.split(/\s+/).length <= 4;
}

/**
 * A short line that recurs three times or more, word for word or with only a
 * number changed: a header without the page's number ("Geannoteerde agenda
 * RBZ"), a label under every item ("Inzet van het kabinet"), the questions and
 * answers of a reply ("Vraag 3", "Antwoord"). Which, a text copy cannot tell,
 * so it stays in the text but heads no item.
 */
export function recurringLines(lines: readonly string[]): Set<string> {
  const exact = countBy(lines, (line) => line);
  const shaped = countBy(lines, shape);
  return new Set(
    lines.filter(
      (line) =>
        line.length <= 80 &&
        ((exact.get(line) ?? 0) >= 3 || ((shaped.get(shape(line)) ?? 0) >= 3 && /^\p{L}+ \d{1,3}$/u.test(line))),
    ),
  );
}

function countBy(lines: readonly string[], key: (line: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line && line.length <= 120) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
  return counts;
}
