/**
 * Which meeting the letter is about: its name, abbreviation, first day and
 * place. Every capitalised name with a meeting's head noun in it ("Raad",
 * "Council", "Summit", "ministers"...) is a candidate; the sentence it stands
 * in gives its date and place. Candidates score for what makes a reader sure:
 * a date, an abbreviation in brackets, a place, standing in the opening
 * paragraph. The best one wins, and its score is its confidence.
 */
import { MONTH_PATTERN, MONTH_PATTERN_CASED, parseWrittenDate } from './dates';
import { isCaps } from './headings';

export interface Meeting {
  name: string;
  abbreviation: string;
  date: string;
  /** The last day, for a meeting of several days. */
  endDate?: string;
  location: string;
}

export type MeetingConfidence = Record<'name' | 'abbreviation' | 'date' | 'location', number>;

export interface MeetingReading {
  meeting: Meeting;
  confidence: MeetingConfidence;
}

export interface MeetingSource {
  text: string;
  /** The opening paragraph names the letter's own meeting; text further on may name others. */
  opening: boolean;
  /** The letter's title lines: as telling as the opening ("Foreign Affairs Council (Defence)" / "Tuesday, 23 May 2023"). */
  title?: boolean;
}

const NAME_WORD = `\\p{Lu}[\\p{L}\\d'’-]*`; // "G7", "NAVO-top"
const SMALL_WORD = `(?:van|de|der|het|voor|en|of|the|and|for)`;
// Case-sensitive on purpose: a name is capitalised words joined by small words. Its abbreviation in brackets may
// follow a name in another language: "(Council of the Baltic Sea States, CBSS)".
// The kind of meeting, with an ordinal and who meets: "61e zitting van de ...",
// "bijeenkomst van de defensieministers van de landen van de Joint Expeditionary Force".
const KIND = `(?:[Bb]ijeenkomst|[Vv]ergadering|[Mm]eeting|[Zz]itting|[Ss]ession)\\s+(?:van|of)\\s+(?:de|het|the)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+(?:van|of)\\s+(?:de|het|the)\\s+(?:\\p{Ll}+\\s+(?:van|of)\\s+(?:de|the)\\s+)?)?`;
const PREFIX = `(?:\\d{1,3}(?:e|ste|st|nd|rd|th)\\s+)?(?:(?:[Ii]nformele|[Ii]nformal|[Mm]inisteri[eë]le|[Mm]inisterial)\\s+(?:${KIND})?|${KIND})`;
// A capitalised name may end in a lower-case head noun: "EU-AU summit", "G20 top".
const NAME = `${NAME_WORD}(?:\\s+(?:${SMALL_WORD}\\s+)*${NAME_WORD})*(?:\\s+(?:summit|top|conference|meeting|bijeenkomst|vergadering))?`;
// A Council's composition belongs to its name: "Raad Buitenlandse Zaken in defensiesamenstelling", "... in defence format".
const COMPOSITION = `(?:\\s+in\\s+\\p{Ll}+samenstelling|\\s+in\\s+\\p{Ll}+\\s+format)?`;
// A long name lists its parts with commas ("Raad Werkgelegenheid, Sociaal Beleid, ... en Consumentenzaken"): only before its
// abbreviation, or before its date in a title ("Education, Youth, Culture and Sport Council, 12-13 May 2026").
const LISTED_NAME = `${NAME}(?:,\\s+${NAME})+(?=\\s*\\()`;
// "in" joins a name only where its abbreviation follows: "Organisatie voor Veiligheid en Samenwerking in Europa (OVSE)", not "Meeting in Brussels".
const NAME_WITH_IN = `${NAME}(?:\\s+in\\s+${NAME})+(?=\\s*\\()`;
const CANDIDATE = new RegExp(`(${PREFIX})?(${LISTED_NAME}|${NAME_WITH_IN}|${NAME}${COMPOSITION})(?:\\s*\\((?:[^(),]{3,80},\\s*)?([\\p{Lu}][\\p{L}\\d-]{1,19}(?:\\s[\\p{Lu}\\p{Ll}][\\p{L}\\d-]{1,11})?)\\))?`, 'gu');
// Dutch writes many Councils as one word: "Milieuraad", "Landbouw- en Visserijraad", "Telecomraad".
const HEAD_NOUN = /(?:^|[\s-])(?:Raad|\p{L}*raad|\p{L}*[Cc]onferentie|\p{L}*[Vv]ergadering|\p{L}*[Mm]inisteri[eë]le|Council|Eurogroep|Eurogroup|Ecofin|ECOFIN|Top|top|Summit|summit|Meeting|meeting|Ministerial|ministers|Ministers|Gymnich|Comité|Committee|Assembly|Conference|Conferentie|Associatieraad|Eurotop)(?![\p{L}\d])/u;

/** Whether a line names a meeting: it has a meeting's head noun (a title line, a heading). */
export function namesMeeting(text: string): boolean {
  return HEAD_NOUN.test(` ${text}`) || /\b(?:bijeenkomst|meeting|top|summit)\b/i.test(text);
}

/** A head noun alone ("de Raad", "the Council") refers back to a meeting; it does not name one. */
const BARE_HEAD_NOUN = /^(?:Raad|Council|Top|Summit|Meeting|Ministers|Comité|Committee|Assembly|Conference|Conferentie)$/;
/** Bodies that meet but are not the meeting a briefing is for. */
const NOT_A_MEETING = /^(?:Council of the European Union|Raad van de Europese Unie|(?:Tweede|Eerste)\s+Kamer|(?:UN\s+|VN-)?Veiligheidsraad|(?:UN\s+)?Security Council|Raad van State|Algemene Vergadering|General Assembly|Written Ministerial Statement|Ministerial Statement)\b/;
/** "Justice and Home Affairs (JHA) Council": the abbreviation inside the name moves after it. */
const INNER_ABBREVIATION = /(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|en|\p{Lu}[\p{L}'’-]*))*)\s+\((\p{Lu}{2,6})\)\s+(Council|Raad|Meeting|Summit)\b/gu;
const IS_SMALL = new RegExp(`^${SMALL_WORD}$`);

/**
 * The name within a run of capitalised words: from the words just before its
 * head noun ("Tijdens de Raad Buitenlandse Zaken" -> "Raad Buitenlandse Zaken"),
 * and not past a second body ("Raad X en de Raad Y" -> "Raad X").
 */
function trimName(run: string): { name: string; cut: boolean } {
  if (/,/.test(run)) {
    const { name, cut } = trimName(run.split(',')[0]!);
    return name ? { name: name + run.slice(run.indexOf(',')), cut } : { name, cut };
  }
  // A second body joined by "en de" ends the name; "van het IMF en de Wereldbank" is one.
  const [first, ...others] = run.split(/\s+(?:en|and)\s+(?:de|het|the)\s+/);
  const words = (others.some((part) => HEAD_NOUN.test(` ${part}`)) ? first! : run).split(/\s+/);
  const head = words.findIndex((word) => HEAD_NOUN.test(` ${word}`));
  if (head < 0) return { name: '', cut: false };
  let start = head;
  // Back over the name's own words, across "and" ("Economic and Financial Affairs Council") but not an article.
  // ... and across "of" between two capitalised words ("Commonwealth Heads of Government Meeting").
  const joins = (k: number) => /^(?:and|en)$/.test(words[k]!) || (/^(?:of|van)$/.test(words[k]!) && /^\p{Lu}/u.test(words[k - 1] ?? '') && !/^(?:The|De|Het)$/.test(words[k - 1]!));
  while (start > 0 && (!IS_SMALL.test(words[start - 1]!) || (joins(start - 1) && start > 1))) start--;
  // Not an article, nor the words that name the document ("Betreft Verslag NAVO-top", "Geannoteerde Agenda Eurogroep").
  while (/^(?:The|A|An|De|Het|Een|Betreft|Onderwerp|Subject|Verslag|Report|Geannoteerde|Annotated|Agenda)$/.test(words[start] ?? '') && start < head) start++;
  let end = words.length;
  // Nor a small word after it, also one capitalised where a line that starts a sentence was joined on ("... Atoomenergieagentschap Van 8 juni").
  while (end > head + 1 && IS_SMALL.test(words[end - 1]!.toLowerCase())) end--;
  return { name: words.slice(start, end).join(' '), cut: start > 0 };
}

// "13 februari", "12 en 13 februari 2025", "20-21 March", "30 juni en 1 juli": first day (and its month), last day, month, year.
const DAY_RANGE = `(\\d{1,2})(?:\\s+(${MONTH_PATTERN_CASED}))?(?:\\s*(?:-|–|en|and|tot en met|t/m|to)\\s*(\\d{1,2}))?\\s+(${MONTH_PATTERN_CASED})(?:\\s+(\\d{4}))?`;
const DATE = new RegExp(DAY_RANGE, 'u');
// A place of one or two words, or with initials after it: "Washington D.C.".
const PLACE = new RegExp(`\\b(?:te|in)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\s+\\p{Lu}[\\p{L}-]+)?)`, 'gu');
// The second word of a place is not one that starts the next sentence ("in Washington. Met deze brief ...").
const NOT_A_PLACE = new RegExp(`^(?:${MONTH_PATTERN}|Nederland|Europa|Europe|Oekraïne|Ukraine|het|de|the|which|die|dat|met|op|bij|na|voor|with|on|at|for|and|en)$`, 'i');

/** Sentences, so a date or place is only read from the sentence that names the meeting. */
function sentences(text: string): string[] {
  return text.split(/\n+/).flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘“(])/u));
}

/** "GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN" -> "Geannoteerde Agenda Raad Buitenlandse Zaken", acronyms kept. */
function unshout(text: string): string {
  if (!isCaps(text)) return text;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const lower = word.toLowerCase();
    if (new RegExp(`^${SMALL_WORD}$`).test(lower) || /^(?:te|op|on|at)$/.test(lower)) return lower;
    if (word.length <= 3) return word;
    return word.charAt(0) + lower.slice(1);
  });
}

interface Candidate extends MeetingReading {
  score: number;
  /** Named in the letter's title lines. */
  inTitle: boolean;
}

/** Right after a name: it takes place, meets or is held ("... (MSC) plaats", "... (JEF) took place"). */
const TAKES_PLACE = /^[^.;]*?\b(?:plaats|bijeen|takes? place|took place|(?:is|was|will be) held)\b/i;

/** "in de voorbereiding van de NAVO-top", "ahead of the Summit": a later meeting this one prepares, not the letter's own. */
const PREPARES = /(?:voorbereiding (?:van|op)|aanloop naar|vooruitlopend op|preparations? (?:for|of)|ahead of|run-up to|in preparation for)\s+(?:de|het|the)?\s*$/i;

/** The place ("te Brussel", "in Brussels") nearest to the name at `at` in the text. */
function placeIn(text: string, at = 0): string {
  let best = '';
  let distance = Infinity;
  for (const match of text.matchAll(PLACE)) {
    const place = match[1]!.split(/\s+/).filter((word, i) => i === 0 || !NOT_A_PLACE.test(word)).join(' ');
    if (NOT_A_PLACE.test(place) || Math.abs(match.index - at) >= distance) continue;
    [best, distance] = [place, Math.abs(match.index - at)];
  }
  return best;
}

/**
 * `after`: the sentences that follow, where an opening paragraph often says where ("Both meetings take place in Brussels").
 * `first`: the letter's first sentence, which names the meeting it is about.
 */
function candidatesIn(sentence: string, after: string, source: MeetingSource, letterDate: string, ordinary: ReadonlySet<string>, first = false): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(CANDIDATE)) {
    // "the meeting of the European Political Community (EPC)": what is said to meet is a meeting, head noun or not.
    const saidToMeet = !!match[1] && /(?:de|het|the)\s+$/.test(match[1]);
    const headed = trimName(match[2]!);
    // "Van 13 tot en met 15 februari vond in München de Münchner Sicherheitskonferenz (MSC) plaats": what a sentence
    // says takes place on a day, with its abbreviation, is a meeting whatever its name's words.
    // ... but not a party to a meeting named before it ("The summit between the EU and the African Union (AU) took place").
    const partyTo = /\b(?:summit|top|meeting|conference|bijeenkomst|vergadering|conferentie)\b[^.;]*$/i.test(sentence.slice(0, match.index));
    const saidToTakePlace =
      !headed.name && !!match[3] && !partyTo && TAKES_PLACE.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 60)) && DATE.test(sentence);
    // "the meeting of the European Political Community" is named by what meets; a kind that says more keeps it
    // ("bijeenkomst van de defensieministers van de landen van de ...", "61e zitting van de ...").
    const plainKind = !!match[1] && /^(?:bijeenkomst|vergadering|meeting|zitting|session)\s+(?:van|of)\s+(?:de|het|the)\s+$/i.test(match[1]);
    const trimmed = !headed.name && saidToMeet ? { name: match[2]!, cut: plainKind } : !headed.name && saidToTakePlace ? { name: match[2]!, cut: true } : headed;
    if (!trimmed.name || NOT_A_MEETING.test(trimmed.name)) continue;
    // "bijeenkomst van de NAVO-ministers van Defensie": the kind of meeting belongs to its name.
    const name = match[1] && !trimmed.cut ? match[1] + trimmed.name : trimmed.name;
    const end = match.index + match[0].length;
    // The date nearest after the name, else the one before it in the same sentence ("Op 13 februari komt de Raad bijeen").
    const following = DATE.exec(sentence.slice(end));
    const before = sentence.slice(0, match.index);
    const preceding = following ? null : DATE.exec(before);
    const dateMatch = following ?? preceding;
    // A date close to the name is the name's: "Transport Council - 4 December 2025", "Op 5 juni vindt in Brussel de ... plaats".
    // ... unless another meeting is named in between ("International summit – EU-AU summit, Luanda, 24-25 November").
    const between = following ? sentence.slice(end, end + following.index) : '';
    const nearDate = (!!following && following.index < 40 && !namesMeeting(between)) || (!!preceding && before.length - preceding.index < 70);
    const [, firstDay, firstMonth, lastDay, month, year] = dateMatch ?? [];
    const date = dateMatch ? parseWrittenDate(`${firstDay} ${firstMonth ?? month}${year ? ` ${year}` : ''}`, letterDate) : '';
    const endDate = lastDay ? parseWrittenDate(`${lastDay} ${month}${year ? ` ${year}` : ''}`, date || letterDate) : '';
    // "Foreign Affairs Council (Defence)": a word in brackets that the letter also writes in lower case is an ordinary
    // word, the Council's composition, and part of its name; an abbreviation ("GAC", "Gymnich") is never written so.
    const composition = !!match[3] && ordinary.has(match[3].toLowerCase()) && match[3] !== match[3].toUpperCase();
    const abbreviation = composition ? '' : (match[3] ?? '');
    const location = placeIn(sentence, match.index) || (source.opening ? placeIn(after) : '');
    const score = (PREPARES.test(before) ? -2 : 0) + 1 + (date ? 2 : 0) + (nearDate ? 0.5 : 0) + (abbreviation ? 1.5 : 0) + (location ? 0.5 : 0) + (source.opening || source.title ? 1 : 0) + (first ? 0.5 : 0) + (BARE_HEAD_NOUN.test(trimmed.name) ? -2 : 0.5);
    found.push({
      score,
      inTitle: source.title === true,
      meeting: { name: name.charAt(0).toUpperCase() + name.slice(1) + (composition ? ` (${match[3]})` : ''), abbreviation, date, ...(endDate > date ? { endDate } : {}), location },
      confidence: {
        name: Math.min(0.97, 0.3 + score * 0.1),
        abbreviation: abbreviation ? 0.9 : 0.5,
        date: !date ? 0.2 : year ? 0.95 : letterDate ? 0.8 : 0.5,
        location: location ? 0.8 : 0.5,
      },
    });
  }
  return found;
}

const bodyOf = (name: string) => name.toLowerCase().replace(/^(?:informele|informal)\s+/, '').replace(/^(?:bijeenkomst|vergadering|meeting)\s+(?:van de|of the)\s+/, '');
/** Two names of one body: "Informal meeting of the Foreign Affairs Council" and "Foreign Affairs Council". */
export const sameBody = (a: string, b: string) => bodyOf(a) === bodyOf(b);

export const NO_MEETING: MeetingReading = {
  meeting: { name: '', abbreviation: '', date: '', location: '' },
  confidence: { name: 0.2, abbreviation: 0.2, date: 0.2, location: 0.2 },
};

/** The best-supported meeting named in the sources; ties go to the first named. */
export function findMeeting(sources: readonly MeetingSource[], letterDate: string): MeetingReading {
  const candidates: Candidate[] = [];
  const ordinary = new Set(sources.flatMap((source) => source.text.match(/(?<![\p{L}\d])\p{Ll}[\p{L}'’-]*/gu) ?? []));
  for (const source of sources) {
    // Each line (each title of a title block) in capitals is read as written in ordinary case, whatever the others are.
    const all = sentences(source.text.split(/(\n| – )/).map(unshout).join('').replace(INNER_ABBREVIATION, '$1 $3 ($2)'));
    for (let i = 0; i < all.length; i++) candidates.push(...candidatesIn(all[i]!, all.slice(i + 1, i + 3).join(' '), source, letterDate, ordinary, source.opening && i === 0));
  }

  const best = candidates.reduce<Candidate | null>((top, c) => (!top || c.score > top.score ? c : top), null);
  if (!best) return NO_MEETING;
  const reading = { meeting: { ...best.meeting }, confidence: { ...best.confidence } };
  // A full name the text cut short at its possessive: "NATO Foreign Ministers’ Meeting" for "NATO Foreign Ministers".
  const fuller = candidates.find((c) => c.meeting.name.startsWith(best.meeting.name) && /^['’]\s+(?:Meeting|Summit|Conference)$/i.test(c.meeting.name.slice(best.meeting.name.length)));
  if (fuller) reading.meeting.name = fuller.meeting.name;
  // Where the best mention leaves out the abbreviation or place, another mention of the same meeting may give it.
  for (const field of ['abbreviation', 'location'] as const) {
    const other = !reading.meeting[field] && candidates.find((c) => sameBody(c.meeting.name, best.meeting.name) && c.meeting[field]);
    if (other) [reading.meeting[field], reading.confidence[field]] = [other.meeting[field], other.confidence[field] - 0.1];
  }
  // "Transport Council - 4 December 2025" as a title, "ministers will meet in Brussels on 4 December" in the opening: the place of that day.
  if (!reading.meeting.location && reading.meeting.date) {
    const opening = openingSentences(sources);
    const sameDay = opening.find((s) => datesIn(s, letterDate).includes(reading.meeting.date));
    const location = sameDay ? placeIn(sameDay) : '';
    if (location) [reading.meeting.location, reading.confidence.location] = [location, 0.6];
    // Else the place the opening names first ("Ministers will meet in Brussels ..."), for the person to check.
    else {
      const first = opening.map((s) => placeIn(s)).find(Boolean);
      if (first) [reading.meeting.location, reading.confidence.location] = [first, 0.45];
    }
  }
  return reading;
}

function openingSentences(sources: readonly MeetingSource[]): string[] {
  return sources.filter((s) => s.opening).flatMap((s) => sentences(s.text));
}

function datesIn(sentence: string, letterDate: string): string[] {
  return [...sentence.matchAll(new RegExp(DAY_RANGE, 'gu'))].map(([, day, firstMonth, , month, year]) =>
    parseWrittenDate(`${day} ${firstMonth ?? month}${year ? ` ${year}` : ''}`, letterDate),
  );
}
