import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { startHost } from './core/host';
import { defaultMirrorPath, userDataDir } from './core/paths';
import { pickImportSource } from './electron/dialogs';
import { registerIpc } from './electron/ipc';
import { createMainWindow } from './electron/window';

// The CLI computes the same folder without Electron; pinning it here keeps the two on one mirror.
app.setPath('userData', userDataDir());

let mainWindow: BrowserWindow | null = null;
const resourcesDir = app.isPackaged ? process.resourcesPath : join(__dirname, '../../resources');

const core = app.whenReady().then(() =>
  startHost({
    dbPath: defaultMirrorPath(),
    transport: 'desktop',
    appVersion: app.getVersion(),
    demoSnapshotDir: join(resourcesDir, 'demo', 'snapshot'),
    seedDemoWhenNew: true,
    pickImportSource: (what) => pickImportSource(mainWindow, what)
  })
);
registerIpc(core, () => mainWindow);
core.catch((error) => console.error('Integration Desk could not start its core:', error));

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  mainWindow = createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
