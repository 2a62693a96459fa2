/**
 * `briefing merge PACK OTHER... -o OUT`: merges copies of one pack that were
 * edited apart (core/collab/merge-packs.ts) and says, per agenda item, what
 * the merged pack has that PACK did not.
 */
import { parseArgs } from 'node:util';
import { mergePackCopies } from '../../core/collab/merge-packs';
import type { Language } from '../../core/i18n/language';
import { encodePack } from '../../core/pack/container';
import { comparePacks, type PackComparison } from '../../core/model/versions';
import { writeFileAtomic } from '../../host/atomic-write';
import { readPackWithWarnings, usage, type CliContext } from '../context';

const MERGE_TEXT = {
  en: {
    added: (title: string) => `  + ${title} (added)`,
    removed: (title: string) => `  - ${title} (removed)`,
    renamed: (from: string) => `renamed from "${from}"`,
    status: 'status',
    changed: (title: string, what: string) => `  ~ ${title}: ${what}`,
    section: (key: string, added: number, removed: number) => `${key} +${added}/-${removed} words`,
    nothing: (file: string) => `  nothing changed compared with ${file}`,
    heading: (file: string) => `Compared with ${file}:`,
    authors: (names: string) => `Written by: ${names}`,
    written: (file: string, count: number) => `Merged ${count} copies into ${file}.`,
  },
  nl: {
    added: (title: string) => `  + ${title} (toegevoegd)`,
    removed: (title: string) => `  - ${title} (verwijderd)`,
    renamed: (from: string) => `hernoemd van "${from}"`,
    status: 'status',
    changed: (title: string, what: string) => `  ~ ${title}: ${what}`,
    section: (key: string, added: number, removed: number) => `${key} +${added}/-${removed} woorden`,
    nothing: (file: string) => `  niets gewijzigd ten opzichte van ${file}`,
    heading: (file: string) => `Ten opzichte van ${file}:`,
    authors: (names: string) => `Geschreven door: ${names}`,
    written: (file: string, count: number) => `${count} kopieën samengevoegd in ${file}.`,
  },
} as const satisfies Record<Language, unknown>;

export function describeChanges(comparison: PackComparison, base: string, language: Language): string[] {
  const text = MERGE_TEXT[language];
  const lines = [text.heading(base)];
  for (const item of comparison.added) lines.push(text.added(item.title));
  for (const item of comparison.removed) lines.push(text.removed(item.title));
  for (const item of comparison.changed) {
    const what = [
      ...(item.previousTitle !== null ? [text.renamed(item.previousTitle)] : []),
      ...(item.statusChanged ? [text.status] : []),
      ...item.sections.map((section) => text.section(section.key, section.diff.added, section.diff.removed)),
    ];
    // Only fields the comparison does not name (owner, comments, the letter's text) changed.
    lines.push(text.changed(item.title, what.join(', ') || '…'));
  }
  if (comparison.identical) lines.push(text.nothing(base));
  return lines;
}

export async function mergeCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  if (positionals.length < 2) throw usage('name the pack and at least one copy to merge into it');
  if (!values.output) throw usage('name the merged pack with -o <file>');
  const copies = [];
  for (const file of positionals) copies.push({ file, contents: await readPackWithWarnings(ctx, file) });
  const merged = mergePackCopies(copies);
  await writeFileAtomic(values.output, encodePack(merged.contents, { stateIsCurrent: true }));
  const text = MERGE_TEXT[ctx.language];
  for (const line of describeChanges(comparePacks(copies[0]!.contents.pack, merged.contents.pack), positionals[0]!, ctx.language)) ctx.out(line);
  if (merged.authors.length > 0) ctx.out(text.authors(merged.authors.join(', ')));
  ctx.out(text.written(values.output, copies.length));
}
