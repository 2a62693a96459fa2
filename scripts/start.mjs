// `npm start`: build, then run the desktop app. When the Electron binary is
// not installed (offline installs skip its download) say so in one line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable, or null when the npm package is there without its binary. */
function findElectronBinary() {
  try {
    // The electron package exports the path of its binary, and throws when the download was skipped.
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

async function main() {
  const electron = findElectronBinary();
  if (!electron) {
    console.error(
      'Briefing Composer: the Electron binary is not installed, so the desktop app cannot start here; `npm run web` (browser mode) and the `briefing` command line still work.',
    );
    process.exit(1);
  }
  const { buildAll } = await import('./build.mjs');
  try {
    await buildAll();
  } catch (error) {
    console.error(`Briefing Composer: the build failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    process.exit(1);
  }
  // Started on the project folder, so the app gets its name and version from package.json
  // (its "main" is dist/electron/main.cjs). ELECTRON_RUN_AS_NODE would turn Electron into plain node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: process.cwd() });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();
