/**
 * Before an export: every picture has its alternative text (a screen reader
 * has nothing else) and its image. The first that lacks either stops the
 * export with one line naming its item and section, in both formats.
 */
import { UserError } from '../i18n/errors';
import { packFigures } from '../model/figures';
import type { PackContents } from '../pack/container';
import type { Template } from '../template/schema';

export function checkFiguresReady(contents: PackContents, template?: Template): void {
  const { pack, mediaFiles } = contents;
  const listed = new Set((pack.media ?? []).map((meta) => meta.id));
  for (const { figure, item, section } of packFigures(pack)) {
    const place = { item, section: template?.sections.find((s) => s.key === section)?.label ?? section };
    if (!figure.alt.trim()) throw new UserError('export.figure-no-alt', place);
    if (!listed.has(figure.media) || !mediaFiles?.has(figure.media)) throw new UserError('export.bad-media', place);
  }
}

/** The pictures' bytes with their formats, by media id, for the PDF renderer. */
export function figureImages(contents: PackContents): Map<string, { bytes: Uint8Array; mediaType: string }> {
  const images = new Map<string, { bytes: Uint8Array; mediaType: string }>();
  for (const meta of contents.pack.media ?? []) {
    const bytes = contents.mediaFiles?.get(meta.id);
    if (bytes) images.set(meta.id, { bytes, mediaType: meta.mediaType });
  }
  return images;
}
