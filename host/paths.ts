import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Where built-in templates and assets live: the repo in development, resources/ when packaged. */
export interface ResourceDirs {
  templates: string;
  assets: string;
}

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function projectResourceDirs(root = PROJECT_ROOT): ResourceDirs {
  return { templates: path.join(root, 'templates'), assets: path.join(root, 'assets') };
}
