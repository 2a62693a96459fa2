/**
 * Startup of the desktop shell. Order matters: security switches and the app://
 * scheme are set before ready; after ready the session is hardened, then the
 * services are built by hand in dependency order, then the one window opens.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { languageFromLocale } from '../../core/i18n/language';
import { serveRendererBundle } from './app-protocol';
import { packPathFromArgv } from './command-line';
import { hardenSession, hardenWebContents } from './harden';
import { registerApiHandlers } from './ipc';
import { DisposableStack } from './lifecycle';
import { appLocations } from './locations';
import { SHELL_TEXT } from './messages';
import { APP_SCHEME_PRIVILEGES, isSafeExternalUrl } from './security';
import { createApi } from './services/api';
import { createDocumentsService } from './services/documents';
import { createExportService } from './services/export';
import { createNativeDialogs } from './services/native-dialogs';
import { createTemplatesService } from './services/templates';
import { createMainWindow } from './window';
import { spellcheckIsOffline } from './window-options';

const bundleDir = path.dirname(fileURLToPath(import.meta.url));
let initialPackPath = packPathFromArgv(process.argv, process.cwd());
let mainWindow: BrowserWindow | null = null;
const services = new DisposableStack();

app.enableSandbox();
// Belt and braces next to the request filter: no host name resolves, so nothing can reach a network.
app.commandLine.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// The same settings folder in development and when packaged.
app.setPath('userData', path.join(app.getPath('appData'), SHELL_TEXT.productName.en));

// macOS passes a double-clicked pack as an event, before ready.
app.on('open-file', (event, file) => {
  event.preventDefault();
  if (!app.isReady()) initialPackPath = file;
});

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  event.preventDefault();
  app.removeAllListeners('will-quit');
  void services.disposeAll().finally(() => app.quit());
});

async function start(): Promise<void> {
  const language = languageFromLocale(app.getLocale());
  const locations = appLocations({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    bundleDir,
    userDataDir: app.getPath('userData'),
  });

  hardenSession(session.defaultSession, { allowDevTools: !app.isPackaged });
  serveRendererBundle(protocol, locations.rendererDir);
  // Windows and Linux get no menu bar (the app has its own commands); macOS needs the standard one for copy and paste.
  Menu.setApplicationMenu(process.platform === 'darwin' ? Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]) : null);

  const dialogs = createNativeDialogs(() => mainWindow, language, app.getPath('documents'));
  const templates = services.add(
    createTemplatesService({ builtinDir: locations.resources.templates, userDir: locations.userTemplatesDir, language }),
  );
  const documents = services.add(createDocumentsService({ dialogs, sampleLetterFile: locations.sampleLetterFile }));
  const exporter = services.add(createExportService({ dialogs, documents, templates, assetsDir: locations.resources.assets }));
  const api = createApi({ language, documents, exporter, templates, dialogs, initialPackPath: () => initialPackPath });
  services.add({ dispose: registerApiHandlers(ipcMain, api) });

  mainWindow = createMainWindow({
    preloadPath: locations.preloadFile,
    language,
    devTools: !app.isPackaged,
    spellcheck: spellcheckIsOffline(process.platform),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app.whenReady().then(start).catch((error: unknown) => {
  console.error('Briefing Composer could not start:', error);
  app.exit(1);
});
