import { dialog, type BrowserWindow } from 'electron';

/** The native folder picker for snapshot imports. */
export async function pickFolder(window: BrowserWindow | null): Promise<string | null> {
  const options = { title: 'Import a snapshot folder', properties: ['openDirectory' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}
