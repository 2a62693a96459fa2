/**
 * Errors a person can cause (a bad file, a wrong flag) carry a code and
 * parameters, never prose: the message is chosen in the reader's language
 * when it is shown, in one line, without a stack trace.
 */
import type { Language } from './language';
import { escapedLine, NAME_LIMIT, printable } from './printable';

type Params = Record<string, string | number>;

/** What keeps an appended annex out of a PDF/A file (core/export/pdf/annex-archival.ts), as the warning says it. */
const ARCHIVAL_OBSTACLES = {
  en: { 'font-not-embedded': 'uses a font that is not embedded', 'transparency-group': 'has a transparency group', annotation: 'has an annotation that does not print', other: 'cannot be archived' },
  nl: { 'font-not-embedded': 'gebruikt een lettertype dat niet is ingesloten', 'transparency-group': 'heeft een transparantiegroep', annotation: 'heeft een aantekening die niet wordt afgedrukt', other: 'kan niet worden gearchiveerd' },
} as const;
type ArchivalObstacleName = keyof (typeof ARCHIVAL_OBSTACLES)['en'];

/** Which picture an image belongs to: its alt text and its first figure's place; nothing when no figure uses it. */
const PICTURE_NAMED: Record<Language, (p: Params) => string> = {
  en: (p) => (p.item === undefined ? '' : ` (the picture ${p.alt ? `"${p.alt}" ` : ''}in ${FIGURE_PLACE.en(p)})`),
  nl: (p) => (p.item === undefined ? '' : ` (de afbeelding ${p.alt ? `"${p.alt}" ` : ''}in ${FIGURE_PLACE.nl(p)})`),
};

/** What an id belongs to, for pack.duplicate-id (see core/model/unique-ids). */
const ID_KINDS: Record<Language, Record<string, string>> = {
  en: { item: 'agenda item', annex: 'annex', version: 'version', comment: 'comment', recipient: 'recipient', copy: 'handed-out copy' },
  nl: { item: 'agendapunt', annex: 'bijlage', version: 'versie', comment: 'opmerking', recipient: 'ontvanger', copy: 'uitgereikt exemplaar' },
};

/** What a size limit counts, for pack.over-limit (see core/model/bounds). */
const BOUND_KINDS: Record<Language, Record<string, string>> = {
  en: { levels: 'levels of nesting', entries: 'entries', rows: 'table rows', cells: 'cells in a row', keys: 'keys', characters: 'characters' },
  nl: { levels: 'niveaus van nesting', entries: 'elementen', rows: 'tabelrijen', cells: 'cellen in een rij', keys: 'sleutels', characters: 'tekens' },
};

/** What a Word part refers to, for import.docx-missing-part. */
const DOCX_REFERENCES: Record<Language, Record<string, string>> = {
  en: { relationship: 'relationship', footnote: 'footnote', endnote: 'endnote' },
  nl: { relationship: 'relatie', footnote: 'voetnoot', endnote: 'eindnoot' },
};

/** Where a picture is: item and section, or the introduction (item ''). */
const FIGURE_PLACE: Record<Language, (p: Params) => string> = {
  en: (p) => (p.item === '' ? 'the introduction' : `item "${p.item}", section "${p.section}"`),
  nl: (p) => (p.item === '' ? 'de inleiding' : `agendapunt "${p.item}", onderdeel "${p.section}"`),
};

/** What is at a path a write refused, for file.not-regular (see host/write-target.ts). */
const TARGET_KINDS: Record<Language, Record<string, string>> = {
  en: { folder: 'a folder', pipe: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', 'broken-link': 'a link to a file that does not exist', other: 'a special file' },
  nl: { folder: 'een map', pipe: 'een named pipe (FIFO)', device: 'een apparaat', socket: 'een socket', 'broken-link': 'een koppeling naar een bestand dat niet bestaat', other: 'een speciaal bestand' },
};

const MESSAGES = {
  'pack.empty': {
    en: (p) => `${p.file} is empty.`,
    nl: (p) => `${p.file} is leeg.`,
  },
  'pack.not-zip': {
    en: (p) => `${p.file} is not a briefing pack: it is not a zip container (damaged or another kind of file).`,
    nl: (p) => `${p.file} is geen briefingpakket: het is geen zip-bestand (beschadigd of een ander soort bestand).`,
  },
  'pack.corrupt': {
    en: (p) => `${p.file} is damaged: ${p.detail}.`,
    nl: (p) => `${p.file} is beschadigd: ${p.detail}.`,
  },
  'pack.no-manifest': {
    en: (p) => `${p.file} is not a briefing pack: it has no pack.json.`,
    nl: (p) => `${p.file} is geen briefingpakket: pack.json ontbreekt.`,
  },
  'pack.too-large': {
    en: (p) => `${p.file} refused: ${p.what} would unpack to more than ${p.limit} (possibly a zip bomb).`,
    nl: (p) => `${p.file} geweigerd: ${p.what} zou uitpakken tot meer dan ${p.limit} (mogelijk een zipbom).`,
  },
  'pack.unsafe-entry': {
    en: (p) => `${p.file} refused: it contains an unsafe entry name "${p.entry}".`,
    nl: (p) => `${p.file} geweigerd: het bevat een onveilige bestandsnaam "${p.entry}".`,
  },
  'pack.duplicate-entry': {
    en: (p) => `${p.file} refused: it holds two entries named "${p.entry}", so zip tools could show one and Briefing Composer open the other (damaged, or changed outside Briefing Composer).`,
    nl: (p) => `${p.file} geweigerd: het bevat twee bestanden met de naam "${p.entry}", zodat zip-programma's het ene kunnen tonen en Briefing Composer het andere kan openen (beschadigd, of buiten Briefing Composer gewijzigd).`,
  },
  'pack.checksum': {
    en: (p) => `${p.file} is damaged: the content of ${p.entry} does not match the checksum stored with it (changed or damaged after it was written).`,
    nl: (p) => `${p.file} is beschadigd: de inhoud van ${p.entry} klopt niet met de controlesom die ermee is opgeslagen (gewijzigd of beschadigd nadat het is geschreven).`,
  },
  'pack.bad-json': {
    en: (p) => `${p.file} is damaged: pack.json is not valid JSON (${p.detail}).`,
    nl: (p) => `${p.file} is beschadigd: pack.json is geen geldige JSON (${p.detail}).`,
  },
  'pack.invalid': {
    en: (p) => `${p.file} is not a valid pack: ${p.path}: ${p.detail}.`,
    nl: (p) => `${p.file} is geen geldig pakket: ${p.path}: ${p.detail}.`,
  },
  'pack.newer-version': {
    en: (p) => `${p.file} was made by a newer Briefing Composer (format ${p.found}; this version reads up to ${p.supported}). Update the app to open it.`,
    nl: (p) => `${p.file} is gemaakt met een nieuwere Briefing Composer (formaat ${p.found}; deze versie leest tot en met ${p.supported}). Werk de app bij om het te openen.`,
  },
  'pack.missing-annex': {
    en: (p) => `${p.file} is damaged: annex "${p.annex}" is listed but its file is missing.`,
    nl: (p) => `${p.file} is beschadigd: bijlage "${p.annex}" staat in de lijst maar het bestand ontbreekt.`,
  },
  'pack.list-too-deep': {
    en: (p) =>
      `${p.file} refused: a list in ${p.item === '' ? 'the introduction' : `item "${p.item}", ${p.section === 'source' ? "the letter's text" : `section "${p.section}"`}`} is nested ${p.depth} levels deep; at most ${p.max} are allowed, as in Word.`,
    nl: (p) =>
      `${p.file} geweigerd: een lijst in ${p.item === '' ? 'de inleiding' : `agendapunt "${p.item}", ${p.section === 'source' ? 'de tekst uit de brief' : `onderdeel "${p.section}"`}`} is ${p.depth} niveaus diep genest; er mogen er hoogstens ${p.max} zijn, zoals in Word.`,
  },
  'pack.over-limit': {
    en: (p) => `${p.file} refused: ${p.path} has more than ${p.limit} ${BOUND_KINDS.en[String(p.kind)] ?? p.kind}, the most a pack may have there.`,
    nl: (p) => `${p.file} geweigerd: ${p.path} heeft meer dan ${p.limit} ${BOUND_KINDS.nl[String(p.kind)] ?? p.kind}, het meeste dat een pakket daar mag hebben.`,
  },
  'pack.duplicate-id': {
    en: (p) => `${p.file} refused: the ${ID_KINDS.en[String(p.kind)] ?? 'element'} id "${p.id}" is used twice; every id must be unique.`,
    nl: (p) => `${p.file} geweigerd: de ${ID_KINDS.nl[String(p.kind)] ?? 'element'}-id "${p.id}" komt twee keer voor; elke id moet uniek zijn.`,
  },
  'pack.unlisted-annex': {
    en: (p) => `${p.file} refused: it holds the file ${p.entry}, which no annex in pack.json names (damaged, or changed outside Briefing Composer).`,
    nl: (p) => `${p.file} geweigerd: het bevat het bestand ${p.entry}, dat bij geen enkele bijlage in pack.json hoort (beschadigd, of buiten Briefing Composer gewijzigd).`,
  },
  'pack.repaired-text': {
    en: (p) => `${p.file}: ${p.count} text${Number(p.count) === 1 ? '' : 's'} held a broken character (half of a UTF-16 pair), now shown as �; the first is ${p.path}.`,
    nl: (p) => `${p.file}: ${p.count} tekst${Number(p.count) === 1 ? '' : 'en'} bevatte${Number(p.count) === 1 ? '' : 'n'} een kapot teken (een halve UTF-16-code), nu getoond als �; de eerste is ${p.path}.`,
  },
  'pack.unsafe-links': {
    en: (p) =>
      `${p.file}: ${p.count} link${Number(p.count) === 1 ? '' : 's'} with a user name, a password or an attached file ${Number(p.count) === 1 ? 'was' : 'were'} removed, the words kept; the first is "${p.text}" (${p.path}).`,
    nl: (p) =>
      `${p.file}: ${p.count} link${Number(p.count) === 1 ? '' : 's'} met een gebruikersnaam, een wachtwoord of een bijgevoegd bestand ${Number(p.count) === 1 ? 'is' : 'zijn'} verwijderd, de woorden behouden; de eerste is "${p.text}" (${p.path}).`,
  },
  'pack.detached-comments': {
    en: (p) => `${p.file}: ${p.count} comment${Number(p.count) === 1 ? '' : 's'} on item "${p.item}" point${Number(p.count) === 1 ? 's' : ''} at a passage that is not in its text; kept, and exported without a marked passage.`,
    nl: (p) => `${p.file}: ${p.count} opmerking${Number(p.count) === 1 ? '' : 'en'} bij agendapunt "${p.item}" verwijz${Number(p.count) === 1 ? 't' : 'en'} naar een passage die niet in de tekst staat; bewaard, en geëxporteerd zonder gemarkeerde passage.`,
  },
  'pack.missing-version': {
    en: (p) => `${p.file} is damaged: version "${p.id}" is listed but its content is missing.`,
    nl: (p) => `${p.file} is beschadigd: versie "${p.id}" staat in de lijst maar de inhoud ontbreekt.`,
  },
  'pack.state-damaged': {
    en: (p) => `${p.file}: its editing history (state.yjs) is damaged; opened from pack.json, and the next save starts a new history, so copies edited apart may merge with their text twice.`,
    nl: (p) => `${p.file}: de bewerkingsgeschiedenis (state.yjs) is beschadigd; geopend vanuit pack.json, en de volgende keer opslaan begint een nieuwe geschiedenis, zodat apart bewerkte kopieën bij samenvoegen tekst dubbel kunnen krijgen.`,
  },
  'pack.state-foreign': {
    en: (p) => `${p.file}: its editing history (state.yjs) belongs to another pack (${p.id}); opened from pack.json, and the next save starts a new history.`,
    nl: (p) => `${p.file}: de bewerkingsgeschiedenis (state.yjs) hoort bij een ander pakket (${p.id}); geopend vanuit pack.json, en de volgende keer opslaan begint een nieuwe geschiedenis.`,
  },
  'pack.changed-outside': {
    en: (p) => `${p.file}: pack.json was changed outside Briefing Composer after it was saved; the change is kept, as an edit on top of the saved history.`,
    nl: (p) => `${p.file}: pack.json is na het opslaan buiten Briefing Composer gewijzigd; de wijziging blijft behouden, als bewerking bovenop de opgeslagen geschiedenis.`,
  },
  'merge.different-pack': {
    en: (p) => `${p.file} is not a copy of ${p.first}: it is another pack (id ${p.id}, not ${p.expected}); only copies of the same pack can be merged.`,
    nl: (p) => `${p.file} is geen kopie van ${p.first}: het is een ander pakket (id ${p.id}, niet ${p.expected}); alleen kopieën van hetzelfde pakket kunnen worden samengevoegd.`,
  },
  'live.bad-server': {
    en: (p) => `"${p.what}" is not a server address: write it as ws://name:port (or wss://), for example ws://192.168.1.20:1234.`,
    nl: (p) => `"${p.what}" is geen serveradres: schrijf het als ws://naam:poort (of wss://), bijvoorbeeld ws://192.168.1.20:1234.`,
  },
  'merge.invalid-result': {
    en: (p) => `The copies could not be merged into a valid pack (${p.path}: ${p.detail}); nothing was written.`,
    nl: (p) => `De kopieën konden niet tot een geldig pakket worden samengevoegd (${p.path}: ${p.detail}); er is niets geschreven.`,
  },
  'pack.missing-media': {
    en: (p) => `${p.file}: ${p.count} picture${Number(p.count) === 1 ? '' : 's'} (first in ${FIGURE_PLACE.en(p)}) ${Number(p.count) === 1 ? 'has' : 'have'} no image in the pack; kept as a placeholder, and the pack cannot be exported until ${Number(p.count) === 1 ? 'it is' : 'they are'} replaced or removed.`,
    nl: (p) => `${p.file}: ${p.count} afbeelding${Number(p.count) === 1 ? '' : 'en'} (de eerste in ${FIGURE_PLACE.nl(p)}) ${Number(p.count) === 1 ? 'heeft' : 'hebben'} geen beeld in het pakket; bewaard als plaatshouder, en het pakket kan pas worden geëxporteerd als ${Number(p.count) === 1 ? 'die is' : 'die zijn'} vervangen of verwijderd.`,
  },
  'pack.bad-media': {
    en: (p) => `${p.file}: the image ${p.entry}${PICTURE_NAMED.en(p)} is damaged or not what pack.json says; its picture shows a placeholder, and the pack cannot be exported until it is replaced or removed.`,
    nl: (p) => `${p.file}: het beeld ${p.entry}${PICTURE_NAMED.nl(p)} is beschadigd of niet wat pack.json zegt; de afbeelding toont een plaatshouder, en het pakket kan pas worden geëxporteerd als die is vervangen of verwijderd.`,
  },
  'pack.oversized-media': {
    en: (p) => `${p.file}: the image ${p.entry}${PICTURE_NAMED.en(p)} was left out: it is ${p.size}, more than the ${p.limit} a picture may be; its picture shows a placeholder, and the pack cannot be exported until it is replaced or removed.`,
    nl: (p) => `${p.file}: het beeld ${p.entry}${PICTURE_NAMED.nl(p)} is weggelaten: het is ${p.size}, meer dan de ${p.limit} die een afbeelding mag zijn; de afbeelding toont een plaatshouder, en het pakket kan pas worden geëxporteerd als die is vervangen of verwijderd.`,
  },
  'media.too-large': {
    en: (p) => `${p.file} refused: the picture is ${p.size}; the limit is ${p.limit}.`,
    nl: (p) => `${p.file} geweigerd: de afbeelding is ${p.size}; de grens is ${p.limit}.`,
  },
  'media.too-many-pixels': {
    en: (p) => `${p.file} refused: the picture declares ${p.width} × ${p.height} pixels, more than ${p.limit} megapixels.`,
    nl: (p) => `${p.file} geweigerd: de afbeelding geeft ${p.width} × ${p.height} pixels op, meer dan ${p.limit} megapixel.`,
  },
  'media.wrong-format': {
    en: (p) => `${p.file} refused: it claims to be ${p.claimed} but its content is ${p.found}.`,
    nl: (p) => `${p.file} geweigerd: het zegt ${p.claimed} te zijn maar de inhoud is ${p.found}.`,
  },
  'media.not-picture': {
    en: (p) => `${p.file} refused: it is not a PNG or JPEG picture.`,
    nl: (p) => `${p.file} geweigerd: het is geen PNG- of JPEG-afbeelding.`,
  },
  'media.damaged': {
    en: (p) => `${p.file} refused: the picture is damaged or cut short (${p.detail}).`,
    nl: (p) => `${p.file} geweigerd: de afbeelding is beschadigd of afgebroken (${p.detail}).`,
  },
  'export.figure-no-alt': {
    en: (p) => `Cannot export: a picture in ${FIGURE_PLACE.en(p)} has no alternative text; describe it first (click the picture).`,
    nl: (p) => `Kan niet exporteren: een afbeelding in ${FIGURE_PLACE.nl(p)} heeft geen alternatieve tekst; beschrijf die eerst (klik op de afbeelding).`,
  },
  'export.bad-media': {
    en: (p) => `Cannot export: the picture in ${FIGURE_PLACE.en(p)} has no usable image (missing or damaged); replace or remove it.`,
    nl: (p) => `Kan niet exporteren: de afbeelding in ${FIGURE_PLACE.nl(p)} heeft geen bruikbaar beeld (ontbreekt of beschadigd); vervang of verwijder die.`,
  },
  'version.unknown': {
    en: (p) => `Version "${p.id}" is not in this pack (any more).`,
    nl: (p) => `Versie "${p.id}" staat (niet meer) in dit pakket.`,
  },
  'backup.unknown': {
    en: () => `This backup no longer exists; it was restored or discarded elsewhere.`,
    nl: () => `Deze reservekopie bestaat niet meer; ze is al teruggezet of verwijderd.`,
  },
  'recent.gone': {
    en: (p) => `${p.file} is no longer kept in this browser (its storage was cleared or full); open the file with Open….`,
    nl: (p) => `${p.file} wordt niet meer in deze browser bewaard (de opslag is gewist of was vol); open het bestand met Openen….`,
  },
  'import.empty': {
    en: (p) => `${p.file} has no text to import.`,
    nl: (p) => `${p.file} bevat geen tekst om te importeren.`,
  },
  'import.too-large': {
    en: (p) => `${p.file} is too large to be an agenda letter (${p.size}; the limit is ${p.limit}).`,
    nl: (p) => `${p.file} is te groot voor een agendabrief (${p.size}; de grens is ${p.limit}).`,
  },
  'import.not-text': {
    en: (p) => `${p.file} is not a text file (it contains binary data).`,
    nl: (p) => `${p.file} is geen tekstbestand (het bevat binaire gegevens).`,
  },
  'import.unsupported': {
    en: (p) => `${p.file}: this kind of file cannot be imported yet (supported: ${p.supported}).`,
    nl: (p) => `${p.file}: dit soort bestand kan nog niet worden geïmporteerd (ondersteund: ${p.supported}).`,
  },
  'import.encrypted': {
    en: (p) => `${p.file} is password-protected; save an unprotected copy and import that.`,
    nl: (p) => `${p.file} is met een wachtwoord beveiligd; sla een onbeveiligde kopie op en importeer die.`,
  },
  'import.bad-pdf': {
    en: (p) => `${p.file} is not a readable PDF (${p.detail}).`,
    nl: (p) => `${p.file} is geen leesbare PDF (${p.detail}).`,
  },
  'import.no-text-layer': {
    en: (p) => `${p.file} has no text layer (it is probably a scan); run text recognition (OCR) on it first.`,
    nl: (p) => `${p.file} heeft geen tekstlaag (waarschijnlijk een scan); laat er eerst tekstherkenning (OCR) op lopen.`,
  },
  'import.bad-docx': {
    en: (p) => `${p.file} is not a readable Word document (${p.detail}).`,
    nl: (p) => `${p.file} is geen leesbaar Word-document (${p.detail}).`,
  },
  'import.pdf-damaged-page': {
    en: (p) => `${p.file} is damaged: page ${p.page} has content a strict PDF reader rejects (${p.detail}), so it cannot become the pack's annex. Save or print it as a new PDF and import that.`,
    nl: (p) => `${p.file} is beschadigd: pagina ${p.page} heeft inhoud die een strikte PDF-lezer weigert (${p.detail}), dus het kan geen bijlage van het pakket worden. Sla het op of druk het af als nieuwe PDF en importeer die.`,
  },
  'import.docx-dtd': {
    en: (p) => `${p.file} refused: ${p.part} declares a DTD or entities (<!DOCTYPE>), which Word never writes; entities are never expanded or fetched.`,
    nl: (p) => `${p.file} geweigerd: ${p.part} declareert een DTD of entiteiten (<!DOCTYPE>), wat Word nooit schrijft; entiteiten worden nooit uitgevouwen of opgehaald.`,
  },
  'import.docx-missing-part': {
    en: (p) => `${p.file} is not a complete Word document: ${p.part} refers to ${DOCX_REFERENCES.en[String(p.kind)] ?? p.kind} ${p.id}, which is missing.`,
    nl: (p) => `${p.file} is geen volledig Word-document: ${p.part} verwijst naar ${DOCX_REFERENCES.nl[String(p.kind)] ?? p.kind} ${p.id}, die ontbreekt.`,
  },
  'import.docx-incomplete': {
    en: (p) => `${p.file} is not a complete Word document: a part it refers to is missing or malformed.`,
    nl: (p) => `${p.file} is geen volledig Word-document: een onderdeel waarnaar het verwijst ontbreekt of is misvormd.`,
  },
  'import.too-many-lines': {
    en: (p) => `${p.file} has ${p.count} lines; an agenda letter has far fewer (the limit is ${p.limit}).`,
    nl: (p) => `${p.file} heeft ${p.count} regels; een agendabrief heeft er veel minder (de grens is ${p.limit}).`,
  },
  'import.too-many-paragraphs': {
    en: (p) => `${p.file} has ${p.count} paragraphs; an agenda letter has far fewer (the limit is ${p.limit}).`,
    nl: (p) => `${p.file} heeft ${p.count} alinea's; een agendabrief heeft er veel minder (de grens is ${p.limit}).`,
  },
  'import.too-much-text': {
    en: (p) => `${p.file} holds ${p.count} characters of text; an agenda letter holds far fewer (the limit is ${p.limit}).`,
    nl: (p) => `${p.file} bevat ${p.count} tekens tekst; een agendabrief bevat er veel minder (de grens is ${p.limit}).`,
  },
  'import.too-many-items': {
    en: (p) => `${p.file} has ${p.count} agenda items; a pack holds at most ${p.limit}.`,
    nl: (p) => `${p.file} heeft ${p.count} agendapunten; een pakket bevat er hoogstens ${p.limit}.`,
  },
  'import.item-too-long': {
    en: (p) => `${p.file}: ${p.item === '' ? 'the introduction' : `the item "${p.item}"`} has ${p.count} paragraphs; the text of one item holds at most ${p.limit}, so the pack could not be opened again.`,
    nl: (p) => `${p.file}: ${p.item === '' ? 'de inleiding' : `het agendapunt "${p.item}"`} heeft ${p.count} alinea's; de tekst van één agendapunt bevat er hoogstens ${p.limit}, dus het pakket zou niet meer te openen zijn.`,
  },
  'import.footnote-too-long': {
    en: (p) => `${p.file}: footnote ${p.marker} has ${p.count} characters; a footnote holds at most ${p.limit}, so the pack could not be opened again.`,
    nl: (p) => `${p.file}: voetnoot ${p.marker} heeft ${p.count} tekens; een voetnoot bevat er hoogstens ${p.limit}, dus het pakket zou niet meer te openen zijn.`,
  },
  'import.not-openable': {
    en: (p) => `${p.file} cannot be imported: the pack made from it would not open again (${p.path}: ${p.detail}). Please report this.`,
    nl: (p) => `${p.file} kan niet worden geïmporteerd: het pakket dat ervan gemaakt wordt zou niet meer opengaan (${p.path}: ${p.detail}). Meld dit alstublieft.`,
  },
  'template.unknown': {
    en: (p) => `Unknown template "${p.id}". Available: ${p.available}.`,
    nl: (p) => `Onbekend sjabloon "${p.id}". Beschikbaar: ${p.available}.`,
  },
  'template.invalid': {
    en: (p) => `Template "${p.id}" is broken: ${p.path}: ${p.detail}.`,
    nl: (p) => `Sjabloon "${p.id}" is defect: ${p.path}: ${p.detail}.`,
  },
  'export.bad-annex': {
    en: (p) => `Annex ${p.file} cannot be added to the PDF: it is ${p.reason === 'encrypted' ? 'encrypted (password-protected)' : 'damaged'}. Replace it, or export with --skip-bad-annexes to leave it out.`,
    nl: (p) => `Bijlage ${p.file} kan niet aan de PDF worden toegevoegd: het bestand is ${p.reason === 'encrypted' ? 'versleuteld (met wachtwoord beveiligd)' : 'beschadigd'}. Vervang het, of exporteer met --skip-bad-annexes om het weg te laten.`,
  },
  'export.skipped-annex': {
    en: (p) => `Annex ${p.file} was left out of the PDF: it is ${p.reason === 'encrypted' ? 'encrypted (password-protected)' : 'damaged'}.`,
    nl: (p) => `Bijlage ${p.file} is weggelaten uit de PDF: het bestand is ${p.reason === 'encrypted' ? 'versleuteld (met wachtwoord beveiligd)' : 'beschadigd'}.`,
  },
  'export.pdfa-dropped': {
    en: (p) => `The PDF does not claim PDF/A (archival): annex ${p.file} ${ARCHIVAL_OBSTACLES.en[p.obstacle as ArchivalObstacleName] ?? ARCHIVAL_OBSTACLES.en.other} on its page ${p.page}.`,
    nl: (p) => `De PDF wordt niet als PDF/A (archiefformaat) gemerkt: bijlage ${p.file} ${ARCHIVAL_OBSTACLES.nl[p.obstacle as ArchivalObstacleName] ?? ARCHIVAL_OBSTACLES.nl.other} op pagina ${p.page}.`,
  },
  'export.unplaced-section': {
    en: (p) =>
      `Template ${p.template} has no section for "${p.label}": it is exported under its own label, in ${p.count === 1 ? '1 item' : `${p.count} items`} (${p.items}${Number(p.more) > 0 ? ` and ${p.more} more` : ''}).`,
    nl: (p) =>
      `Sjabloon ${p.template} heeft geen onderdeel voor "${p.label}": het wordt onder zijn eigen kop geëxporteerd, in ${p.count === 1 ? '1 agendapunt' : `${p.count} agendapunten`} (${p.items}${Number(p.more) > 0 ? ` en nog ${p.more}` : ''}).`,
  },
  'export.missing-glyph': {
    en: (p) =>
      `The fonts have no ${p.char} (${p.codePoint}): the PDF shows a visible mark instead, ${p.count}× in ${p.places}${Number(p.more) > 0 ? ` and ${p.more} more` : ''}.`,
    nl: (p) =>
      `De lettertypen hebben geen ${p.char} (${p.codePoint}): de PDF toont er een zichtbaar teken voor, ${p.count}× in ${p.places}${Number(p.more) > 0 ? ` en nog ${p.more}` : ''}.`,
  },
  'file.unreadable': {
    en: (p) => `Cannot read ${p.file}: ${p.detail}.`,
    nl: (p) => `Kan ${p.file} niet lezen: ${p.detail}.`,
  },
  'file.unwritable': {
    en: (p) => `Cannot write ${p.file}: ${p.detail}.`,
    nl: (p) => `Kan ${p.file} niet schrijven: ${p.detail}.`,
  },
  'file.not-regular': {
    en: (p) => `Cannot write ${p.file}: it is ${TARGET_KINDS.en[String(p.kind)] ?? p.kind}, not a file, and is left as it is; choose another name.`,
    nl: (p) => `Kan ${p.file} niet schrijven: het is ${TARGET_KINDS.nl[String(p.kind)] ?? p.kind}, geen bestand, en blijft zoals het is; kies een andere naam.`,
  },
  'file.read-only': {
    en: (p) => `${p.file} is read-only and was not overwritten; make it writable or choose another name.`,
    nl: (p) => `${p.file} is alleen-lezen en is niet overschreven; maak het schrijfbaar of kies een andere naam.`,
  },
  'distribution.empty': {
    en: (p) => `${p.file} has no distribution list; add recipients with "briefing distribution ${p.file} --add NAME".`,
    nl: (p) => `${p.file} heeft geen verzendlijst; voeg ontvangers toe met "briefing distribution ${p.file} --add NAAM".`,
  },
  'distribution.unknown-item': {
    en: (p) => `${p.file}: there is no agenda item "${p.item}" to leave out; give its number or id ("briefing inspect ${p.file} --json" lists them).`,
    nl: (p) => `${p.file}: er is geen agendapunt "${p.item}" om weg te laten; geef het nummer of de id ("briefing inspect ${p.file} --json" toont ze).`,
  },
  'distribution.unknown-recipient': {
    en: (p) => `${p.file}: "${p.what}" is not on the distribution list; nothing was changed.`,
    nl: (p) => `${p.file}: "${p.what}" staat niet op de verzendlijst; er is niets gewijzigd.`,
  },
  'distribution.invalid': {
    en: (p) => `${p.file}: the distribution list would not be valid (${p.path}: ${p.detail}); nothing was changed.`,
    nl: (p) => `${p.file}: de verzendlijst zou niet geldig zijn (${p.path}: ${p.detail}); er is niets gewijzigd.`,
  },
  'cli.usage': {
    en: (p) => `${p.detail}. Run "briefing --help" for usage.`,
    nl: (p) => `${p.detail}. Zie "briefing --help" voor het gebruik.`,
  },
  'internal': {
    en: (p) => `Internal error: ${p.detail}. Please report this; your file was not changed.`,
    nl: (p) => `Interne fout: ${p.detail}. Meld dit alstublieft; uw bestand is niet gewijzigd.`,
  },
} satisfies Record<string, Record<Language, (p: Params) => string>>;

export type ErrorCode = keyof typeof MESSAGES;
export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(MESSAGES, code);
}

/** Parameters that hold a sentence or a list, not one name: shown escaped too, but cut later. */
const TEXT_PARAMS: ReadonlySet<string> = new Set(['detail', 'available', 'items', 'places']);
const TEXT_LIMIT = 400;

/**
 * Every string parameter escaped and cut (printable.ts) as the message is
 * formatted, so a hostile name cannot break, colour or bury the one line,
 * in the CLI, the app or any message added later. The parameters themselves
 * stay as given: code may still compare them.
 */
function printableParams(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? printable(value, TEXT_PARAMS.has(key) ? TEXT_LIMIT : NAME_LIMIT) : value;
  }
  return out;
}

export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(escapedLine(MESSAGES[code].en(printableParams(params))));
    this.name = 'UserError';
  }

  describe(language: Language): string {
    return escapedLine(MESSAGES[this.code][language](printableParams(this.params)));
  }
}

/** The one line shown to a person for any error; bugs are named as such. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof UserError) return error.describe(language);
  const detail = error instanceof Error ? error.message : String(error);
  return escapedLine(MESSAGES.internal[language](printableParams({ detail: detail.split('\n')[0] ?? '' })));
}
