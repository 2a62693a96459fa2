/**
 * The renderer in browser mode on 127.0.0.1, as the end-to-end tests and the
 * editor benchmark serve it: a production build (as packaged in the app) served
 * by vite preview, or the dev server (unbundled modules, React's development
 * build) when a person debugging a test wants edits to show without a rebuild.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createServer, preview } from 'vite';
import { PROJECT_ROOT } from '../../host/paths';

const CONFIG_FILE = path.join(PROJECT_ROOT, 'renderer', 'vite.config.ts');

export interface RendererServer {
  kind: string;
  close(): Promise<void>;
}

/** Builds the renderer for production into a new temporary folder and returns it. */
export async function buildRenderer(): Promise<{ outDir: string; remove(): void }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'briefing-renderer-'));
  await build({ configFile: CONFIG_FILE, build: { outDir, emptyOutDir: true }, logLevel: 'error' });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Serves a production build made by buildRenderer(). */
export async function serveBuild(outDir: string, port: number): Promise<RendererServer> {
  const server = await preview({ configFile: CONFIG_FILE, build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
  return {
    kind: 'vite build (production, as packaged)',
    close: () => server.close(),
  };
}

/** The dev server: slower to load a page, but it shows source edits without a build. */
export async function serveDev(port: number): Promise<RendererServer> {
  const server = await createServer({ configFile: CONFIG_FILE, server: { port, strictPort: true, host: '127.0.0.1', hmr: false }, logLevel: 'warn' });
  await server.listen();
  return { kind: 'vite dev (unbundled, React development build)', close: () => server.close() };
}
