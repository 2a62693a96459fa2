import { parseArgs } from 'node:util';
import { readPackWithWarnings, usage, type CliContext } from '../context';
import { CLI_TEXT } from '../messages';

export async function validateCommand(args: string[], ctx: CliContext): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file, extra] = positionals;
  if (!file) throw usage('name the .briefpack file to validate');
  if (extra) throw usage(`unexpected argument "${extra}"`);
  const { pack } = await readPackWithWarnings(ctx, file);
  ctx.out(CLI_TEXT[ctx.language].valid(file, pack.items.length));
}
