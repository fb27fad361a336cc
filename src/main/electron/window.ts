import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { withContentSecurityPolicy } from '../../shared/csp';
import { tightenIfPresent } from '../core/private-files';
import { allowedExternalUrl, isAppUrl, mayGrantPermission, type RendererEntry } from '../core/url-policy';

function openOutside(url: string): void {
  const external = allowedExternalUrl(url);
  if (external !== null) void shell.openExternal(external);
}

/**
 * Keeps any web contents on the app's own page: no navigation, frame navigation or redirect to
 * another URL, no new windows. Links to the VTEX Admin or VTEX's docs open in the user's browser.
 */
export function guardNavigation(contents: WebContents, entry: RendererEntry): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(entry, event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(entry, event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(entry, event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** The session's policy: a strict CSP on every response, no web permission but clipboard writes, private downloads. */
export function hardenSession(entry: RendererEntry): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    mayGrantPermission(entry, permission, details)
  );
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(mayGrantPermission(entry, permission, details))
  );
  // Exports (audit CSV, escalation pack) leave through a download, which Chromium finishes with
  // the default mode (0666 less the umask); they hold customer data, so they are made 0600.
  session.defaultSession.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      try {
        tightenIfPresent(item.getSavePath());
      } catch {
        // A file system without Unix modes (a FAT drive) refuses chmod; the export is still saved.
      }
    });
  });
}

/** The one window: sandboxed, isolated, no Node in the page, loading the app's own page. */
export function createMainWindow(entry: RendererEntry): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Integration Desk',
    backgroundColor: '#15171c',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click on a link would open it in a new Electron window, past the open handler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  });
  // Navigation is guarded for every web contents as it is created (index.ts), this one included;
  // guarding it here too would open an allowed link in the browser twice.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entry.url);
  return window;
}
