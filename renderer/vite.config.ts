import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The CSP in index.html forbids inline scripts. The dev server injects one
 * small inline module (React Fast Refresh's preamble); rather than loosening
 * the policy, its SHA-256 hash is added to script-src. Builds have no inline
 * scripts, so nothing is added there.
 */
function cspInlineScriptHashes(): Plugin {
  const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
  return {
    name: 'briefing:csp-inline-script-hashes',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const hashes: string[] = [];
        for (const match of html.matchAll(INLINE_SCRIPT)) {
          const body = match[1] ?? '';
          if (!body.trim()) continue;
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
          hashes.push(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
        }
        if (hashes.length === 0) return html;
        return html.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(' ')}`);
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), cspInlineScriptHashes()],
  server: {
    port: 5173,
    // The renderer imports core/, templates/ and assets/ from the repo root.
    fs: { allow: ['..'] },
  },
  // The preview worker loads its hyphenation patterns on demand: ES module workers can split, classic ones cannot.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // The browser-mode chunk carries both exporters and is never loaded inside Electron.
    chunkSizeWarningLimit: 2048,
  },
});
