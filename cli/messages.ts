import type { Language } from '../core/i18n/language';
import { printable } from '../core/i18n/printable';
import type { ProgressState } from './progress';

export const CLI_TEXT = {
  en: {
    help: `briefing: Briefing Composer on the command line

Usage:
  briefing export <pack.briefpack | --sample> --format docx|pdf [--template ID] [--skip-bad-annexes] [--with-comments | --without-comments | --publication [--date YYYY-MM-DD] [--with-comments] [--with-owners]] -o <file>
  briefing export <pack.briefpack> --format docx|pdf (--recipient NAME -o <file> | --distribution <folder>) [--with-comments | --without-comments]
  briefing distribution <pack.briefpack> [--add NAME [--function F] [--copy N] [--leave-out 2,3] [--with-comments] | --remove NAME | --csv [-o <file>]]
  briefing inspect <pack.briefpack | --sample> [--json]
  briefing validate <pack.briefpack>
  briefing templates [--json]
  briefing merge <pack.briefpack> <copy.briefpack>... -o <merged.briefpack>
  briefing import <letter.txt|.md|.docx|.pdf> (-o <pack.briefpack> | --json) [--template ID]

Options:
  --with-comments, --without-comments
                 comments on the agenda text in this export (default: in a plain
                 export as the template places them; in a recipient's copy as the
                 distribution list says, left out of a one-off copy)
  --publication  the version made public under the Woo: every passage marked
                 for redaction is a black box with its ground, the grounds are
                 listed at the end; no annex files, and no comments or owners
                 unless --with-comments, --with-owners (never a comment on a
                 redacted passage)
  --date         the day it is made public, printed on every page (default: today)
  --lang nl|en   language of messages (default: from LANG)
  -h, --help     this help

Exit codes: 0 success, 1 a problem with the input (one line on stderr), 2 an internal error.
User templates are read from ${'{userTemplates}'}.`,
    words: 'words',
    valid: (file: string, items: number) => `${printable(file)}: valid pack with ${items} agenda items.`,
    builtIn: 'built-in',
    user: 'user',
    failed: 'FAILED',
    unknownCommand: (name: string) => `unknown command "${name}"`,
    exporting: ({ fraction, part }: ProgressState) =>
      `briefing: exporting… ${Math.floor(fraction * 100)} %${part ? ` (${{ layout: 'item', pages: 'page', items: 'item', copies: 'copy' }[part.kind]} ${part.done} of ${part.total})` : ''}`,
  },
  nl: {
    help: `briefing: Briefing Composer op de opdrachtregel

Gebruik:
  briefing export <pakket.briefpack | --sample> --format docx|pdf [--template ID] [--skip-bad-annexes] [--with-comments | --without-comments | --publication [--date JJJJ-MM-DD] [--with-comments] [--with-owners]] -o <bestand>
  briefing export <pakket.briefpack> --format docx|pdf (--recipient NAAM -o <bestand> | --distribution <map>) [--with-comments | --without-comments]
  briefing distribution <pakket.briefpack> [--add NAAM [--function F] [--copy N] [--leave-out 2,3] [--with-comments] | --remove NAAM | --csv [-o <bestand>]]
  briefing inspect <pakket.briefpack | --sample> [--json]
  briefing validate <pakket.briefpack>
  briefing templates [--json]
  briefing merge <pakket.briefpack> <kopie.briefpack>... -o <samengevoegd.briefpack>
  briefing import <brief.txt|.md|.docx|.pdf> (-o <pakket.briefpack> | --json) [--template ID]

Opties:
  --with-comments, --without-comments
                 opmerkingen bij de agendatekst in deze export (standaard: in een
                 gewone export zoals het sjabloon ze plaatst; in het exemplaar van
                 een ontvanger zoals de verzendlijst zegt, niet in een los exemplaar)
  --publication  de versie die op grond van de Woo openbaar wordt: elke passage
                 die is gemarkeerd om weg te lakken is een zwart vlak met de grond,
                 de gronden staan aan het eind; geen bijlagen, en geen opmerkingen of
                 eigenaren tenzij --with-comments, --with-owners (nooit een opmerking
                 bij een weggelakte passage)
  --date         de dag van openbaarmaking, op elke pagina (standaard: vandaag)
  --lang nl|en   taal van de meldingen (standaard: uit LANG)
  -h, --help     deze hulp

Afsluitcodes: 0 gelukt, 1 een probleem met de invoer (één regel op stderr), 2 een interne fout.
Eigen sjablonen worden gelezen uit ${'{userTemplates}'}.`,
    words: 'woorden',
    valid: (file: string, items: number) => `${printable(file)}: geldig pakket met ${items} agendapunten.`,
    builtIn: 'ingebouwd',
    user: 'eigen',
    failed: 'MISLUKT',
    unknownCommand: (name: string) => `onbekende opdracht "${name}"`,
    exporting: ({ fraction, part }: ProgressState) =>
      `briefing: exporteren… ${Math.floor(fraction * 100)} %${part ? ` (${{ layout: 'punt', pages: 'pagina', items: 'punt', copies: 'exemplaar' }[part.kind]} ${part.done} van ${part.total})` : ''}`,
  },
} as const satisfies Record<Language, unknown>;
