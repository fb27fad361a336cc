import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEventName, ApiEvents } from '../../shared/api';
import { fail } from '../../shared/api/result';
import type { CoreApi } from '../core/api';
import type { EventSink } from '../core/ports';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { readBody } from './body';
import { serveStatic } from './static-files';
import { sameToken } from './token';
import { receiveUpload } from './upload';
import { releaseAfterImport, removeStaleUploads } from './upload-folders';

export interface BridgeOptions {
  rendererDir: string;
  port?: number;
  token?: string;
  /** Where a failed request is reported: one line with the error's kind, never the request's data. */
  log?: (line: string) => void;
}

export interface Bridge extends EventSink {
  url: string;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
}

/** The request target as a URL, or null unless it is origin-form (`/path?query`) and parses. */
function requestUrl(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Prefixing the origin (not passing it as a base) keeps `//host/...` a path here, not a host.
    return new URL(`http://127.0.0.1${target}`);
  } catch {
    return null;
  }
}

/** The error's kind for the log: a message may quote the URL, a token or customer data. */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${error.name} ${code}` : error.name;
}

async function invoke(api: CoreApi, req: IncomingMessage, res: ServerResponse, uploads: Set<string>): Promise<void> {
  const body = await readBody(req);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too-large') {
    sendJson(res, 413, fail('invalid-argument', 'The request body is over 1 MB.'), { connection: 'close' });
    return;
  }
  let call: unknown;
  try {
    call = JSON.parse(body.text);
  } catch {
    call = undefined;
  }
  if (typeof call !== 'object' || call === null) {
    sendJson(res, 400, fail('invalid-argument', 'The request body must be JSON: { "name", "args" }.'));
    return;
  }
  const { name, args } = call as { name?: unknown; args?: unknown };
  const result = await api.dispatch(name, args);
  releaseAfterImport(uploads, name, args, result);
  sendJson(res, 200, result);
}

/**
 * Serves the renderer and the core API on 127.0.0.1 for a browser: the same contract the preload
 * exposes, behind a random token. Only loopback Host headers are accepted, which keeps a web page
 * elsewhere from reaching the API through DNS rebinding. Any page the agent visits can still send
 * requests to the port, so every malformed one gets a 4xx and no request can end the process.
 */
export async function startBridge(api: CoreApi, options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const log = options.log ?? ((line: string) => console.error(line));
  const listeners = new Set<ServerResponse>();
  const uploads = new Set<string>();
  removeStaleUploads();
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end();
      return;
    }
    const url = requestUrl(req.url);
    if (url === null) {
      sendJson(res, 400, fail('invalid-argument', 'Malformed request target.'));
      return;
    }
    if (url.pathname === '/api/invoke' && req.method === 'POST') {
      if (!sameToken(req.headers['x-desk-token'], token)) {
        sendJson(res, 401, fail('unauthorized', 'Missing or wrong bridge token.'));
        return;
      }
      await invoke(api, req, res, uploads);
      return;
    }
    if (url.pathname === '/api/upload' && req.method === 'PUT') {
      if (!sameToken(req.headers['x-desk-token'], token)) {
        sendJson(res, 401, fail('unauthorized', 'Missing or wrong bridge token.'));
        return;
      }
      await receiveUpload(req, res, url, uploads);
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token)) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(options.rendererDir, url.pathname, req, res, {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer'
    });
  }

  // The error boundary: whatever a route throws or rejects with becomes a 500 for that request.
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`bridge: ${req.method ?? '?'} request failed: ${errorKind(error)}`);
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The bridge could not answer this request.'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Once listening, a server error (out of file descriptors on accept) is logged, not thrown: an
  // 'error' event with no listener would end the process.
  server.on('error', (error) => log(`bridge: server error: ${errorKind(error)}`));
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      // Writing to a stream that already ended emits an 'error' nobody listens to, which would
      // end the process; a subscriber that went away between close and here is skipped.
      for (const res of listeners) if (!res.writableEnded && !res.destroyed) res.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
