import { fileURLToPath } from 'node:url';
import os from 'node:os';
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

export const PRODUCT_NAME = 'Briefing Composer';

/** The same folder Electron's app.getPath('userData') gives, so the CLI and the app share user templates. */
export function userDataDir(env = process.env, platform = process.platform, home = os.homedir()): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, PRODUCT_NAME);
}

export function userTemplatesDir(env = process.env): string {
  return env.BRIEFING_TEMPLATES_DIR ?? path.join(userDataDir(env), 'templates');
}
