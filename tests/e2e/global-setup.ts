/**
 * Builds the renderer once for the whole end-to-end run; each test file then
 * serves that build on a port of its own. A page of the production build
 * loads in a fraction of the dev server's time (one bundle, not hundreds of
 * transformed modules), and it is what the packaged app runs.
 * E2E_DEV=1 runs every file on the dev server instead, to debug without rebuilding.
 */
import type { TestProject } from 'vitest/node';
import { buildRenderer } from './renderer-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build's folder, or '' when the files use the dev server. */
    rendererBuild: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.E2E_DEV === '1') {
    project.provide('rendererBuild', '');
    return () => undefined;
  }
  const built = await buildRenderer();
  project.provide('rendererBuild', built.outDir);
  return built.remove;
}
