import { parseArgs } from 'node:util';
import { printable } from '../../core/i18n/printable';
import { loadTemplates } from '../../host/templates';
import type { CliContext } from '../context';
import { CLI_TEXT } from '../messages';

export async function templatesCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const catalog = await loadTemplates(ctx.dirs.templates, ctx.userTemplatesDir, ctx.language);
  const text = CLI_TEXT[ctx.language];
  if (values.json) {
    const templates = catalog.templates.map((t) => ({ id: t.id, name: t.name[ctx.language], language: t.language, source: t.source }));
    ctx.out(JSON.stringify({ templates, problems: catalog.problems }, null, 2));
    return;
  }
  // Names come from the templates' folders: escaped and cut, as in every message.
  for (const t of catalog.templates) {
    ctx.out(`${t.id.padEnd(28)} ${printable(t.name[ctx.language])}  (${t.language}, ${t.source === 'user' ? text.user : text.builtIn})`);
  }
  for (const problem of catalog.problems) ctx.out(`${printable(problem.id).padEnd(28)} ${text.failed}: ${problem.reason}`);
}
