import path from 'node:path';
import { PACK_EXTENSION } from '../../core/pack/container';

/**
 * The .briefpack to open at startup, from the process arguments: the first
 * argument (after the executable) that is not a switch and names a pack.
 */
export function packPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith(PACK_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}
