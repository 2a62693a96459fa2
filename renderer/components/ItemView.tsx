import type { Language } from '../../core/i18n/language';
import type { AgendaItem, ItemStatus } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import type { Template } from '../../core/template/schema';
import { useMessages } from '../language-context';
import { SectionEditor } from './SectionEditor';
import { SourceText } from './SourceText';
import { StatusSelect } from './StatusSelect';

interface ItemViewProps {
  documentId: string;
  item: AgendaItem;
  index: number;
  template: Template;
  documentLanguage: Language;
  onEdit(itemId: string, key: string, value: RichText): void;
  onStatus(itemId: string, status: ItemStatus): void;
}

export function ItemView({ documentId, item, index, template, documentLanguage, onEdit, onStatus }: ItemViewProps) {
  const t = useMessages();
  const headingId = `item-heading-${item.id}`;
  return (
    <article className="item" aria-labelledby={headingId}>
      <header className="item-header">
        <p className="eyebrow">{t.agendaItem(index + 1)}</p>
        <h2 id={headingId} lang={documentLanguage}>
          {item.title}
        </h2>
        <StatusSelect status={item.status} onChange={(status) => onStatus(item.id, status)} />
      </header>
      <SourceText value={item.source} language={documentLanguage} />
      <section className="annotation" aria-label={t.annotation}>
        {template.sections.map((section) => (
          <SectionEditor
            key={`${documentId}:${item.id}:${section.key}`}
            itemId={item.id}
            sectionKey={section.key}
            label={section.label}
            initialValue={item.sections[section.key]}
            language={documentLanguage}
            onEdit={onEdit}
          />
        ))}
      </section>
    </article>
  );
}
