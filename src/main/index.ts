import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createAccountsDeps } from './core/accounts/accounts-deps';
import { activeMirrorPath } from './core/accounts/account-registry';
import { startHost } from './core/host';
import { defaultMirrorPath, userDataDir } from './core/paths';
import { apiBaseFrom } from './core/vtex/config';
import { ensurePrivateDir } from './core/private-files';
import { rendererEntry } from './core/url-policy';
import { safeStorageVault } from './electron/credential-vault';
import { pickImportSource } from './electron/dialogs';
import { registerIpc } from './electron/ipc';
import { demoSnapshotDir } from './electron/resource-paths';
import { createMainWindow, guardNavigation, hardenSession } from './electron/window';

// The CLI computes the same folder without Electron; pinning it here keeps the two on one mirror.
// It holds customers' names, CPFs and addresses: private to the user before anything is written.
const dataDir = userDataDir();
ensurePrivateDir(dataDir);
app.setPath('userData', dataDir);

let mainWindow: BrowserWindow | null = null;
const appLocation = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
const entry = rendererEntry({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  indexFile: join(__dirname, '../renderer/index.html')
});

// The desk opens the active account's own mirror; the local one (the demo store) when none is active.
const core = app.whenReady().then(() => {
  const mirror = activeMirrorPath(dataDir);
  return startHost({
    dbPath: mirror ?? defaultMirrorPath(),
    transport: 'desktop',
    appVersion: app.getVersion(),
    demoSnapshotDir: demoSnapshotDir(appLocation),
    seedDemoWhenNew: mirror === null,
    pickImportSource: (what) => pickImportSource(mainWindow, what),
    accounts: createAccountsDeps({
      dataDir,
      vault: safeStorageVault(dataDir),
      apiBase: apiBaseFrom(undefined, process.env),
      localMirrorPath: defaultMirrorPath()
    })
  });
});
registerIpc(core, () => mainWindow, entry);
core.catch((error) => console.error('Integration Desk could not start its core:', error));

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardNavigation(contents, entry);
});

void app.whenReady().then(() => {
  hardenSession(entry);
  mainWindow = createMainWindow(entry);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(entry);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
