// Builds the desktop app into dist/:
//   dist/electron/main.cjs     main process (node, electron external)
//   dist/electron/preload.cjs  preload (sandboxed: must be one self-contained file)
//   dist/renderer/             the renderer, built by vite
// Usage: node scripts/build.mjs [--electron-only | --renderer-only | --dist]
//   --dist  builds, then packs installers for this OS with electron-builder (needs the Electron binary)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for the two Electron bundles, writing into outDir. */
export function electronBundleOptions(outDir = path.join(ROOT, 'dist', 'electron')) {
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    logLevel: 'warning',
    absWorkingDir: ROOT,
    legalComments: 'none',
  };
  return {
    main: {
      ...common,
      entryPoints: [path.join(ROOT, 'electron/main/index.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      sourcemap: 'linked',
      // Shared modules use import.meta.url to find their folder; in a CommonJS bundle it is this file.
      banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__bundleFileUrl' },
    },
    preload: {
      ...common,
      entryPoints: [path.join(ROOT, 'electron/preload/index.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      // Browser platform: a node builtin sneaking into the preload fails the build instead of the app.
      platform: 'browser',
      target: 'chrome130',
    },
  };
}

export async function buildElectron(outDir = path.join(ROOT, 'dist', 'electron')) {
  await rm(outDir, { recursive: true, force: true });
  const options = electronBundleOptions(outDir);
  await Promise.all([esbuild(options.main), esbuild(options.preload)]);
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    // The main process serves dist/renderer; pin it here whatever the config says.
    build: { outDir: path.join(ROOT, 'dist', 'renderer'), emptyOutDir: true },
  });
}

export async function buildAll({ electron = true, renderer = true } = {}) {
  if (electron) await buildElectron();
  if (renderer) await buildRenderer();
}

/** The Electron executable, or null when the npm package is there without its binary. */
export function findElectronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

async function dist() {
  if (!findElectronBinary()) {
    console.error(
      'Briefing Composer: the Electron binary is not installed, so no installer can be packed here; install without ELECTRON_SKIP_BINARY_DOWNLOAD and run `npm run dist` again.',
    );
    process.exit(1);
  }
  await buildAll();
  const builder = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const run = spawnSync(process.execPath, [builder, '--config', 'electron-builder.yml'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly && process.argv.includes('--dist')) {
  await dist();
} else if (invokedDirectly) {
  const args = new Set(process.argv.slice(2));
  try {
    await buildAll({ electron: !args.has('--renderer-only'), renderer: !args.has('--electron-only') });
  } catch (error) {
    // esbuild and vite have already printed the details.
    console.error(`Build failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    process.exit(1);
  }
}
