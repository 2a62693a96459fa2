/**
 * Serves the renderer bundle as app://bundle/<path> instead of file://, so the
 * page has a real origin (CSP 'self', no file-system reach) and nothing outside
 * the bundle folder can be read through it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME, contentSecurityPolicy, isAppUrl } from './security';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * app://bundle/<path> to a file inside rendererDir, or null for anything else:
 * another host, a path that escapes the folder (plain or percent-encoded
 * "..", backslashes, drive letters) or an undecodable path.
 */
export function resolveBundlePath(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export async function bundleResponse(url: string, rendererDir: string, liveServer: string | null = null): Promise<Response> {
  const file = resolveBundlePath(url, rendererDir);
  if (!file) return notFound();
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    return notFound();
  }
  return new Response(bytes, {
    headers: {
      'content-type': contentTypeFor(file),
      'content-security-policy': contentSecurityPolicy(liveServer),
      'x-content-type-options': 'nosniff',
    },
  });
}

export function serveRendererBundle(protocol: Protocol, rendererDir: string, liveServer: () => string | null = () => null): void {
  protocol.handle(APP_SCHEME, (request) => bundleResponse(request.url, rendererDir, liveServer()));
}
