/**
 * The application menu as a pure function of language, platform and the
 * recent files, so its labels, shortcuts and commands are unit tested.
 * Clicking an item calls one of the actions; main forwards document commands
 * to the renderer, which runs the same code as its toolbar.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { EditCommand, MenuCommand, ViewCommand } from '../../core/contract';
import type { Language } from '../../core/i18n/language';

type Texts = Readonly<Record<Language, string>>;

export const MENU_TEXT = {
  file: { nl: '&Bestand', en: '&File' },
  new: { nl: 'Nieuw', en: 'New' },
  newFromAgenda: { nl: 'Nieuw vanuit agenda…', en: 'New from agenda…' },
  open: { nl: 'Openen…', en: 'Open…' },
  openRecent: { nl: 'Recent geopend', en: 'Open Recent' },
  noRecent: { nl: 'Geen recente bestanden', en: 'No recent files' },
  clearRecent: { nl: 'Lijst wissen', en: 'Clear list' },
  save: { nl: 'Opslaan', en: 'Save' },
  saveAs: { nl: 'Opslaan als…', en: 'Save As…' },
  exportDocx: { nl: 'Exporteren als DOCX…', en: 'Export DOCX…' },
  exportPdf: { nl: 'Exporteren als PDF…', en: 'Export PDF…' },
  saveVersion: { nl: 'Versie opslaan…', en: 'Save Version…' },
  mergeContributions: { nl: 'Bijdrage samenvoegen…', en: 'Merge Contributions…' },
  sendForContribution: { nl: 'Ter bijdrage versturen…', en: 'Send for Contribution…' },
  distributionList: { nl: 'Verzendlijst…', en: 'Distribution List…' },
  close: { nl: 'Sluiten', en: 'Close' },
  quit: { nl: 'Afsluiten', en: 'Quit' },
  edit: { nl: 'B&ewerken', en: '&Edit' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  redo: { nl: 'Opnieuw', en: 'Redo' },
  cut: { nl: 'Knippen', en: 'Cut' },
  copy: { nl: 'Kopiëren', en: 'Copy' },
  paste: { nl: 'Plakken', en: 'Paste' },
  delete: { nl: 'Verwijderen', en: 'Delete' },
  selectAll: { nl: 'Alles selecteren', en: 'Select All' },
  window: { nl: '&Venster', en: '&Window' },
  view: { nl: 'Beel&d', en: '&View' },
  togglePreview: { nl: 'Voorbeeld tonen/verbergen', en: 'Show/Hide Preview' },
  reload: { nl: 'Opnieuw laden', en: 'Reload' },
  toggleDevTools: { nl: 'Ontwikkelaarshulpmiddelen aan/uit', en: 'Toggle Developer Tools' },
} as const satisfies Record<string, Texts>;

export interface MenuActions {
  command(command: MenuCommand | EditCommand | ViewCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
  close(): void;
}

export interface MenuInputs {
  language: Language;
  platform: NodeJS.Platform;
  recent: readonly string[];
  actions: MenuActions;
  /** In development (not packaged): the View menu adds the developer tools. */
  devTools?: boolean;
}

/** The document commands and their accelerators, in menu order (null: a separator). */
const FILE_COMMANDS: readonly ({ command: MenuCommand; accelerator?: string } | null)[] = [
  { command: 'new', accelerator: 'CmdOrCtrl+N' },
  { command: 'newFromAgenda', accelerator: 'CmdOrCtrl+Shift+N' },
  { command: 'open', accelerator: 'CmdOrCtrl+O' },
  null,
  { command: 'save', accelerator: 'CmdOrCtrl+S' },
  { command: 'saveAs', accelerator: 'CmdOrCtrl+Shift+S' },
  { command: 'saveVersion', accelerator: 'CmdOrCtrl+Alt+S' },
  null,
  { command: 'mergeContributions' },
  { command: 'sendForContribution' },
  { command: 'distributionList' },
  null,
  { command: 'exportDocx', accelerator: 'CmdOrCtrl+E' },
  { command: 'exportPdf', accelerator: 'CmdOrCtrl+Shift+E' },
];

/** A recent entry as a label: the file name and, dimmed by nothing but position, its folder. */
export function recentLabel(file: string): string {
  // "&" marks a mnemonic on Windows and Linux; double it so names show as they are.
  return `${path.basename(file)} — ${path.dirname(file)}`.replace(/&/g, '&&');
}

export function fileMenu({ language, recent, actions, platform }: MenuInputs): MenuItemConstructorOptions {
  const t = (key: keyof typeof MENU_TEXT) => MENU_TEXT[key][language];
  const items: MenuItemConstructorOptions[] = [];
  for (const entry of FILE_COMMANDS) {
    if (!entry) {
      items.push({ type: 'separator' });
      continue;
    }
    items.push({
      id: entry.command,
      label: t(entry.command),
      ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
      click: () => actions.command(entry.command),
    });
    if (entry.command === 'open') {
      const recentItems: MenuItemConstructorOptions[] =
        recent.length === 0
          ? [{ label: t('noRecent'), enabled: false }]
          : [
              ...recent.map((file) => ({ label: recentLabel(file), click: () => actions.openRecent(file) })),
              { type: 'separator' as const },
              { id: 'clearRecent', label: t('clearRecent'), click: () => actions.clearRecent() },
            ];
      items.push({ id: 'openRecent', label: t('openRecent'), submenu: recentItems });
    }
  }
  items.push({ type: 'separator' }, { id: 'close', label: t('close'), accelerator: 'CmdOrCtrl+W', click: () => actions.close() });
  if (platform !== 'darwin') items.push({ type: 'separator' }, { role: 'quit', label: t('quit') });
  return { id: 'file', label: t('file'), submenu: items };
}

/**
 * Undo and Redo send the document's history command to the page, so they act
 * as Ctrl+Z and Ctrl+Y do there: across items, in the list and the editors
 * (Chromium's own undo would only reach the text field with focus). Their
 * shortcuts are shown but left to the page, which handles the keys itself;
 * registered here too, a key would undo twice.
 */
export function editMenu(language: Language, platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions {
  const t = (key: keyof typeof MENU_TEXT) => MENU_TEXT[key][language];
  return {
    id: 'edit',
    label: t('edit'),
    submenu: [
      { id: 'undo', label: t('undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.command('undo') },
      {
        id: 'redo',
        label: t('redo'),
        accelerator: platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
        registerAccelerator: false,
        click: () => actions.command('redo'),
      },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'delete', label: t('delete') },
      { type: 'separator' },
      { role: 'selectAll', label: t('selectAll') },
    ],
  };
}

/** The page preview; the developer tools only in development: the packaged app has none (window and session refuse them too). */
export function viewMenu(language: Language, actions: MenuActions, devTools: boolean): MenuItemConstructorOptions {
  const t = (key: keyof typeof MENU_TEXT) => MENU_TEXT[key][language];
  const development: MenuItemConstructorOptions[] = [
    { type: 'separator' },
    { role: 'reload', label: t('reload') },
    { role: 'toggleDevTools', label: t('toggleDevTools'), accelerator: 'CmdOrCtrl+Shift+I' },
  ];
  return {
    id: 'view',
    label: t('view'),
    submenu: [{ id: 'togglePreview', label: t('togglePreview'), click: () => actions.command('togglePreview') }, ...(devTools ? development : [])],
  };
}

export function menuTemplate(inputs: MenuInputs): MenuItemConstructorOptions[] {
  const t = (key: keyof typeof MENU_TEXT) => MENU_TEXT[key][inputs.language];
  const template: MenuItemConstructorOptions[] = [];
  if (inputs.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(fileMenu(inputs), editMenu(inputs.language, inputs.platform, inputs.actions));
  template.push(viewMenu(inputs.language, inputs.actions, inputs.devTools ?? false));
  template.push({ role: 'windowMenu', label: t('window') });
  return template;
}

/** The title bar: file (or product) name, with a marker for unsaved changes. macOS shows the marker itself. */
export function windowTitle(fileName: string | null, dirty: boolean, productName: string, platform: NodeJS.Platform): string {
  const name = fileName ?? productName;
  const marker = dirty && platform !== 'darwin' ? '• ' : '';
  return fileName ? `${marker}${name} — ${productName}` : `${marker}${name}`;
}
