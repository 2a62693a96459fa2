import { useCallback, useEffect, useReducer, useState } from 'react';
import type { BriefingApi } from '../../core/contract';
import { formatLongDate, type Language } from '../../core/i18n/language';
import type { ItemStatus, Meeting } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import type { Template } from '../../core/template/schema';
import { browserLanguage, messages } from '../i18n';
import { LanguageContext } from '../language-context';
import { documentReducer, isDirty } from '../state/document';
import { useFileCommands, type Outcome } from '../state/use-file-commands';
import { useShortcuts } from '../state/use-shortcuts';
import { AgendaList } from './AgendaList';
import { ItemView } from './ItemView';
import { Notice } from './Notice';
import { Toolbar } from './Toolbar';

function meetingDetails(meeting: Meeting, fileName: string | null, language: Language): string {
  const date = meeting.date ? formatLongDate(meeting.date, language) : '';
  return [meeting.abbreviation, date, meeting.location, fileName].filter(Boolean).join(' · ');
}

export function App({ api }: { api: BriefingApi }) {
  const [language, setLanguage] = useState<Language>(browserLanguage);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [state, dispatch] = useReducer(documentReducer, null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const commands = useFileCommands(api, state, dispatch, setOutcome);

  useEffect(() => {
    let cancelled = false;
    api.startup().then(
      (result) => {
        if (cancelled) return;
        if (!result.ok) return setOutcome({ kind: 'error', error: result.error });
        setLanguage(result.value.language);
        setTemplates(result.value.templates);
        dispatch({ type: 'opened', document: result.value.document });
      },
      (error: unknown) => !cancelled && setOutcome({ kind: 'error', error: { code: 'internal', params: { detail: String(error) } } }),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const dirty = state ? isDirty(state) : false;
  const meetingName = state?.pack.meeting.name ?? '';
  useEffect(() => {
    document.title = [dirty ? '● ' : '', meetingName || messages(language).appName].join('');
    document.documentElement.lang = language;
  }, [dirty, meetingName, language]);

  useShortcuts(commands);

  const onEdit = useCallback(
    (itemId: string, key: string, value: RichText) => dispatch({ type: 'edit-section', itemId, key, value }),
    [],
  );
  const onStatus = useCallback((itemId: string, status: ItemStatus) => dispatch({ type: 'set-status', itemId, status }), []);
  const onSelect = useCallback((itemId: string) => dispatch({ type: 'select', itemId }), []);

  const template = templates.find((t) => t.id === state?.pack.templateId) ?? templates[0];
  const item = state?.pack.items.find((i) => i.id === state.selectedItemId);

  return (
    <LanguageContext.Provider value={language}>
      <div className="app">
        <Toolbar
          title={meetingName}
          details={state ? meetingDetails(state.pack.meeting, state.fileName, language) : ''}
          dirty={dirty}
          busy={commands.busy}
          hasDocument={state !== null}
          onOpen={commands.open}
          onSave={() => commands.save(false)}
          onSaveAs={() => commands.save(true)}
          onExport={commands.exportAs}
          onLanguage={setLanguage}
        />
        <Notice outcome={outcome} onDismiss={() => setOutcome(null)} />
        {state ? (
          <div className="workspace">
            <AgendaList items={state.pack.items} selectedId={state.selectedItemId} onSelect={onSelect} />
            <main className="content" aria-busy={commands.busy !== null}>
              {item && template ? (
                <ItemView
                  key={`${state.documentId}:${item.id}`}
                  documentId={state.documentId}
                  item={item}
                  index={state.pack.items.indexOf(item)}
                  template={template}
                  documentLanguage={state.pack.language}
                  onEdit={onEdit}
                  onStatus={onStatus}
                />
              ) : (
                <p className="empty">{messages(language).noItems}</p>
              )}
            </main>
          </div>
        ) : (
          outcome?.kind !== 'error' && <p className="loading">{messages(language).loading}</p>
        )}
      </div>
    </LanguageContext.Provider>
  );
}
