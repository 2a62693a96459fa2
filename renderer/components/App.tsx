import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { BriefingApi } from '../../core/contract';
import { formatMeetingDates, type Language } from '../../core/i18n/language';
import type { ItemStatus, Meeting } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import type { Template } from '../../core/template/schema';
import { browserLanguage, messages } from '../i18n';
import { LanguageContext } from '../language-context';
import { TemplatesContext } from '../templates/templates-context';
import { documentReducer, isDirty } from '../state/document';
import { useFileCommands, type FileCommands, type Outcome } from '../state/use-file-commands';
import { useReplaceGuard } from '../state/use-replace-guard';
import { useShortcuts } from '../state/use-shortcuts';
import { useRegionCycle } from '../hooks/use-region-cycle';
import { useBackup } from '../state/use-backup';
import type { RecentFiles } from '../recent/recent-files';
import { RecentDialog } from '../recent/RecentDialog';
import { useRecent } from '../recent/use-recent';
import { chosenLanguage, rememberLanguage } from '../state/language-preference';
import { useMenuCommands } from '../state/use-menu-commands';
import { RecoveryPrompt } from '../recovery/RecoveryPrompt';
import { VersionsPanel } from '../versions/VersionsPanel';
import { editorGeneration, withVersions } from '../versions/with-versions';
import { withHistorySteps } from '../history/history-steps';
import { DocumentHistoryContext, useDocumentHistoryOwner } from '../history/use-document-history';
import { useEditorRegistry } from '../find/registry';
import { MergeReport } from '../merge/MergeReport';
import { LiveBar } from '../live/LiveBar';
import { LiveDialog } from '../live/LiveDialog';
import { storedLiveServer, storeLiveServer } from '../live/live-settings';
import { useLiveSession } from '../live/use-live-session';
import { stampEdit, withLiveUpdates } from '../live/with-live-updates';
import { useAuthorName } from './comments/author-name';
import { useMergeContributions } from '../merge/use-merge-contributions';
import { useSendForContribution } from '../contribution/use-send-for-contribution';
import { SendDialog } from '../contribution/SendDialog';
import { ContributionNotice } from '../contribution/ContributionNotice';
import { DistributionDialog } from '../distribution/DistributionDialog';
import { useDistributionList } from '../distribution/use-distribution-list';
import { ImportReview } from '../import/ImportReview';
import { ExportDialog } from '../export/ExportDialog';
import { exportChoiceOf } from '../export/dialog-choice';
import { useExportDialog } from '../export/use-export-dialog';
import { useAgendaImport } from '../import/use-agenda-import';
import { ItemView } from './ItemView';
import { ItemList } from './items/ItemList';
import { Overview } from './overview/Overview';
import { AnnexPrompt } from './AnnexPrompt';
import { ReplacePrompt } from './ReplacePrompt';
import { Notice } from './Notice';
import { ExportProgressBar } from '../export/ExportProgressBar';
import { createMediaAccess, MediaContext, NO_MEDIA } from '../media/media-access';
import { Toolbar } from './Toolbar';
import { WordCount } from './editor/WordCount';
import { FindPanel } from '../find/FindPanel';
import { footnoteOffsetsByItem } from '../../core/export/footnote-numbers';
import { PreviewPane } from '../preview/PreviewPane';
import { usePreview } from '../preview/use-preview';
import { usePreviewSetting } from '../preview/preview-setting';

function meetingDetails(meeting: Meeting, fileName: string | null, language: Language): string {
  const date = meeting.date ? formatMeetingDates(meeting, language) : '';
  return [meeting.abbreviation, date, meeting.location, fileName].filter(Boolean).join(' · ');
}

/** `recent`: the recent files the page keeps (browser mode); the desktop app has them in its menu. */
export function App({ api, recent }: { api: BriefingApi; recent?: RecentFiles }) {
  const [language, setShownLanguage] = useState<Language>(() => chosenLanguage() ?? browserLanguage());
  const setLanguage = useCallback((chosen: Language) => {
    rememberLanguage(chosen);
    setShownLanguage(chosen);
  }, []);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [state, dispatch] = useReducer(withLiveUpdates(withHistorySteps(withVersions(documentReducer))), null);
  const registry = useEditorRegistry();
  const history = useDocumentHistoryOwner(state, dispatch, registry);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const files = useFileCommands(api, state, dispatch, setOutcome);
  const exportDialog = useExportDialog(state?.documentId);
  const merge = useMergeContributions(api, state, dispatch, registry, setOutcome);
  const sending = useSendForContribution(api, state, dispatch, registry, setOutcome);
  const distribution = useDistributionList(api, state, dispatch, language);
  // The pictures of the open document: its editors add and show them through the contract.
  const documentId = state?.documentId;
  const media = useMemo(() => (documentId ? createMediaAccess(api, documentId) : NO_MEDIA), [api, documentId]);
  const [liveServer] = useState(storedLiveServer);
  const [authorName, setAuthorName] = useAuthorName();
  const live = useLiveSession(liveServer, state, dispatch, registry, history.live, authorName);
  const [liveSetting, setLiveSetting] = useState(false);
  // Every action that replaces the open pack asks this one question first.
  const replace = useReplaceGuard(state, () => files.save(false));
  const commands: FileCommands = {
    ...files,
    // The toolbar, the menu and the shortcuts ask first what goes into the copy (the export dialog).
    exportAs: async (format) => {
      // Nothing to export, or a save or export still running: the buttons are disabled, the keys do nothing.
      if (state && !files.busy) exportDialog.show(format);
    },
    open: async () => {
      if (await replace.mayReplace()) await files.open();
    },
  };
  const recovery = useBackup(api, state, dispatch, setOutcome, replace.mayReplace);
  const offerBackups = recovery.offer;
  const recentList = useRecent(recent, dispatch, setOutcome, replace.mayReplace);
  useMenuCommands(api, commands, state, dispatch, setOutcome, replace.mayReplace);
  const agendaImport = useAgendaImport(
    api,
    replace.mayReplace,
    useCallback((document) => dispatch({ type: 'opened', document, unsaved: true }), []),
    useCallback((error) => setOutcome({ kind: 'error', error }), []),
  );

  useEffect(() => {
    let cancelled = false;
    api.startup().then(
      (result) => {
        if (cancelled) return;
        if (!result.ok) return setOutcome({ kind: 'error', error: result.error });
        // A language the person chose outlasts a restart; otherwise the system's.
        setShownLanguage(chosenLanguage() ?? result.value.language);
        setTemplates(result.value.templates);
        dispatch({ type: 'opened', document: result.value.document });
        offerBackups(result.value.backups);
      },
      (error: unknown) => !cancelled && setOutcome({ kind: 'error', error: { code: 'internal', params: { detail: String(error) } } }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, offerBackups]);

  const dirty = state ? isDirty(state) : false;
  const meetingName = state?.pack.meeting.name ?? '';
  useEffect(() => {
    document.title = [dirty ? '● ' : '', meetingName || messages(language).appName].join('');
    document.documentElement.lang = language;
  }, [dirty, meetingName, language]);

  useShortcuts(commands);
  useRegionCycle();

  const onEdit = useCallback(
    (itemId: string, key: string, value: RichText, typing?: boolean) => {
      stampEdit(value);
      dispatch({ type: 'edit-section', itemId, key, value, typing });
    },
    [],
  );
  const onStatus = useCallback((itemId: string, status: ItemStatus) => dispatch({ type: 'set-status', itemId, status }), []);
  const onSelectItem = useCallback((itemId: string) => dispatch({ type: 'select', itemId }), []);

  const template = templates.find((t) => t.id === state?.pack.templateId) ?? templates[0];
  const item = state?.pack.items.find((i) => i.id === state.selectedItemId);
  const items = state?.pack.items;
  const owners = useMemo(() => [...new Set((items ?? []).map((i) => i.owner.trim()).filter(Boolean))], [items]);
  const pack = state?.pack;
  // Numbered through the whole pack as the exports number them, not from 1 in each item.
  const notesBefore = useMemo(() => (pack && template ? footnoteOffsetsByItem(pack, template, templates) : null), [pack, template, templates]);
  const [previewOpen, togglePreview] = usePreviewSetting();
  const preview = usePreview(api, state, template, templates, previewOpen);
  const itemNumber = item && items ? items.slice(0, items.indexOf(item) + 1).filter((i, n) => i.level === 1 || n === 0).length : 0;

  return (
    <LanguageContext.Provider value={language}>
      <TemplatesContext.Provider value={templates}>
      <DocumentHistoryContext.Provider value={history}>
      <div className="app">
        <Toolbar
          title={meetingName}
          details={state ? meetingDetails(state.pack.meeting, state.fileName, language) : ''}
          dirty={dirty}
          busy={commands.busy}
          hasDocument={state !== null}
          onOpen={commands.open}
          {...(recentList && { onRecent: recentList.show })}
          onImport={agendaImport.start}
          onSave={() => commands.save(false)}
          onSaveAs={() => commands.save(true)}
          onMerge={() => void merge.start()}
          onSendForContribution={sending.choose}
          onLive={() => setLiveSetting(true)}
          merging={merge.busy}
          onExport={commands.exportAs}
          previewOpen={previewOpen}
          onPreview={togglePreview}
          onLanguage={setLanguage}
        />
        <Notice outcome={outcome} onDismiss={() => setOutcome(null)} />
        <ExportProgressBar fraction={files.exportProgress} />
        <AnnexPrompt question={commands.annexQuestion} onAnswer={(leaveOut) => void commands.answerAnnexQuestion(leaveOut)} />
        {exportDialog.format && state && (
          <ExportDialog
            format={exportDialog.format}
            pack={state.pack}
            template={template}
            remembered={exportDialog.remembered}
            onExport={(format, choice) => {
              exportDialog.close(choice);
              void files.exportAs(format, exportChoiceOf(choice));
            }}
            onCancel={() => exportDialog.close()}
          />
        )}
        {live && state && <LiveBar live={live} pack={state.pack} />}
        {liveSetting && (
          <LiveDialog
            server={liveServer}
            name={authorName}
            onClose={() => setLiveSetting(false)}
            onApply={(server, name) => {
              setAuthorName(name);
              setLiveSetting(false);
              // The page's connection policy is set when it loads: only then may it reach the new server.
              void replace.mayReplace().then(async (go) => {
                if (!go) return;
                const told = await api.setLiveServer(server);
                if (!told.ok) return setOutcome({ kind: 'error', error: told.error });
                storeLiveServer(server);
                window.location.reload();
              });
            }}
          />
        )}
        {sending.choosing && state && <SendDialog pack={state.pack} onSend={(colleague, itemIds) => void sending.send(colleague, itemIds)} onCancel={sending.cancel} />}
        {distribution.open && state && <DistributionDialog pack={state.pack} csv={distribution.csv} onApply={distribution.apply} onCancel={distribution.close} />}
        {state && <ContributionNotice pack={state.pack} saved={sending.saved} />}
        {merge.report && <MergeReport report={merge.report} onClose={merge.closeReport} />}
        {recentList?.shown && <RecentDialog packs={recentList.shown} onOpen={(name) => void recentList.open(name)} onClose={recentList.close} />}
        <RecoveryPrompt backups={recovery.backups} busy={recovery.busy} onRestore={recovery.restore} onDiscard={recovery.discard} />
        {state && <VersionsPanel api={api} state={state} dispatch={dispatch} onError={(error) => setOutcome({ kind: 'error', error })} />}
        {agendaImport.review && (
          <ImportReview review={agendaImport.review} busy={agendaImport.busy} onCancel={agendaImport.cancel} onCreate={agendaImport.create} />
        )}
        {/* After the review, so it stands above it when both are open. */}
        {replace.asking && <ReplacePrompt name={state?.fileName ?? (state?.pack.meeting.name || null)} onAnswer={replace.answer} />}
        {state ? (
          <div className={previewOpen ? 'workspace with-preview' : 'workspace'}>
            <ItemList state={state} dispatch={dispatch} />
            <main className="content" aria-busy={commands.busy !== null}>
              {template && (
                <FindPanel pack={state.pack} template={template} selectedItemId={state.selectedItemId} onSelect={onSelectItem} onEdit={onEdit} />
              )}
              {template && state.view !== 'overview' && <WordCount pack={state.pack} item={item} template={template} />}
              {state.view === 'overview' && template ? (
                <Overview pack={state.pack} template={template} dispatch={dispatch} />
              ) : item && template ? (
                <MediaContext.Provider value={media}>
                <ItemView
                  key={`${state.documentId}:${item.id}:${editorGeneration(state)}`}
                  documentId={state.documentId}
                  item={item}
                  index={state.pack.items.indexOf(item)}
                  template={template}
                  documentLanguage={state.pack.language}
                  onEdit={onEdit}
                  onStatus={onStatus}
                  workflow={{ dispatch, number: itemNumber, owners }}
                  notesBefore={notesBefore?.get(item.id)}
                  markingSystem={state.pack.markingSystem}
                  lastChange={state.changedBy?.[item.id]}
                />
                </MediaContext.Provider>
              ) : (
                <p className="empty">{messages(language).noItems}</p>
              )}
            </main>
            {previewOpen && <PreviewPane preview={preview} />}
          </div>
        ) : (
          outcome?.kind !== 'error' && <p className="loading">{messages(language).loading}</p>
        )}
      </div>
      </DocumentHistoryContext.Provider>
      </TemplatesContext.Provider>
    </LanguageContext.Provider>
  );
}
