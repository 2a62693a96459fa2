// Static security review of the desktop shell with @doyensec/electronegativity.
// It scans, in one run, the main/preload sources (electron/), the built bundle
// (main and preload, rebuilt with esbuild in a second, copied as .js since the
// scanner skips .cjs) and the renderer's index.html with its CSP meta tag;
// writes SARIF, and fails on any finding of the checks below (the scanner
// itself exits 0 whatever it finds).
// Offline and fast: only these checks run (so nothing fetches Electron's release
// list), with the Electron version from package.json.
// Usage: node scripts/electronegativity.mjs [--keep]   (--keep leaves the SARIF in test-output/)
import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The checks that must stay clean, grouped by what they guard. */
export const REQUIRED_CHECKS = Object.freeze({
  'context isolation': ['CONTEXT_ISOLATION_JS_CHECK'],
  sandbox: ['SANDBOX_JS_CHECK'],
  'node integration': ['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK'],
  navigation: ['LIMIT_NAVIGATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'AUXCLICK_JS_CHECK', 'AUXCLICK_HTML_CHECK'],
  'new windows': ['ALLOWPOPUPS_HTML_CHECK'],
  CSP: ['CSP_GLOBAL_CHECK', 'CSP_HTML_CHECK', 'CSP_JS_CHECK'],
  'permission handler': ['PERMISSION_REQUEST_HANDLER_JS_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'],
  'open external': ['OPEN_EXTERNAL_JS_CHECK'],
  'insecure content': ['INSECURE_CONTENT_JS_CHECK', 'INSECURE_CONTENT_HTML_CHECK'],
  'remote module': ['REMOTE_MODULE_JS_CHECK'],
});

export const CHECK_IDS = Object.freeze(Object.values(REQUIRED_CHECKS).flat());

/** The scanner selects checks by class name (-l), and reports them by id. */
const CHECK_CLASSES = [
  'ContextIsolationJSCheck',
  'SandboxJSCheck',
  'NodeIntegrationJSCheck',
  'NodeIntegrationHTMLCheck',
  'NodeIntegrationAttachEventJSCheck',
  'LimitNavigationJSCheck',
  'LimitNavigationGlobalCheck',
  'AuxclickJSCheck',
  'AuxclickHTMLCheck',
  'AllowPopupsHTMLCheck',
  'CSPGlobalCheck',
  'CSPHTMLCheck',
  'CSPJSCheck',
  'PermissionRequestHandlerJSCheck',
  'PermissionRequestHandlerGlobalCheck',
  'OpenExternalJSCheck',
  'InsecureContentJSCheck',
  'InsecureContentHTMLCheck',
  'RemoteModuleJSCheck',
];

/**
 * Findings the scanner always reports for manual review (it cannot follow a
 * value into a function), each reviewed here: rule, file (relative to the
 * scanned folder) and why it is safe. Anything else fails.
 */
export const REVIEWED = Object.freeze([
  {
    rule: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'sources/main/index.ts',
    reason: 'shell.openExternal only after isSafeExternalUrl (https with a host, or mailto), tested in electron-security',
  },
  {
    rule: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'bundle/main.js',
    reason: 'the same call as electron/main/index.ts, in the built bundle',
  },
  {
    rule: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    message: 'One or more CSP directives detected seems to be vulnerable',
    reason: "the evaluator's 'maybe' for script-src 'self' (JSONP or uploads on the same origin); app://bundle serves only the built bundle",
  },
  {
    rule: 'LIMIT_NAVIGATION_JS_CHECK',
    file: '*',
    reason: 'the navigation handlers themselves (will-navigate, setWindowOpenHandler) in harden.ts, tested in electron-security',
  },
]);

function findingOf(result, scannedRoot) {
  const location = result.locations?.[0]?.physicalLocation;
  const uri = location?.artifactLocation?.uri ?? '';
  const file = uri.startsWith('/') ? path.relative(scannedRoot, uri).split(path.sep).join('/') : uri;
  return { rule: result.ruleId, file, line: location?.region?.startLine ?? 0, message: result.message?.text ?? '' };
}

/** The findings that fail the build: required checks, not reviewed above. Pure, for tests. */
export function failingFindings(sarif, scannedRoot, reviewed = REVIEWED) {
  const results = sarif?.runs?.flatMap((run) => run.results ?? []) ?? [];
  return results
    .map((result) => findingOf(result, scannedRoot))
    .filter((f) => CHECK_IDS.includes(f.rule))
    .filter(
      (f) => !reviewed.some((r) => r.rule === f.rule && (r.file === '*' || r.file === f.file) && (!r.message || r.message === f.message)),
    );
}

function electronVersion() {
  const require = createRequire(import.meta.url);
  try {
    return require('electron/package.json').version;
  } catch {
    return '40.0.0';
  }
}

/**
 * Loaded before the scanner: its HTTP client (used only to fetch translations and
 * Electron's release list) fails at once, so a scan never waits on the network.
 */
const OFFLINE_PRELOAD = `
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const fail = () => Promise.reject(new Error('offline'));
    const got = Object.assign(fail, { head: fail, get: fail });
    got.default = got;
    return got;
  }
  return load.call(this, request, ...rest);
};
`;

function scan(input, output, preload) {
  const cli = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const run = spawnSync(
    process.execPath,
    ['--require', preload, cli, '-i', input, '-l', CHECK_CLASSES.join(','), '-e', electronVersion(), '-o', output, '-v', 'false'],
    // LANG=en-US: the scanner's own messages, whatever the machine's locale.
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'en-US' } },
  );
  if (run.error || run.status !== 0) {
    throw new Error(`the scanner did not run: ${run.error?.message ?? run.stderr.trim().split('\n').pop()}`);
  }
}

/** One folder with everything to scan, so the scanner starts (and times out on its translations) once. */
async function stage(dir, bundleDir) {
  const scanned = path.join(dir, 'scan');
  await cp(path.join(ROOT, 'electron'), path.join(scanned, 'sources'), { recursive: true });
  await mkdir(path.join(scanned, 'bundle'), { recursive: true });
  await copyFile(path.join(bundleDir, 'main.cjs'), path.join(scanned, 'bundle', 'main.js'));
  await copyFile(path.join(bundleDir, 'preload.cjs'), path.join(scanned, 'bundle', 'preload.js'));
  await mkdir(path.join(scanned, 'renderer'), { recursive: true });
  await copyFile(path.join(ROOT, 'renderer', 'index.html'), path.join(scanned, 'renderer', 'index.html'));
  return scanned;
}

/** Scans a folder offline; returns the SARIF file (in work) and the failing findings. */
export async function scanFolder(scanned, work) {
  const sarifFile = path.join(work, 'electronegativity.sarif');
  const preload = path.join(work, 'offline.cjs');
  await writeFile(preload, OFFLINE_PRELOAD);
  scan(scanned, sarifFile, preload);
  return { sarifFile, failures: failingFindings(JSON.parse(await readFile(sarifFile, 'utf8')), scanned) };
}

async function main() {
  const keep = process.argv.includes('--keep');
  const work = await mkdtemp(path.join(os.tmpdir(), 'briefing-electronegativity-'));
  try {
    // A fresh bundle of main and preload, in the temp folder (dist/ is left alone).
    const { buildElectron } = await import('./build.mjs');
    const bundleDir = path.join(work, 'dist-electron');
    await buildElectron(bundleDir);
    const scanned = await stage(work, bundleDir);
    const { sarifFile, failures } = await scanFolder(scanned, work);
    if (keep) {
      await mkdir(path.join(ROOT, 'test-output'), { recursive: true });
      await copyFile(sarifFile, path.join(ROOT, 'test-output', 'electronegativity.sarif'));
    }
    if (failures.length > 0) {
      for (const f of failures) console.error(`${f.file}:${f.line}: ${f.rule}: ${f.message}`);
      console.error(`Electronegativity: ${failures.length} security finding(s).`);
      process.exitCode = 1;
    } else {
      console.log(`Electronegativity: no findings in ${CHECK_IDS.length} checks (sources and built bundle).`);
    }
  } catch (error) {
    console.error(`Electronegativity: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) await main();
