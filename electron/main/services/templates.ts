/** Built-in and user templates, read fresh on each request so edits to user templates show up. */
import type { Language } from '../../../core/i18n/language';
import { UserError } from '../../../core/i18n/errors';
import type { Template } from '../../../core/template/schema';
import { loadTemplates } from '../../../host/templates';

export interface TemplatesService {
  list(): Promise<Template[]>;
  get(id: string): Promise<Template>;
  dispose(): void;
}

export interface TemplatesDeps {
  builtinDir: string;
  userDir: string;
  language: Language;
  log?: (message: string) => void;
}

export function createTemplatesService(deps: TemplatesDeps): TemplatesService {
  const log = deps.log ?? console.warn;
  const reported = new Set<string>();

  async function list(): Promise<Template[]> {
    const catalog = await loadTemplates(deps.builtinDir, deps.userDir, deps.language);
    for (const problem of catalog.problems) {
      if (reported.has(problem.reason)) continue;
      reported.add(problem.reason);
      log(`Template skipped: ${problem.reason}`);
    }
    return catalog.templates;
  }

  return {
    list,
    async get(id) {
      const templates = await list();
      const found = templates.find((t) => t.id === id);
      if (!found) throw new UserError('template.unknown', { id, available: templates.map((t) => t.id).join(', ') || '-' });
      return found;
    },
    dispose() {
      reported.clear();
    },
  };
}
