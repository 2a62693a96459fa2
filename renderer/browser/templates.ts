import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';

const RAW = import.meta.glob<unknown>('../../templates/*/template.json', { eager: true, import: 'default' });

/** The built-in templates, validated like main validates them; the folder name is the id. */
export function builtInTemplates(): Template[] {
  return Object.entries(RAW)
    .map(([file, raw]) => parseTemplate(raw, file.split('/').at(-2) ?? ''))
    .sort((a, b) => a.id.localeCompare(b.id));
}
