import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { CHECK_IDS, failingFindings, scanFolder } from '../../scripts/electronegativity.mjs';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-eneg-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sarif = (results: { ruleId: string; uri: string; text?: string }[]) => ({
  runs: [
    {
      results: results.map((r) => ({
        ruleId: r.ruleId,
        message: { text: r.text ?? 'x' },
        locations: [{ physicalLocation: { artifactLocation: { uri: r.uri }, region: { startLine: 3 } } }],
      })),
    },
  ],
});

describe('which findings fail', () => {
  it('fails on the required checks, ignores others, and lets only reviewed findings through', () => {
    expect(CHECK_IDS).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'REMOTE_MODULE_JS_CHECK', 'CSP_GLOBAL_CHECK']));
    const found = failingFindings(
      sarif([
        { ruleId: 'SANDBOX_JS_CHECK', uri: '/scan/sources/main/window.ts' },
        { ruleId: 'DANGEROUS_FUNCTIONS_JS_CHECK', uri: '/scan/bundle/main.js' },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: '/scan/sources/main/index.ts' },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: '/scan/sources/main/other.ts' },
        { ruleId: 'CSP_GLOBAL_CHECK', uri: '/scan/renderer/index.html', text: 'One or more CSP directives detected seems to be vulnerable' },
        { ruleId: 'CSP_GLOBAL_CHECK', uri: '/scan/renderer/index.html', text: 'One or more CSP directives detected are vulnerable' },
        { ruleId: 'CSP_GLOBAL_CHECK', uri: 'file:///', text: 'No CSP has been detected in the target application' },
      ]),
      '/scan',
    );
    expect(found.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual([
      'SANDBOX_JS_CHECK sources/main/window.ts',
      'OPEN_EXTERNAL_JS_CHECK sources/main/other.ts',
      'CSP_GLOBAL_CHECK renderer/index.html',
      'CSP_GLOBAL_CHECK file:///',
    ]);
  });

  it('finds a window without context isolation and sandbox, no CSP, no navigation limits and no permission handler, in a real (offline) scan', async () => {
    const scanned = path.join(dir, 'insecure');
    await mkdir(scanned);
    await writeFile(
      path.join(scanned, 'main.js'),
      `const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });`,
    );
    const started = Date.now();
    const { failures } = await scanFolder(scanned, dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    const rules = failures.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    );
  });
});
