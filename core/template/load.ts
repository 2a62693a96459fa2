import { UserError } from '../i18n/errors';
import { firstIssue } from '../model/validate';
import { templateSchema, type Template } from './schema';

export function parseTemplate(raw: unknown, id: string): Template {
  const result = templateSchema.safeParse(raw);
  if (!result.success) throw new UserError('template.invalid', { id, ...firstIssue(result.error) });
  if (result.data.id !== id) {
    throw new UserError('template.invalid', { id, path: 'id', detail: `must match its folder name "${id}"` });
  }
  return result.data;
}

/** Fills {classification}, {page}, {pages}, {meeting}, {date}, {version}; unknown tokens stay visible. */
export function fillTokens(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z]+)\}/g, (token, name: string) => values[name] ?? token);
}

export function findTemplate(templates: readonly Template[], id: string): Template {
  const template = templates.find((t) => t.id === id);
  if (!template) {
    throw new UserError('template.unknown', { id, available: templates.map((t) => t.id).join(', ') || '(none)' });
  }
  return template;
}
