import type { Dispatch } from 'react';
import type { Language } from '../../core/i18n/language';
import type { AgendaItem, ItemStatus } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import type { Template } from '../../core/template/schema';
import type { ItemNoteOffsets } from '../../core/export/footnote-numbers';
import type { MarkingSystem } from '../../core/model/markings';
import { useLanguage, useMessages } from '../language-context';
import { resolveSections } from '../../core/template/resolve-sections';
import { useTemplateMessages } from '../templates/messages';
import { useTemplates } from '../templates/templates-context';
import type { DocumentAction } from '../state/document';
import { ItemHeader } from './items/ItemHeader';
import { SectionEditor } from './SectionEditor';
import { SourceText } from './SourceText';
import { NoteOffsetContext } from './note-offset-context';
import { StatusSelect } from './items/StatusSelect';
import { LastChangeLine } from './items/LastChangeLine';

interface ItemViewProps {
  documentId: string;
  item: AgendaItem;
  index: number;
  template: Template;
  documentLanguage: Language;
  onEdit(itemId: string, key: string, value: RichText): void;
  onStatus(itemId: string, status: ItemStatus): void;
  /** Workflow (owner, classification, comments): given, the item header and the source's comments are editable. */
  workflow?: { dispatch: Dispatch<DocumentAction>; number: number; owners: readonly string[] };
  /** The footnotes the exports print before each part of this item (footnoteOffsetsByItem), so the editor shows the printed numbers. */
  notesBefore?: ItemNoteOffsets;
  /** The pack's marking system (the item's marking and classification choice are named in it). */
  markingSystem?: MarkingSystem | undefined;
  /** Who changed the item last and when, as the pack's saved history records it. */
  lastChange?: { author: string; at: string } | undefined;
}

export function ItemView({ documentId, item, index, template, documentLanguage, onEdit, onStatus, workflow, notesBefore, markingSystem, lastChange }: ItemViewProps) {
  const t = useMessages();
  const language = useLanguage();
  const headingId = `item-heading-${item.id}`;
  const templates = useTemplates();
  const tm = useTemplateMessages();
  // The template's sections, holding text another template wrote where they correspond, then what it has no place for.
  const sections = resolveSections(item.sections, template, templates);
  return (
    <article className="item" aria-labelledby={headingId}>
      {workflow ? (
        <ItemHeader item={item} number={workflow.number} documentLanguage={documentLanguage} marking={{ system: markingSystem, language: template.language }} owners={workflow.owners} dispatch={workflow.dispatch} />
      ) : (
      <header className="item-header">
        <p className="eyebrow">{t.agendaItem(index + 1)}</p>
        <h2 id={headingId} lang={documentLanguage}>
          {item.title}
        </h2>
        <StatusSelect status={item.status} onChange={(status) => onStatus(item.id, status)} />
      </header>
      )}
      {lastChange && <LastChangeLine change={lastChange} />}
      <NoteOffsetContext.Provider value={notesBefore?.source ?? 0}>
        <SourceText
          value={item.source}
          language={documentLanguage}
          commenting={workflow ? { item, exportMode: template.sourceComments, dispatch: workflow.dispatch } : undefined}
        />
      </NoteOffsetContext.Provider>
      <section className="annotation" aria-label={t.annotation}>
        {sections.map((section) => (
          <div key={`${documentId}:${item.id}:${section.key}`} className={section.placed ? 'section-slot' : 'section-slot unplaced'}>
            <SectionEditor
              itemId={item.id}
              sectionKey={section.key}
              label={section.label}
              initialValue={item.sections[section.key]}
              language={documentLanguage}
              footnoteOffset={notesBefore?.sections[section.key] ?? 0}
              onEdit={onEdit}
            />
            {!section.placed && <p className="section-note warning">{tm.unplaced(template.name[language])}</p>}
          </div>
        ))}
      </section>
    </article>
  );
}
