import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon'
};

/** The URL path decoded, or null when it is not valid percent-encoded UTF-8 or holds a NUL. */
function decodePath(urlPath: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPath);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    // `%ff`, `%`, `%zz`, overlong `%c0%ae`: a browser never sends these for the app's own files.
    return null;
  }
}

/** Vite's build names each chunk and asset `assets/<name>-<8-character content hash>.<ext>`. */
const HASHED_ASSET = /^assets[/\\][^/\\]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * How long a browser may keep a file. A hashed asset never changes under its name, so it is kept
 * for good and a reload takes it, and V8's code cache for it, from the browser's cache (the 0.37 MB
 * first bundle sent again at every load cost the first render about 130 ms, `bench:desk`). The page
 * itself names the current build's assets, so it is asked again each time, answered 304 while its
 * ETag (size and modification time) holds.
 */
function cachingOf(relative: string): 'immutable' | 'revalidate' {
  return HASHED_ASSET.test(relative) ? 'immutable' : 'revalidate';
}

/**
 * Serves a file of the built renderer. Paths are normalised and must stay inside `root`, so a
 * crafted URL cannot read other files of the machine; a path that does not decode is a 400.
 */
export function serveStatic(
  root: string,
  urlPath: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>
): void {
  const decoded = decodePath(urlPath === '/' ? '/index.html' : urlPath);
  if (decoded === null) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  let size: number;
  let etag: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
    etag = `W/"${size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`;
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const caching =
    cachingOf(relative) === 'immutable'
      ? { 'cache-control': 'public, max-age=31536000, immutable' }
      : { 'cache-control': 'no-cache', etag };
  if (caching.etag !== undefined && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ...headers, ...caching }).end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    ...caching,
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-length': String(size)
  });
  // A file removed between stat and read must end this response, not the process.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
