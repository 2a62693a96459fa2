import { useId } from 'react';
import { useLanguage } from '../language-context';
import { useTemplateMessages } from './messages';
import { useTemplates } from './templates-context';

/**
 * The pack's template: the built-in ones and the user's. Switching changes
 * only which template the pack names; every section's text stays in the pack,
 * so switching back shows it all again.
 */
export function TemplateSelect({ value, onChange }: { value: string; onChange(templateId: string): void }) {
  const id = useId();
  const language = useLanguage();
  const m = useTemplateMessages();
  const templates = useTemplates();
  const known = templates.some((t) => t.id === value);
  return (
    <div className="field-row">
      <label htmlFor={id}>{m.template}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="template-select">
        {/* A pack naming a template this app lacks keeps its choice visible. */}
        {!known && <option value={value}>{value}</option>}
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
