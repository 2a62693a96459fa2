/** Where the shell finds its files, in development (the repo) and when packaged (resources/). */
import path from 'node:path';
import { SAMPLE_LETTER_FILE } from '../../core/sample';
import { projectResourceDirs, type ResourceDirs } from '../../host/paths';

export interface AppLocations {
  preloadFile: string;
  rendererDir: string;
  resources: ResourceDirs;
  userTemplatesDir: string;
  sampleLetterFile: string;
}

export interface LocationInputs {
  isPackaged: boolean;
  /** process.resourcesPath: templates/ and assets/ are shipped there as extra resources. */
  resourcesPath: string;
  /** The folder of the main bundle, dist/electron. */
  bundleDir: string;
  userDataDir: string;
}

export function appLocations(inputs: LocationInputs): AppLocations {
  const resources = inputs.isPackaged
    ? { templates: path.join(inputs.resourcesPath, 'templates'), assets: path.join(inputs.resourcesPath, 'assets') }
    : projectResourceDirs(path.resolve(inputs.bundleDir, '..', '..'));
  return {
    preloadFile: path.join(inputs.bundleDir, 'preload.cjs'),
    rendererDir: path.resolve(inputs.bundleDir, '..', 'renderer'),
    resources,
    userTemplatesDir: path.join(inputs.userDataDir, 'templates'),
    sampleLetterFile: path.join(resources.assets, 'samples', SAMPLE_LETTER_FILE),
  };
}
