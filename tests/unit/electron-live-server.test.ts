/**
 * Live co-editing in the desktop shell: without a server the window reaches
 * nothing outside the app; with one set (over IPC, checked, kept in the user
 * data folder) exactly that server, in the request filter and in the CSP.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveSetting } from '../../host/live-setting';
import { handleApiCall } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { contentSecurityPolicy, isAllowedRequest } from '../../electron/main/security';

const APP_FRAME = { senderFrame: { url: 'app://bundle/index.html' } };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-live-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the network block with a live server', () => {
  it('lets requests go to exactly the configured server, and nowhere without one', () => {
    const liveServer = 'ws://192.168.1.20:1234';
    expect(isAllowedRequest('ws://192.168.1.20:1234/dmm-2025-02-13', { allowDevTools: false, liveServer })).toBe(true);
    for (const url of ['ws://192.168.1.20:1235/x', 'wss://192.168.1.20:1234/x', 'ws://192.168.1.21:1234/x', 'http://192.168.1.20:1234/']) {
      expect(isAllowedRequest(url, { allowDevTools: false, liveServer }), url).toBe(false);
    }
    expect(isAllowedRequest('ws://192.168.1.20:1234/x', { allowDevTools: false })).toBe(false);
  });

  it('names the server in connect-src only, and no remote origin without one', () => {
    const connect = (csp: string) => csp.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect(contentSecurityPolicy('ws://192.168.1.20:1234'))).toBe("connect-src 'self' blob: data: ws://192.168.1.20:1234");
    expect(contentSecurityPolicy(null)).not.toMatch(/wss?:/);
  });
});

describe('setLiveServer over IPC', () => {
  it('keeps a valid server for the next start, and refuses anything else with one line', async () => {
    const file = path.join(dir, 'live-server.json');
    const liveSetting = createLiveSetting(file);
    const api = createApi({ language: 'nl', liveSetting, initialPackPath: () => null } as unknown as Parameters<typeof createApi>[0]);
    expect(await handleApiCall(api, 'setLiveServer', APP_FRAME, ['ws://192.168.1.20:1234/'], () => undefined)).toEqual({ ok: true, value: null });
    expect(createLiveSetting(file).get()).toBe('ws://192.168.1.20:1234');

    const refused = await handleApiCall(api, 'setLiveServer', APP_FRAME, ['http://evil.example/'], () => undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'live.bad-server', params: { what: 'http://evil.example/' } } });
    expect(liveSetting.get()).toBe('ws://192.168.1.20:1234');

    expect(await handleApiCall(api, 'setLiveServer', APP_FRAME, [null], () => undefined)).toEqual({ ok: true, value: null });
    expect(createLiveSetting(file).get()).toBeNull();
  });

  it('starts offline when the file is missing or damaged', () => {
    expect(createLiveSetting(path.join(dir, 'none.json')).get()).toBeNull();
  });
});
