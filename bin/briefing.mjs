#!/usr/bin/env node
// Runs the command line's built JavaScript (scripts/cli-bundle.mjs), which starts about as fast as
// node itself. `npm install` builds it (the prepare script); when cli/, core/ or host/ changed since,
// this builds it again first, so nobody runs stale code. Where esbuild is not installed (an install
// without devDependencies) or the build fails, it runs the TypeScript sources through tsx instead.
// BRIEFING_SHOW_LAUNCH=1 says on stderr which of the three it did.
import { pathToFileURL } from 'node:url';
import { buildCli, freshCliBundle } from '../scripts/cli-bundle.mjs';

async function builtEntry() {
  const fresh = freshCliBundle();
  if (fresh.entry) return { entry: fresh.entry, how: 'bundle' };
  try {
    return { entry: await buildCli(), how: 'rebuilt', why: fresh.stale };
  } catch {
    // No esbuild, or sources it cannot build: tsx either runs them or shows the error in them.
    return null;
  }
}

async function loadRunCli() {
  const built = await builtEntry();
  if (built) {
    const why = built.why ? ` (${built.why === 'no build' ? 'there was none' : `${built.why} changed`})` : '';
    return { how: `${built.how} ${built.entry}${why}`, module: await import(pathToFileURL(built.entry).href) };
  }
  const { register } = await import('tsx/esm/api');
  register();
  return { how: 'sources (tsx)', module: await import('../cli/main.ts') };
}

// Libraries write their own diagnostics to the console (pdf-lib: "Removing parsed object: 0 0 R"
// on a damaged PDF); a person gets the command's one-line messages only. BRIEFING_DEBUG=1 keeps them.
if (!process.env.BRIEFING_DEBUG) console.log = console.info = console.debug = console.warn = () => {};
const { how, module } = await loadRunCli();
if (process.env.BRIEFING_SHOW_LAUNCH) process.stderr.write(`briefing: running ${how}\n`);
process.exitCode = await module.runCli(process.argv.slice(2));
