import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/assets';
import type { UserError } from '../../core/i18n/errors';
import type { CopyMark } from '../../core/model/recipient-copy';
import type { PackContents } from '../../core/pack/container';
import { findTemplate } from '../../core/template/load';
import { writeFileAtomic } from '../../host/atomic-write';
import { loadExportAssets } from '../../host/assets';
import { loadTemplates } from '../../host/templates';
import { loadPackArgument, usage, type CliContext } from '../context';
import { CLI_TEXT } from '../messages';
import { commentsRequested, copiesRequested, exportCopies, type CopyPosition } from './export-copies';
import { prepareExport } from '../../core/model/export-choice';
import type { PublicationOptions } from '../../core/model/publication';
import { progressDelay, startProgress, type Progress } from '../progress';
import type { ProgressListener } from '../../core/export/progress';

/** The export, with a progress line on stderr while it runs, if stderr is a terminal. */
export async function exportCommand(args: string[], ctx: CliContext): Promise<void> {
  const progress = startProgress(process.stderr, CLI_TEXT[ctx.language].exporting, progressDelay(process.env));
  // A line of output takes the progress line's place; the next update draws it again below.
  const printing = (print: (text: string) => void) => (text: string) => {
    progress.clear();
    print(text);
  };
  try {
    await runExport(args, { ...ctx, out: printing(ctx.out), warn: printing(ctx.warn) }, progress);
  } finally {
    progress.done();
  }
}

async function runExport(args: string[], ctx: CliContext, progress: Progress): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sample: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      template: { type: 'string', short: 't' },
      output: { type: 'string', short: 'o' },
      'skip-bad-annexes': { type: 'boolean' },
      recipient: { type: 'string' },
      distribution: { type: 'string' },
      'with-comments': { type: 'boolean' },
      'without-comments': { type: 'boolean' },
      publication: { type: 'boolean' },
      date: { type: 'string' },
      'with-owners': { type: 'boolean' },
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const withComments = commentsRequested(values);
  const copies = copiesRequested(values, withComments);
  const publication = publicationRequested(values, copies !== null, withComments);
  if (!values.output && !copies?.dir) throw usage('-o <file> is required');
  if (positionals.length > 1) throw usage(`unexpected argument "${positionals[1]}"`);
  const { contents } = await loadPackArgument(ctx, positionals[0], values.sample);
  const catalog = await loadTemplates(ctx.dirs.templates, ctx.userTemplatesDir, ctx.language);
  const template = findTemplate(catalog.templates, values.template ?? contents.pack.templateId);
  const assets = await loadExportAssets(template, ctx.dirs.assets);
  // Sections the template has no place for, one line each on stderr; the export goes on.
  const options = { templates: catalog.templates, onWarning: (warning: UserError) => ctx.warn(warning.describe(ctx.language)) };
  // A numbered copy is the recipient's pack with its mark on every page (see export-copies.ts).
  const render = async (packContents: PackContents, copy?: CopyMark, position?: CopyPosition): Promise<Uint8Array> => {
    const copyOptions = { ...options, ...(copy && { copy }), onProgress: progressOf(progress, position) };
    if (format === 'pdf') {
      // The PDF exporter can leave out damaged or encrypted annex PDFs instead of failing, and says so.
      // Each exporter is loaded when asked for: a PDF needs no docx library, a DOCX no pdf-lib.
      const { exportPdfWithReport, layoutWarningMessage } = await import('../../core/export/pdf/index');
      const report = await exportPdfWithReport(packContents, template, assets, { ...copyOptions, skipBadAnnexes: values['skip-bad-annexes'] });
      for (const skipped of report.skipped) ctx.out(skipped.error.describe(ctx.language));
      for (const warning of report.warnings) ctx.out(layoutWarningMessage(warning).describe(ctx.language));
      return report.bytes;
    }
    return (await import('../../core/export/docx/index')).exportDocx(packContents, template, assets, copyOptions);
  };
  if (copies) return exportCopies({ ...copies, packFile: values.sample ? null : positionals[0]!, contents, format, output: values.output }, render, ctx);
  // A plain export has the comments as the template places them, unless --without-comments.
  const bytes = await render({ ...contents, pack: prepareExport(contents.pack, { withComments, ...(publication && { publication }) }).pack });
  await writeFileAtomic(values.output!, bytes);
  ctx.out(`${values.output} (${format}, ${bytes.length} bytes)`);
}

/** The exporter's reports as the progress line: pages or items, or for several copies the copies. */
function progressOf(progress: Progress, position: CopyPosition | undefined): ProgressListener {
  return (done, total, { stage, fraction }) => {
    if (position && position.of > 1) {
      progress.update({ fraction: (position.number - 1 + fraction) / position.of, part: { kind: 'copies', done: position.number, total: position.of } });
    } else if (stage === 'done') progress.update({ fraction });
    else progress.update({ fraction, part: { kind: stage, done, total } });
  };
}

/**
 * --publication [--date YYYY-MM-DD] [--with-comments] [--with-owners]: the Woo version, without a recipient;
 * comments and owners' names only when asked for.
 */
function publicationRequested(values: { publication?: boolean; date?: string; 'with-owners'?: boolean }, copies: boolean, withComments: boolean | undefined): PublicationOptions | null {
  if (!values.publication) {
    if (values.date !== undefined) throw usage('--date goes with --publication');
    if (values['with-owners']) throw usage('--with-owners goes with --publication');
    return null;
  }
  if (copies) throw usage('--publication goes without --recipient and --distribution');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw usage('--date must be a day as YYYY-MM-DD');
  return { date, withComments: withComments === true, withOwners: values['with-owners'] === true };
}
