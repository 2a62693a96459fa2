import { parseArgs } from 'node:util';
import { richTextWords } from '../../core/model/walk';
import type { BriefingPack } from '../../core/model/pack';
import { loadPackArgument, usage, type CliContext } from '../context';
import { CLI_TEXT } from '../messages';

export function summarizePack(pack: BriefingPack) {
  const items = pack.items.map((item) => ({
    id: item.id,
    title: item.title,
    level: item.level,
    status: item.status,
    owner: item.owner,
    classification: item.classification,
    words: Object.values(item.sections).reduce((sum, section) => sum + richTextWords(section), 0),
    sourceWords: richTextWords(item.source),
  }));
  return {
    id: pack.id,
    language: pack.language,
    templateId: pack.templateId,
    classification: pack.classification,
    status: pack.status,
    version: pack.version,
    meeting: pack.meeting,
    letter: pack.letter,
    words: items.reduce((sum, item) => sum + item.words, 0),
    items,
    annexes: pack.annexes.map(({ title, fileName, mediaType, size }) => ({ title, fileName, mediaType, size })),
  };
}

export async function inspectCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { sample: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  if (positionals.length > 1) throw usage(`unexpected argument "${positionals[1]}"`);
  const { contents } = await loadPackArgument(ctx, positionals[0], values.sample);
  const summary = summarizePack(contents.pack);
  if (values.json) {
    ctx.out(JSON.stringify(summary, null, 2));
    return;
  }
  const { meeting } = summary;
  ctx.out(`${meeting.name} (${meeting.abbreviation}), ${meeting.date}, ${meeting.location}`);
  for (const item of summary.items) {
    ctx.out(`  ${item.level === 2 ? '  ' : ''}${item.title}  [${item.status}]  ${item.words} ${CLI_TEXT[ctx.language].words}`);
  }
}
