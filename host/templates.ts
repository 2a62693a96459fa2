import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, UserError } from '../core/i18n/errors';
import type { Language } from '../core/i18n/language';
import { parseTemplate } from '../core/template/load';
import type { Template } from '../core/template/schema';

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
    raw = JSON.parse(await readFile(path.join(folder, 'template.json'), 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
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
