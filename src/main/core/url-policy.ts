import { pathToFileURL } from 'node:url';

/**
 * The decisions the Electron adapters make about URLs, kept free of Electron so they are tested
 * under Node: which page is the app's own (the only one that may call the core, navigate, or get a
 * permission), and which links may leave for the user's browser.
 */

/** Where the window loads the renderer from. */
export type RendererEntry = { kind: 'file'; url: string } | { kind: 'dev-server'; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/**
 * The built renderer's index.html, or electron-vite's dev server when it names one. A packaged
 * app ignores the variable (anyone who can set the environment could otherwise point the window,
 * preload and all, at their own page), and so does a dev build given a non-loopback server.
 */
export function rendererEntry(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  indexFile: string;
}): RendererEntry {
  const dev = options.isPackaged || !options.devServerUrl ? null : parse(options.devServerUrl);
  if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && LOOPBACK_HOSTS.has(dev.hostname)) {
    return { kind: 'dev-server', url: dev.href };
  }
  return { kind: 'file', url: pathToFileURL(options.indexFile).href };
}

/**
 * Whether `candidate` is the app's own page: that exact index.html (any #route, no query), or any
 * page of the dev server's origin. Any other file:// URL is not the app, though a page loaded from
 * it would get the same preload and privileges.
 */
export function isAppUrl(entry: RendererEntry, candidate: string): boolean {
  const url = parse(candidate);
  if (url === null) return false;
  const app = new URL(entry.url);
  if (entry.kind === 'dev-server') return url.origin === app.origin;
  return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname && url.search === '';
}

/** VTEX's account-name rule, as the renderer's Admin links apply it: lowercase letters and digits. */
const ACCOUNT = '[a-z0-9]{1,64}';
const ADMIN_HOSTS = [new RegExp(`^${ACCOUNT}\\.myvtex\\.com$`), new RegExp(`^${ACCOUNT}\\.vtexcommercestable\\.com\\.br$`)];
const DOCS_HOSTS = new Set(['help.vtex.com', 'developers.vtex.com']);

/**
 * The URL to hand to the user's browser, or null when the link may not leave the app: only
 * https to an account's VTEX Admin (/admin and below) or to VTEX's documentation, with no
 * credentials or port. The parsed, normalised form is returned, so what was checked is what opens.
 */
export function allowedExternalUrl(candidate: string): string | null {
  const url = parse(candidate);
  if (url === null || url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (DOCS_HOSTS.has(url.hostname)) return url.href;
  const admin = url.pathname === '/admin' || url.pathname.startsWith('/admin/');
  return admin && ADMIN_HOSTS.some((host) => host.test(url.hostname)) ? url.href : null;
}

/**
 * Every web permission is refused except writing to the clipboard from the app's own top frame
 * (the "copy id" buttons use the async Clipboard API's writeText, which Chromium gates on this
 * permission); reading the clipboard, camera, notifications and the rest stay denied.
 */
export function mayGrantPermission(
  entry: RendererEntry,
  permission: string,
  request: { requestingUrl?: string; isMainFrame: boolean }
): boolean {
  if (permission !== 'clipboard-sanitized-write' || !request.isMainFrame || request.requestingUrl === undefined) return false;
  return isAppUrl(entry, request.requestingUrl);
}
