import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { EDIT_COMMANDS, isAppCommand, MENU_COMMANDS, type EditCommand, type MenuCommand } from '../../core/contract';
import { editMenu, fileMenu, MENU_TEXT, menuTemplate, recentLabel, windowTitle, type MenuActions } from '../../electron/main/menu';
import { createOpenRequests } from '../../electron/main/open-requests';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (command: MenuCommand | EditCommand) => calls.push(`command:${command}`),
    openRecent: (file) => calls.push(`recent:${file}`),
    clearRecent: () => calls.push('clear'),
    close: () => calls.push('close'),
  };
  return { calls, actions };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator');
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as () => void)();
}

describe('File menu', () => {
  it('has every document command, in Dutch and in English, with the usual shortcuts', () => {
    for (const language of ['nl', 'en'] as const) {
      const { actions } = recorder();
      const menu = fileMenu({ language, platform: 'linux', recent: [], actions });
      const byId = new Map(items(menu).map((item) => [item.id, item]));
      for (const command of MENU_COMMANDS) expect(byId.get(command)?.label, command).toBe(MENU_TEXT[command][language]);
      expect(byId.get('save')?.accelerator).toBe('CmdOrCtrl+S');
      expect(byId.get('saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
      expect(byId.get('open')?.accelerator).toBe('CmdOrCtrl+O');
      expect(byId.get('close')?.label).toBe(MENU_TEXT.close[language]);
    }
    expect(MENU_TEXT.newFromAgenda.nl).toBe('Nieuw vanuit agenda…');
    // Every accelerator is used once.
    const accelerators = items(fileMenu({ language: 'en', platform: 'linux', recent: [], actions: recorder().actions }))
      .map((item) => item.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('sends each command to the renderer, closes the window itself, and opens recent files by path', () => {
    const { calls, actions } = recorder();
    const menu = fileMenu({ language: 'en', platform: 'win32', recent: ['C:\\Stukken\\R&D.briefpack'], actions });
    const all = items(menu);
    for (const command of MENU_COMMANDS) click(all.find((item) => item.id === command));
    click(all.find((item) => item.id === 'close'));
    const recent = items(all.find((item) => item.id === 'openRecent')!);
    click(recent[0]);
    click(recent.find((item) => item.id === 'clearRecent'));
    expect(calls).toEqual([...MENU_COMMANDS.map((c) => `command:${c}`), 'close', 'recent:C:\\Stukken\\R&D.briefpack', 'clear']);
    // The commands main sends are the ones the preload lets through.
    for (const command of MENU_COMMANDS) expect(isAppCommand({ command })).toBe(true);
  });

  it('shows an empty, disabled recent list, and escapes & in file names', () => {
    const menu = fileMenu({ language: 'nl', platform: 'linux', recent: [], actions: recorder().actions });
    const recent = items(items(menu).find((item) => item.id === 'openRecent')!);
    expect(recent).toEqual([{ label: 'Geen recente bestanden', enabled: false }]);
    expect(recentLabel('/home/a/R&D.briefpack')).toBe('R&&D.briefpack — /home/a');
  });

  it('puts the app menu first on macOS only, and Quit in the File menu elsewhere', () => {
    const mac = menuTemplate({ language: 'en', platform: 'darwin', recent: [], actions: recorder().actions });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(items(mac[1]!).some((item) => item.role === 'quit')).toBe(false);
    const linux = menuTemplate({ language: 'nl', platform: 'linux', recent: [], actions: recorder().actions });
    expect(linux[0]?.id).toBe('file');
    expect(items(linux[0]!).find((item) => item.role === 'quit')?.label).toBe('Afsluiten');
  });

  it('has a View menu with the preview, and the developer tools in development only', () => {
    const { actions, calls } = recorder();
    const packaged = menuTemplate({ language: 'en', platform: 'linux', recent: [], actions });
    expect(packaged.map((menu) => menu.id ?? menu.role)).toEqual(['file', 'edit', 'view', 'windowMenu']);
    const packagedView = items(packaged[2]!);
    expect(packagedView.map((item) => item.id ?? item.role)).toEqual(['togglePreview']);
    expect(packagedView[0]!.label).toBe('Show/Hide Preview');
    (packagedView[0]!.click as () => void)();
    expect(calls).toEqual(['command:togglePreview']);
    expect(isAppCommand({ command: 'togglePreview' })).toBe(true);
    for (const language of ['nl', 'en'] as const) {
      const dev = menuTemplate({ language, platform: 'win32', recent: [], actions: recorder().actions, devTools: true });
      expect(dev.map((menu) => menu.id ?? menu.role)).toEqual(['file', 'edit', 'view', 'windowMenu']);
      const view = dev[2]!;
      expect(view.label).toBe(MENU_TEXT.view[language]);
      expect(items(view).find((item) => item.role === 'toggleDevTools')).toMatchObject({ label: MENU_TEXT.toggleDevTools[language] });
      expect(items(view)[0]).toMatchObject({ id: 'togglePreview', label: MENU_TEXT.togglePreview[language] });
    }
  });
});

describe('Edit menu', () => {
  it('sends Undo and Redo to the page as the document history\'s commands, not to Chromium\'s text undo', () => {
    const { calls, actions } = recorder();
    const menu = menuTemplate({ language: 'en', platform: 'linux', recent: [], actions }).find((entry) => entry.id === 'edit')!;
    const undo = items(menu).find((item) => item.id === 'undo');
    const redo = items(menu).find((item) => item.id === 'redo');
    // Neither is the native role, which would undo only the focused text field's typing.
    expect([undo?.role, redo?.role]).toEqual([undefined, undefined]);
    click(undo);
    click(redo);
    click(undo);
    expect(calls).toEqual(['command:undo', 'command:redo', 'command:undo']);
    // What the stub received is what main sends, and the preload lets it through to the page.
    for (const command of EDIT_COMMANDS) expect(isAppCommand({ command })).toBe(true);
    expect(isAppCommand({ command: 'undo', extra: 1 })).toBe(false);
  });

  it('shows the page\'s shortcuts without taking the keys from it, and keeps cut, copy, paste and select all', () => {
    for (const [language, platform, redoKey] of [
      ['nl', 'win32', 'CmdOrCtrl+Y'],
      ['en', 'linux', 'CmdOrCtrl+Y'],
      ['en', 'darwin', 'Shift+CmdOrCtrl+Z'],
    ] as const) {
      const menu = editMenu(language, platform, recorder().actions);
      expect(menu.label).toBe(MENU_TEXT.edit[language]);
      const all = items(menu);
      expect(all.map((item) => item.id ?? item.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
      expect(all.map((item) => item.label)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'].map((key) => MENU_TEXT[key as keyof typeof MENU_TEXT][language]));
      expect(all.slice(0, 2).map((item) => [item.accelerator, item.registerAccelerator])).toEqual([
        ['CmdOrCtrl+Z', false],
        [redoKey, false],
      ]);
    }
    expect([MENU_TEXT.undo.nl, MENU_TEXT.redo.nl]).toEqual(['Ongedaan maken', 'Opnieuw']);
  });
});

describe('window title', () => {
  it('shows the file name and an unsaved marker; macOS shows its own marker', () => {
    expect(windowTitle('dmm.briefpack', true, 'Briefing Composer', 'win32')).toBe('• dmm.briefpack — Briefing Composer');
    expect(windowTitle('dmm.briefpack', false, 'Briefing Composer', 'linux')).toBe('dmm.briefpack — Briefing Composer');
    expect(windowTitle('dmm.briefpack', true, 'Briefing Composer', 'darwin')).toBe('dmm.briefpack — Briefing Composer');
    expect(windowTitle(null, true, 'Briefing Composer', 'linux')).toBe('• Briefing Composer');
  });
});

describe('packs the operating system asks to open', () => {
  it('keeps a request made before startup for the first document, and opens later ones at once', () => {
    const opened: string[] = [];
    const requests = createOpenRequests('/a/first.briefpack', (file) => opened.push(file));
    requests.request('/a/second.briefpack'); // macOS open-file before the window asked
    expect(requests.takeInitial()).toBe('/a/second.briefpack');
    expect(requests.takeInitial()).toBeNull();
    requests.fromSecondInstance(['/usr/bin/briefing-composer', '--flag', 'rel/third.briefpack'], '/home/x');
    requests.fromSecondInstance(['/usr/bin/briefing-composer', 'notes.txt'], '/home/x');
    expect(opened).toEqual(['/home/x/rel/third.briefpack']);
  });
});
