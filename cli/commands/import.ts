import { parseArgs } from 'node:util';
import type { ParsedLetter } from '../../core/import/text-letter';
import { encodePack } from '../../core/pack/container';
import { writeFileAtomic } from '../../host/atomic-write';
import { importAgendaFile } from '../../host/import-agenda';
import { usage, type CliContext } from '../context';

/** The documented JSON shape of `briefing import --json`. */
export function importSummary(letter: ParsedLetter) {
  return {
    meeting: {
      name: letter.meeting.name,
      abbreviation: letter.meeting.abbreviation,
      date: letter.meeting.date,
      endDate: letter.meeting.endDate ?? '',
      location: letter.meeting.location,
      confidence: letter.confidence.meeting,
    },
    letter: {
      date: letter.date,
      place: letter.place,
      addressee: letter.addressee,
      signatory: { ...letter.signatory, confidence: letter.confidence.signatory },
      references: letter.references,
    },
    titles: letter.titles,
    items: letter.items.map((item) => ({
      title: item.title,
      level: item.level,
      confidence: item.confidence,
      text: item.paragraphs.map((p) => p.text).join('\n\n'),
    })),
    footnotes: letter.footnotes,
  };
}

export async function importCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, output: { type: 'string', short: 'o' }, template: { type: 'string', short: 't' } },
  });
  const [file, extra] = positionals;
  if (!file) throw usage('name the agenda letter to import');
  if (extra) throw usage(`unexpected argument "${extra}"`);
  if (!values.json && !values.output) throw usage('use -o <pack.briefpack> or --json');
  const { letter, contents } = await importAgendaFile(file, values.template);
  if (values.json) ctx.out(JSON.stringify(importSummary(letter), null, 2));
  if (values.output) {
    await writeFileAtomic(values.output, encodePack(contents));
    if (!values.json) ctx.out(`${values.output} (${contents.pack.items.length})`);
  }
}
