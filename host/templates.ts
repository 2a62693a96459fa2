import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describeError, UserError } from '../core/i18n/errors';
import type { Language } from '../core/i18n/language';
import { parseTemplate } from '../core/template/load';
import type { Template } from '../core/template/schema';
import { FileRefused, readBoundedFile } from './bounded-file';

/** A template.json is a few kilobytes; anything near this is not one. */
export const MAX_TEMPLATE_JSON_BYTES = 1024 * 1024;

export interface TemplateProblem {
  id: string;
  folder: string;
  reason: string;
}

export interface TemplateCatalog {
  templates: (Template & { source: 'built-in' | 'user' })[];
  problems: TemplateProblem[];
}

async function readTemplateFolder(folder: string): Promise<Template> {
  const id = path.basename(folder);
  let raw: unknown;
  try {
    // Only the folder's own file: a template.json linked to a file elsewhere is not read, so never echoed.
    const bytes = await readBoundedFile(path.join(folder, 'template.json'), [folder], MAX_TEMPLATE_JSON_BYTES);
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const detail = error instanceof FileRefused ? `cannot be read: ${error.detail}` : error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError('template.invalid', { id, path: 'template.json', detail: detail ?? '' });
  }
  return parseTemplate(raw, id);
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
  } catch {
    return []; // a missing user-template folder simply has no templates
  }
}

/**
 * Reads built-in templates, then user templates. A broken template is reported
 * by name and reason and skipped; it never stops the others from loading.
 */
export async function loadTemplates(builtinDir: string, userDir: string | null, language: Language): Promise<TemplateCatalog> {
  const catalog: TemplateCatalog = { templates: [], problems: [] };
  const sources: [string | null, 'built-in' | 'user'][] = [[builtinDir, 'built-in'], [userDir, 'user']];
  for (const [dir, source] of sources) {
    if (!dir) continue;
    for (const folder of await subfolders(dir)) {
      try {
        const template = await readTemplateFolder(folder);
        if (catalog.templates.some((t) => t.id === template.id)) continue; // built-ins win over a user copy
        catalog.templates.push({ ...template, source });
      } catch (error) {
        catalog.problems.push({ id: path.basename(folder), folder, reason: describeError(error, language) });
      }
    }
  }
  return catalog;
}
