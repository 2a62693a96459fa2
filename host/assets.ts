import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ExportAssets } from '../core/export/assets';
import { UserError } from '../core/i18n/errors';
import { FONT_STYLES, type FontStyle, type Template } from '../core/template/schema';
import { FileRefused, readBoundedFile } from './bounded-file';

/** The largest font file read; the Liberation fonts are under 1 MB, a CJK font some 20 MB. */
export const MAX_FONT_BYTES = 50 * 1024 * 1024;

/**
 * Node's zlib: native code, about four times faster than a JavaScript deflate
 * on page contents. Level 5, not zlib's default 6: on a 200-item pack's 3 MB
 * of page contents and object streams it takes ~20% less time for 1.2% more
 * bytes (levels below 5 cost 5% and more).
 */
const DEFLATE_LEVEL = 5;
const nativeDeflate = (data: Uint8Array): Uint8Array => deflateSync(data, { level: DEFLATE_LEVEL });

/** The first four bytes of a TrueType (1.0 or Apple's 'true') or an OpenType (CFF) font. */
const FONT_SIGNATURES = ['00010000', '74727565', '4f54544f'];

function isFontFile(bytes: Uint8Array): boolean {
  return FONT_SIGNATURES.includes(Buffer.from(bytes.subarray(0, 4)).toString('hex'));
}

/**
 * Loads the font files a template names from the assets folder: regular files
 * of at most MAX_FONT_BYTES whose real path (links followed) lies inside it.
 */
export async function loadExportAssets(template: Template, assetsDir: string): Promise<ExportAssets> {
  const entries = await Promise.all(
    FONT_STYLES.map(async (style): Promise<[FontStyle, Uint8Array]> => {
      const name = template.font.files[style];
      try {
        const bytes = await readBoundedFile(path.join(assetsDir, name), [assetsDir], MAX_FONT_BYTES);
        // Anything else named .ttf would fail the PDF deep in the font parser, not in one line.
        if (!isFontFile(bytes)) throw new FileRefused('it is not a TrueType or OpenType font');
        return [style, bytes];
      } catch (error) {
        const detail = error instanceof FileRefused ? error.detail : String(error);
        throw new UserError('template.invalid', { id: template.id, path: `font.files.${style}`, detail: `cannot read ${name}: ${detail}` });
      }
    }),
  );
  return { fonts: Object.fromEntries(entries) as Record<FontStyle, Uint8Array>, deflate: nativeDeflate };
}
