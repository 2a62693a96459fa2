/**
 * Runs sandboxed before the page. Exposes exactly one object, window.briefing;
 * ipcRenderer itself, process and the environment stay out of the page's reach.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBriefingApi } from './api';

contextBridge.exposeInMainWorld(
  'briefing',
  createBriefingApi((channel, ...args) => ipcRenderer.invoke(channel, ...args), {
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
  }),
);
