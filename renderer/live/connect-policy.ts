/**
 * The page may connect to its own origin and to the configured live server,
 * nothing else. index.html's policy allows websockets in general; this one,
 * added before anything connects, narrows that to exactly the configured
 * server (or to none). Policies only ever narrow each other, so a changed
 * setting takes effect when the page loads again.
 */
export function connectPolicy(server: string | null): string {
  return ["connect-src 'self' blob: data:", ...(server ? [server] : [])].join(' ');
}

export function restrictConnections(server: string | null): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(server);
  document.head.append(meta);
}
