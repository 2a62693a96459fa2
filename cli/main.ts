/**
 * The `briefing` command: a thin adapter over core/ (files in, bytes out).
 * Exit codes: 0 success, 1 a problem with the input, 2 an internal error.
 * Bad input always ends in one line on stderr, never a stack trace.
 */
import { describeError, UserError } from '../core/i18n/errors';
import { languageFromLocale, LANGUAGES, type Language } from '../core/i18n/language';
import { projectResourceDirs, userTemplatesDir } from '../host/paths';
import { usage, type CliContext } from './context';
import { CLI_TEXT } from './messages';

type Command = (args: string[], ctx: CliContext) => Promise<void>;

/** Loaded when named, so `--help` reads no exporter and `templates` no pdf-lib, docx or pdf.js. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  export: async () => (await import('./commands/export')).exportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  inspect: async () => (await import('./commands/inspect')).inspectCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  templates: async () => (await import('./commands/templates')).templatesCommand,
  merge: async () => (await import('./commands/merge')).mergeCommand,
  distribution: async () => (await import('./commands/distribution')).distributionCommand,
};

/** Pulls --lang out of the arguments; the rest goes to the command. */
function takeLanguage(args: string[], env: NodeJS.ProcessEnv): { language: Language; rest: string[] } {
  const index = args.indexOf('--lang');
  const asked = index >= 0 ? args[index + 1] : undefined;
  const rest = index >= 0 ? args.filter((_, i) => i !== index && i !== index + 1) : args;
  if (asked && (LANGUAGES as readonly string[]).includes(asked)) return { language: asked as Language, rest };
  return { language: languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG), rest };
}

function isArgumentError(error: unknown): error is Error {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { language, rest } = takeLanguage(argv, env);
  const ctx: CliContext = {
    dirs: projectResourceDirs(),
    userTemplatesDir: userTemplatesDir(env),
    language,
    out: (text) => process.stdout.write(text + '\n'),
    // On stderr, so `inspect --json` still prints JSON only.
    warn: (text) => process.stderr.write(`briefing: ${text}\n`),
  };
  const [name, ...args] = rest;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    ctx.out(CLI_TEXT[language].help.replace('{userTemplates}', ctx.userTemplatesDir ?? ''));
    return name ? 0 : 1;
  }
  try {
    const loadCommand = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!loadCommand) throw usage(CLI_TEXT[language].unknownCommand(name));
    await (await loadCommand())(args, ctx);
    return 0;
  } catch (error) {
    const userError = isArgumentError(error) ? usage(error.message.split('\n')[0]!) : error;
    process.stderr.write(`briefing: ${describeError(userError, language)}\n`);
    if (!(userError instanceof UserError) && env.BRIEFING_DEBUG) process.stderr.write(String((error as Error).stack) + '\n');
    return userError instanceof UserError ? 1 : 2;
  }
}
