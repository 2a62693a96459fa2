/**
 * Numbered copies on the command line: `--recipient NAME -o FILE` makes one
 * recipient's copy, `--distribution DIR` one file per recipient on the list,
 * named by copy number and name. Every copy made from a pack file is recorded
 * in that file (copy number, recipient, version, date): a copy handed out
 * without a record is what the record is there to prevent. With --sample
 * there is no file, so nothing is recorded.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFormat } from '../../core/export/assets';
import { UserError } from '../../core/i18n/errors';
import type { Language } from '../../core/i18n/language';
import { distributionOf, recipientCopy, recordHandedOut, type CopyMark, type RecipientCopy } from '../../core/model/recipient-copy';
import type { PackContents } from '../../core/pack/container';
import { describeFileError, writeFileAtomic } from '../../host/atomic-write';
import { usage, type CliContext } from '../context';

export interface CopiesRequest {
  recipient?: string;
  /** The folder for one file per recipient. */
  dir?: string;
  /** --with-comments or --without-comments for every copy; absent: as the list says. */
  withComments?: boolean;
}

const COPIES_TEXT = {
  en: {
    written: (file: string, mark: CopyMark, format: string, bytes: number) => `${file} (${format}, ${bytes} bytes): copy ${mark.number} of ${mark.of}, ${mark.recipient}`,
    oneOff: (name: string) => `"${name}" is not on the distribution list: a one-off copy, numbered after the list.`,
    recorded: (file: string, count: number) => `Recorded ${count} handed-out ${count === 1 ? 'copy' : 'copies'} in ${file}.`,
    notRecorded: 'Not recorded: --sample has no pack file to record the copy in.',
  },
  nl: {
    written: (file: string, mark: CopyMark, format: string, bytes: number) => `${file} (${format}, ${bytes} bytes): exemplaar ${mark.number} van ${mark.of}, ${mark.recipient}`,
    oneOff: (name: string) => `"${name}" staat niet op de verzendlijst: een los exemplaar, genummerd na de lijst.`,
    recorded: (file: string, count: number) => `${count} uitgereikt${count === 1 ? ' exemplaar' : 'e exemplaren'} vastgelegd in ${file}.`,
    notRecorded: 'Niet vastgelegd: bij --sample is er geen pakketbestand om het exemplaar in vast te leggen.',
  },
} as const satisfies Record<Language, unknown>;

/** --with-comments or --without-comments, for a plain export and for copies alike; undefined when neither is given. */
export function commentsRequested(values: { 'with-comments'?: boolean; 'without-comments'?: boolean }): boolean | undefined {
  if (values['with-comments'] && values['without-comments']) throw usage('give --with-comments or --without-comments, not both');
  if (values['with-comments']) return true;
  return values['without-comments'] ? false : undefined;
}

/** The copies asked for, or null for an ordinary export. */
export function copiesRequested(values: { recipient?: string; distribution?: string; output?: string }, withComments: boolean | undefined): CopiesRequest | null {
  const { recipient, distribution, output } = values;
  if (recipient === undefined && distribution === undefined) return null;
  if (recipient !== undefined && distribution !== undefined) throw usage('give --recipient or --distribution, not both');
  if (recipient !== undefined && !recipient.trim()) throw usage('--recipient needs a name');
  if (distribution !== undefined && output !== undefined) throw usage('--distribution names a folder; -o goes with --recipient');
  if (distribution !== undefined && !distribution.trim()) throw usage('--distribution needs a folder');
  return { ...(recipient !== undefined && { recipient }), ...(distribution !== undefined && { dir: distribution }), withComments };
}

/** "03-Jan-de-Vries.pdf": sorted by copy number, and a name any file system takes. */
export function copyFileName(mark: CopyMark, width: number, format: ExportFormat): string {
  const name = mark.recipient.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'copy';
  return `${String(mark.number).padStart(width, '0')}-${name}.${format}`;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Which of the copies being made this is, for the progress line: the 3rd (number) of 12 (of). */
export interface CopyPosition {
  number: number;
  of: number;
}

type Render = (contents: PackContents, copy: CopyMark, position: CopyPosition) => Promise<Uint8Array>;

interface CopiesJob extends CopiesRequest {
  /** The pack file the copies are recorded in; null for --sample. */
  packFile: string | null;
  contents: PackContents;
  format: ExportFormat;
  output: string | undefined;
}

export async function exportCopies(job: CopiesJob, render: Render, ctx: CliContext): Promise<void> {
  const text = COPIES_TEXT[ctx.language];
  const { pack } = job.contents;
  const made: RecipientCopy[] = [];
  const write = async (copy: RecipientCopy, file: string, position: CopyPosition = { number: 1, of: 1 }) => {
    const bytes = await render({ ...job.contents, pack: copy.pack }, copy.mark, position);
    await writeFileAtomic(file, bytes);
    made.push(copy);
    ctx.out(text.written(file, copy.mark, job.format, bytes.length));
  };
  if (job.recipient !== undefined) {
    const copy = recipientCopy(pack, { recipient: job.recipient, withComments: job.withComments });
    if (copy.oneOff) ctx.warn(text.oneOff(copy.mark.recipient));
    await write(copy, job.output!);
  } else {
    const { recipients } = distributionOf(pack);
    if (recipients.length === 0) throw new UserError('distribution.empty', { file: job.packFile ?? 'sample' });
    const dir = job.dir!;
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw new UserError('file.unwritable', { file: dir, detail: describeFileError(error, 'write') });
    });
    const width = Math.max(2, String(Math.max(...recipients.map((r) => r.copyNumber))).length);
    for (const [index, recipient] of recipients.entries()) {
      const copy = recipientCopy(pack, { recipient: recipient.name, withComments: job.withComments });
      await write(copy, join(dir, copyFileName(copy.mark, width, job.format)), { number: index + 1, of: recipients.length });
    }
  }
  await recordCopies(job, made, ctx);
}

/** Adds the copies made to the pack file's record; the pack's content is otherwise as read. */
async function recordCopies(job: CopiesJob, made: readonly RecipientCopy[], ctx: CliContext): Promise<void> {
  const text = COPIES_TEXT[ctx.language];
  if (!job.packFile) {
    ctx.warn(text.notRecorded);
    return;
  }
  const date = today();
  const pack = made.reduce((next, copy) => recordHandedOut(next, copy, { id: randomUUID(), date, format: job.format }), job.contents.pack);
  const { writePackFile } = await import('../../host/pack-files');
  await writePackFile(job.packFile, { ...job.contents, pack });
  ctx.out(text.recorded(job.packFile, made.length));
}
