import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
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

/**
 * Serves a file of the built renderer. Paths are normalised and must stay inside `root`, so a
 * crafted URL cannot read other files of the machine; a path that does not decode is a 400.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): void {
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
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...headers,
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-length': String(size)
  });
  // A file removed between stat and read must end this response, not the process.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
