/**
 * `briefing distribution PACK`: the distribution list (who gets which copy,
 * what is left out of it) and the record of copies handed out.
 *   --add NAME [--function F] [--copy N] [--leave-out 2,item-id] [--with-comments]
 *   --remove NAME
 *   --csv [-o FILE]   the record of handed-out copies as CSV
 */
import { parseArgs } from 'node:util';
import type { Language } from '../../core/i18n/language';
import type { Recipient } from '../../core/model/distribution';
import { handedOutCsv } from '../../core/model/distribution-csv';
import { addRecipient, removeRecipient } from '../../core/model/distribution-list';
import type { BriefingPack } from '../../core/model/pack';
import { distributionOf, listedCopyCount } from '../../core/model/recipient-copy';
import { writeFileAtomic } from '../../host/atomic-write';
import { readPackWithWarnings, usage, type CliContext } from '../context';

const LIST_TEXT = {
  en: {
    none: (file: string) => `${file} has no distribution list.`,
    heading: (count: number) => `Distribution list, ${count} ${count === 1 ? 'copy' : 'copies'}:`,
    leavesOut: (titles: string) => `leaves out: ${titles}`,
    withComments: 'with comments',
    handedOut: (count: number) => `Handed out: ${count} ${count === 1 ? 'copy' : 'copies'} (--csv lists them).`,
    added: (name: string, number: number, file: string) => `Added ${name} as copy ${number} to ${file}.`,
    removed: (name: string, file: string) => `Removed ${name} from the distribution list of ${file}.`,
  },
  nl: {
    none: (file: string) => `${file} heeft geen verzendlijst.`,
    heading: (count: number) => `Verzendlijst, ${count} ${count === 1 ? 'exemplaar' : 'exemplaren'}:`,
    leavesOut: (titles: string) => `zonder: ${titles}`,
    withComments: 'met opmerkingen',
    handedOut: (count: number) => `Uitgereikt: ${count} ${count === 1 ? 'exemplaar' : 'exemplaren'} (--csv toont ze).`,
    added: (name: string, number: number, file: string) => `${name} toegevoegd als exemplaar ${number} aan ${file}.`,
    removed: (name: string, file: string) => `${name} verwijderd van de verzendlijst van ${file}.`,
  },
} as const satisfies Record<Language, unknown>;

function recipientLine(pack: BriefingPack, recipient: Recipient, language: Language): string {
  const text = LIST_TEXT[language];
  const titles = recipient.leaveOut.map((id) => pack.items.find((item) => item.id === id)?.title ?? id);
  const details = [...(titles.length ? [text.leavesOut(titles.join('; '))] : []), ...(recipient.withComments ? [text.withComments] : [])];
  const who = recipient.function ? `${recipient.name} (${recipient.function})` : recipient.name;
  return `  ${String(recipient.copyNumber).padStart(3)}  ${who}${details.length ? `  [${details.join(', ')}]` : ''}`;
}

function copyNumberOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) throw usage('--copy must be a copy number from 1 to 9999');
  return Number(value);
}

export async function distributionCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      add: { type: 'string' },
      remove: { type: 'string' },
      function: { type: 'string' },
      copy: { type: 'string' },
      'leave-out': { type: 'string' },
      'with-comments': { type: 'boolean' },
      csv: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
    },
  });
  const file = positionals[0];
  if (!file) throw usage('name a .briefpack file');
  if (positionals.length > 1) throw usage(`unexpected argument "${positionals[1]}"`);
  const actions = [values.add !== undefined, values.remove !== undefined, values.csv === true].filter(Boolean).length;
  if (actions > 1) throw usage('give one of --add, --remove or --csv');
  if (values.output !== undefined && !values.csv) throw usage('-o goes with --csv');
  const contents = await readPackWithWarnings(ctx, file);
  const text = LIST_TEXT[ctx.language];
  const save = async (pack: BriefingPack) => (await import('../../host/pack-files')).writePackFile(file, { ...contents, pack });

  if (values.add !== undefined) {
    const leaveOut = values['leave-out']?.split(',').filter((ref) => ref.trim()) ?? [];
    const pack = addRecipient(contents.pack, { name: values.add, function: values.function, copyNumber: copyNumberOption(values.copy), leaveOut, withComments: values['with-comments'] }, file);
    await save(pack);
    const added = distributionOf(pack).recipients.find((r) => !distributionOf(contents.pack).recipients.some((old) => old.id === r.id))!;
    ctx.out(text.added(added.name, added.copyNumber, file));
    return;
  }
  if (values.remove !== undefined) {
    await save(removeRecipient(contents.pack, values.remove, file));
    ctx.out(text.removed(values.remove, file));
    return;
  }
  const distribution = distributionOf(contents.pack);
  if (values.csv) {
    const csv = handedOutCsv(distribution.handedOut, ctx.language);
    if (values.output) await writeFileAtomic(values.output, new TextEncoder().encode(csv));
    else process.stdout.write(csv);
    return;
  }
  if (distribution.recipients.length === 0) ctx.out(text.none(file));
  else {
    ctx.out(text.heading(listedCopyCount(distribution)));
    for (const recipient of distribution.recipients) ctx.out(recipientLine(contents.pack, recipient, ctx.language));
  }
  if (distribution.handedOut.length > 0) ctx.out(text.handedOut(distribution.handedOut.length));
}
