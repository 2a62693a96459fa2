/** The words of the distribution list dialog and its record of copies handed out, in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import type { RecipientProblem } from '../../core/model/distribution-edit';

export interface DistributionMessages {
  button: string;
  summary: (recipients: number, handedOut: number) => string;
  title: string;
  recipients: string;
  listHint: string;
  noRecipients: string;
  recipient: (position: number) => string;
  name: string;
  function: string;
  copyNumber: string;
  withComments: string;
  leaveOut: string;
  withParent: string;
  add: string;
  remove: string;
  problem: (problem: RecipientProblem, name: string, copyNumber: string) => string;
  handedOut: string;
  columns: { copy: string; recipient: string; function: string; version: string; date: string; format: string };
  noneHandedOut: string;
  exportCsv: string;
  csvSaved: (fileName: string) => string;
  ok: string;
  cancel: string;
}

const CATALOG: Readonly<Record<Language, DistributionMessages>> = {
  nl: {
    button: 'Verzendlijst…',
    summary: (recipients, handedOut) =>
      `${recipients === 1 ? '1 ontvanger' : `${recipients} ontvangers`}, ${handedOut === 1 ? '1 exemplaar' : `${handedOut} exemplaren`} uitgereikt`,
    title: 'Verzendlijst',
    recipients: 'Ontvangers',
    listHint: 'Een weggelaten agendapunt neemt zijn subpunten mee. De opmerkingen bij de agendatekst staan alleen in het exemplaar van wie "Met opmerkingen" heeft.',
    noRecipients: 'Er staat nog niemand op de verzendlijst.',
    recipient: (position) => `Ontvanger ${position}`,
    name: 'Naam',
    function: 'Functie',
    copyNumber: 'Exemplaarnummer',
    withComments: 'Met opmerkingen',
    leaveOut: 'Weglaten in dit exemplaar',
    withParent: '(met het hoofdpunt)',
    add: 'Ontvanger toevoegen',
    remove: 'Verwijderen',
    problem: (problem, name, copyNumber) => {
      switch (problem.reason) {
        case 'name-twice':
          return `"${name.trim()}" staat al op de verzendlijst.`;
        case 'copy-twice':
          return `Exemplaar ${copyNumber} gaat al naar een andere ontvanger.`;
        case 'name':
          return 'Vul een naam in (ten hoogste 200 tekens).';
        case 'copy-number':
          return 'Een exemplaarnummer is een geheel getal van 1 tot en met 9999.';
        case 'function':
          return 'Een functie is ten hoogste 200 tekens.';
        case 'other':
          return `De verzendlijst is zo niet geldig: ${problem.detail}.`;
      }
    },
    handedOut: 'Uitgereikte exemplaren',
    columns: { copy: 'Exemplaar', recipient: 'Ontvanger', function: 'Functie', version: 'Versie', date: 'Datum', format: 'Formaat' },
    noneHandedOut: 'Nog geen exemplaren uitgereikt. Een genummerd exemplaar exporteren legt het hier vast.',
    exportCsv: 'Exporteren als CSV',
    csvSaved: (fileName) => `Uitgereikte exemplaren geëxporteerd naar ${fileName}.`,
    ok: 'OK',
    cancel: 'Annuleren',
  },
  en: {
    button: 'Distribution list…',
    summary: (recipients, handedOut) =>
      `${recipients === 1 ? '1 recipient' : `${recipients} recipients`}, ${handedOut === 1 ? '1 copy' : `${handedOut} copies`} handed out`,
    title: 'Distribution list',
    recipients: 'Recipients',
    listHint: 'An item left out takes its sub-items along. The comments on the agenda text are only in the copies marked "With comments".',
    noRecipients: 'Nobody is on the distribution list yet.',
    recipient: (position) => `Recipient ${position}`,
    name: 'Name',
    function: 'Function',
    copyNumber: 'Copy number',
    withComments: 'With comments',
    leaveOut: 'Left out of this copy',
    withParent: '(with its parent item)',
    add: 'Add recipient',
    remove: 'Remove',
    problem: (problem, name, copyNumber) => {
      switch (problem.reason) {
        case 'name-twice':
          return `"${name.trim()}" is already on the distribution list.`;
        case 'copy-twice':
          return `Copy ${copyNumber} already goes to another recipient.`;
        case 'name':
          return 'Enter a name (at most 200 characters).';
        case 'copy-number':
          return 'A copy number is a whole number from 1 to 9999.';
        case 'function':
          return 'A function is at most 200 characters.';
        case 'other':
          return `The distribution list would not be valid: ${problem.detail}.`;
      }
    },
    handedOut: 'Copies handed out',
    columns: { copy: 'Copy', recipient: 'Recipient', function: 'Function', version: 'Version', date: 'Date', format: 'Format' },
    noneHandedOut: 'No copies handed out yet. Exporting a numbered copy records it here.',
    exportCsv: 'Export as CSV',
    csvSaved: (fileName) => `Copies handed out exported to ${fileName}.`,
    ok: 'OK',
    cancel: 'Cancel',
  },
};

export function distributionMessages(language: Language): DistributionMessages {
  return CATALOG[language];
}
