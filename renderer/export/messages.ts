/** The words of the export dialog, in Dutch and English. */
import type { Language } from '../../core/i18n/language';

export interface ExportMessages {
  title: string;
  format: string;
  copyFor: string;
  plainCopy: string;
  recipient: (number: number, name: string, role: string) => string;
  copyHint: string;
  withComments: string;
  commentCount: (count: number) => string;
  templateHasNone: string;
  publication: string;
  publicationDate: string;
  publicationHint: string;
  publicationNeedsDate: string;
  publicationOwners: string;
  export: string;
  ministersCopy: string;
  cancel: string;
  /** Said after a numbered copy was exported. */
  copyMade: (number: number, of: number, recipient: string) => string;
  /** Said with it: the copy is on the pack's record once the pack is saved. */
  recorded: string;
  /** The progress bar of an export that takes a while: its name, and what it says. */
  progressLabel: string;
  progressText: (percent: number) => string;
}

const CATALOG: Readonly<Record<Language, ExportMessages>> = {
  nl: {
    title: 'Exporteren',
    format: 'Formaat',
    copyFor: 'Exemplaar voor',
    plainCopy: 'Niemand in het bijzonder (zonder nummer)',
    recipient: (number, name, role) => `${number}. ${name}${role ? ` (${role})` : ''}`,
    copyHint: 'Een genummerd exemplaar noemt de ontvanger en "Exemplaar N van M" op elke pagina en laat de punten weg die de verzendlijst voor deze ontvanger weglaat.',
    withComments: 'Opmerkingen in dit exemplaar',
    commentCount: (count) => (count === 1 ? '1 opmerking bij de agendatekst.' : `${count} opmerkingen bij de agendatekst.`),
    templateHasNone: 'Het sjabloon neemt geen opmerkingen op.',
    publication: 'Openbaar te maken versie (Woo)',
    publicationDate: 'Datum van openbaarmaking',
    publicationHint: 'Weggelakte passages worden zwarte vlakken met de grond; bijlagen, versies en verzendlijst blijven weg, opmerkingen en eigenaren ook tenzij u ze aanvinkt (nooit een opmerking bij een weggelakte passage).',
    publicationNeedsDate: 'Kies de datum van openbaarmaking.',
    publicationOwners: 'Eigenaren van de punten noemen',
    export: 'Exporteren',
    ministersCopy: 'Exemplaar voor de minister (zonder opmerkingen)',
    cancel: 'Annuleren',
    copyMade: (number, of, recipient) => `Exemplaar ${number} van ${of}, voor ${recipient}`,
    recorded: 'Vastgelegd bij de uitgereikte exemplaren; sla het pakket op om dat te bewaren',
    progressLabel: 'Voortgang van de export',
    progressText: (percent) => `Exporteren… ${percent} %`,
  },
  en: {
    title: 'Export',
    format: 'Format',
    copyFor: 'Copy for',
    plainCopy: 'Nobody in particular (not numbered)',
    recipient: (number, name, role) => `${number}. ${name}${role ? ` (${role})` : ''}`,
    copyHint: 'A numbered copy names the recipient and "Copy N of M" on every page and leaves out the items the distribution list leaves out for them.',
    withComments: 'Comments in this copy',
    commentCount: (count) => (count === 1 ? '1 comment on the agenda text.' : `${count} comments on the agenda text.`),
    templateHasNone: 'The template prints no comments.',
    publication: 'Version for publication (Woo)',
    publicationDate: 'Date of publication',
    publicationHint: 'Redacted passages become black boxes with their ground; annexes, versions and the distribution list are left out, comments and owners too unless you tick them (never a comment on a redacted passage).',
    publicationNeedsDate: 'Choose the date of publication.',
    publicationOwners: "Name the items' owners",
    export: 'Export',
    ministersCopy: "Minister's copy (without comments)",
    cancel: 'Cancel',
    copyMade: (number, of, recipient) => `Copy ${number} of ${of}, for ${recipient}`,
    recorded: 'Recorded among the copies handed out; save the pack to keep the record',
    progressLabel: 'Export progress',
    progressText: (percent) => `Exporting… ${percent} %`,
  },
};

export function exportMessages(language: Language): ExportMessages {
  return CATALOG[language];
}
