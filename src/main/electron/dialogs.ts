import { dialog, type BrowserWindow } from 'electron';

/** The native picker: a snapshot folder, or the Admin's Connections > Orders export. */
export async function pickImportSource(window: BrowserWindow | null, what: 'folder' | 'export'): Promise<string | null> {
  const options: Electron.OpenDialogOptions =
    what === 'folder'
      ? { title: 'Import a snapshot folder', properties: ['openDirectory'] }
      : {
          title: 'Import a Connections > Orders export',
          properties: ['openFile'],
          filters: [{ name: 'Admin export', extensions: ['csv', 'xlsx'] }]
        };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}
