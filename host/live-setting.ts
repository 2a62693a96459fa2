/**
 * The live co-editing server as main keeps it (live-server.json in the user
 * data folder), read once at startup so the first page already has the right
 * network block. A missing or damaged file means no server: fully offline.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseLiveServer } from '../core/collab/live-server';
import { writeFileAtomic } from './atomic-write';

export interface LiveSetting {
  get(): string | null;
  /** `server` already checked with parseLiveServer, or null to turn live off. */
  set(server: string | null): Promise<void>;
}

function read(file: string): string | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { server?: unknown };
    return typeof value.server === 'string' ? parseLiveServer(value.server) : null;
  } catch {
    return null;
  }
}

export function createLiveSetting(file: string): LiveSetting {
  let server = read(file);
  return {
    get: () => server,
    async set(next) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify({ server: next })));
      server = next;
    },
  };
}
