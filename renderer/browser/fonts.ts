import type { ExportAssets } from '../../core/export/assets';
import { UserError } from '../../core/i18n/errors';
import { FONT_STYLES, type FontStyle, type Template } from '../../core/template/schema';

/** URLs of the font files under assets/, keyed like templates name them ("fonts/X.ttf"). */
const FONT_URLS = import.meta.glob<string>(['../../assets/fonts/*.ttf', '../../assets/fonts/*.otf'], {
  eager: true,
  query: '?url',
  import: 'default',
});

function fontUrl(file: string): string | undefined {
  return FONT_URLS[`../../assets/${file}`];
}

const cache = new Map<string, Promise<Uint8Array>>();

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches the fonts a template names, as the exporters need them. */
export async function loadExportAssets(template: Template): Promise<ExportAssets> {
  const entries = await Promise.all(
    FONT_STYLES.map(async (style): Promise<[FontStyle, Uint8Array]> => {
      const file = template.font.files[style];
      const url = fontUrl(file);
      const fail = (detail: string) =>
        new UserError('template.invalid', { id: template.id, path: `font.files.${style}`, detail });
      if (!url) throw fail(`no font file ${file} in assets`);
      let bytes = cache.get(url);
      if (!bytes) {
        bytes = fetchBytes(url);
        cache.set(url, bytes);
        bytes.catch(() => cache.delete(url));
      }
      try {
        return [style, await bytes];
      } catch (error) {
        throw fail(`cannot load ${file} (${error instanceof Error ? error.message : 'error'})`);
      }
    }),
  );
  return { fonts: Object.fromEntries(entries) as Record<FontStyle, Uint8Array> };
}
