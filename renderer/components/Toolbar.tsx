import { useRef } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/assets';
import type { Language } from '../../core/i18n/language';
import { importMessages } from '../i18n/import';
import { useLanguage, useMessages } from '../language-context';
import type { Busy } from '../state/use-file-commands';
import { LanguageSwitch } from './LanguageSwitch';
import { recentMessages } from '../recent/messages';
import { mergeMessages } from '../merge/messages';
import { contributionMessages } from '../contribution/messages';
import { liveMessages } from '../live/messages';
import { useRovingToolbar } from '../hooks/use-roving-toolbar';
import { previewMessages } from '../preview/messages';

interface ToolbarProps {
  title: string;
  /** Date, place and file name, already joined for display. */
  details: string;
  dirty: boolean;
  busy: Busy;
  hasDocument: boolean;
  onOpen(): void;
  /** The recent files list, where the page keeps one (browser mode). */
  onRecent?(): void;
  /** File > New from agenda…; absent where importing is not offered. */
  onImport?(): void;
  onSave(): void;
  onSaveAs(): void;
  /** File > Merge contributions…; `merging` while it runs. */
  onMerge(): void;
  merging: boolean;
  /** Send for contribution…: a copy of the pack for a colleague. */
  onSendForContribution(): void;
  /** The live co-editing setting. */
  onLive(): void;
  onExport(format: ExportFormat): void;
  /** The page preview beside the editors: open or not, and the toggle. */
  previewOpen: boolean;
  onPreview(): void;
  onLanguage(language: Language): void;
}

export function Toolbar(props: ToolbarProps) {
  const t = useMessages();
  const language = useLanguage();
  const disabled = props.busy !== null;
  const needsDocument = disabled || !props.hasDocument;
  const actionsRef = useRef<HTMLDivElement>(null);
  const onActionsKeyDown = useRovingToolbar(actionsRef);
  return (
    <header className="toolbar">
      <div className="toolbar-title">
        <h1>
          <span className="meeting-name">{props.title || t.appName}</span>
          {props.dirty && (
            <span className="unsaved" role="img" aria-label={t.unsaved} title={t.unsaved}>
              ●
            </span>
          )}
        </h1>
        {props.details && <span className="meeting-details">{props.details}</span>}
      </div>
      <div ref={actionsRef} role="toolbar" aria-label={t.fileToolbar} className="toolbar-actions" onKeyDown={onActionsKeyDown}>
        {props.onImport && (
          <button type="button" onClick={props.onImport} disabled={disabled}>
            {importMessages(language).newFromAgenda}
          </button>
        )}
        <button type="button" onClick={props.onOpen} disabled={disabled}>
          {t.open}
        </button>
        {props.onRecent && (
          <button type="button" onClick={props.onRecent} disabled={disabled}>
            {recentMessages(language).button}
          </button>
        )}
        <button type="button" onClick={props.onSave} disabled={needsDocument}>
          {t.save}
        </button>
        <button type="button" onClick={props.onSaveAs} disabled={needsDocument}>
          {t.saveAs}
        </button>
        <button type="button" onClick={props.onMerge} disabled={needsDocument || props.merging} aria-busy={props.merging}>
          {mergeMessages(language).button}
        </button>
        <button type="button" onClick={props.onSendForContribution} disabled={needsDocument}>
          {contributionMessages(language).button}
        </button>
        <button type="button" onClick={props.onLive} disabled={disabled}>
          {liveMessages(language).button}
        </button>
        <span className="separator" aria-hidden="true" />
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="primary"
            onClick={() => props.onExport(format)}
            disabled={needsDocument}
            aria-busy={props.busy === format}
            aria-haspopup="dialog"
          >
            {props.busy === format ? t.exporting : t.exportAs(format)}
          </button>
        ))}
        <span className="separator" aria-hidden="true" />
        <button type="button" onClick={props.onPreview} disabled={!props.hasDocument} aria-pressed={props.previewOpen}>
          {previewMessages(language).toggle}
        </button>
        <span className="separator" aria-hidden="true" />
        <LanguageSwitch onChange={props.onLanguage} />
      </div>
    </header>
  );
}
