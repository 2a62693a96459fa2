import type { Language } from '../core/i18n/language';
import { UserError } from '../core/i18n/errors';
import type { PackContents } from '../core/pack/container';
import type { ResourceDirs } from '../host/paths';

/** What every command gets: where resources are, the reader's language, and output streams. */
export interface CliContext {
  dirs: ResourceDirs;
  userTemplatesDir: string | null;
  language: Language;
  out: (text: string) => void;
  /** A line about the input that did not stop the command (a repaired pack). */
  warn: (text: string) => void;
}

export function usage(detail: string): UserError {
  return new UserError('cli.usage', { detail });
}

/** The pack named on the command line, or the built-in sample with --sample. */
export async function loadPackArgument(ctx: CliContext, file: string | undefined, sample: boolean | undefined): Promise<{ contents: PackContents; name: string }> {
  // Imported here, not above: cli/main.ts needs this module for usage(), and --help needs no pack reader.
  if (sample) return { contents: await (await import('../host/sample')).loadSamplePack(ctx.dirs.assets), name: 'sample' };
  if (!file) throw usage('name a .briefpack file or use --sample');
  return { contents: await readPackWithWarnings(ctx, file), name: file };
}

/** Reads a pack and says, one line each, what reading had to repair or could not place. */
export async function readPackWithWarnings(ctx: CliContext, file: string): Promise<PackContents> {
  const contents = await (await import('../host/pack-files')).readPackFile(file);
  for (const warning of contents.warnings ?? []) ctx.warn(warning.describe(ctx.language));
  return contents;
}
