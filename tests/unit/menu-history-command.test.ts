// @vitest-environment jsdom
/**
 * Edit > Undo and Redo reach the page as commands from main (the preload's
 * onCommand, here a stub that is the boundary); the page hands each to the
 * document history as the event it listens for, which the undo e2e test
 * drives in Chromium.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { AppCommand, BriefingApi } from '../../core/contract';
import { HISTORY_COMMAND_EVENT } from '../../renderer/history/history-command';
import { useMenuCommands } from '../../renderer/state/use-menu-commands';
import type { FileCommands } from '../../renderer/state/use-file-commands';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('Edit > Undo and Redo in the page', () => {
  it('hands each command from main to the document history, nothing else', () => {
    let send: ((command: AppCommand) => void) | null = null;
    const api = { onCommand: (listener: (command: AppCommand) => void) => ((send = listener), () => (send = null)) } as unknown as BriefingApi;
    const fileCalls: string[] = [];
    const commands = new Proxy({}, { get: (_target, name) => () => fileCalls.push(String(name)) }) as FileCommands;
    function Host() {
      useMenuCommands(api, commands, null, () => undefined, () => undefined, async () => true);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Host)));
    const heard: unknown[] = [];
    window.addEventListener(HISTORY_COMMAND_EVENT, (event) => heard.push((event as CustomEvent).detail));
    act(() => {
      send!({ command: 'undo' });
      send!({ command: 'redo' });
      send!({ command: 'undo' });
    });
    expect(heard).toEqual(['undo', 'redo', 'undo']);
    expect(fileCalls).toEqual([]);
    act(() => root.unmount());
    expect(send).toBeNull();
  });
});
