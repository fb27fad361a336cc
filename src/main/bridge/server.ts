import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEventName, ApiEvents } from '../../shared/api';
import { fail } from '../../shared/api/result';
import type { CoreApi } from '../core/api';
import type { EventSink } from '../core/ports';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { serveStatic } from './static-files';

const MAX_BODY_BYTES = 1_000_000;

export interface BridgeOptions {
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Bridge extends EventSink {
  url: string;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Serves the renderer and the core API on 127.0.0.1 for a browser: the same contract the preload
 * exposes, behind a random token. Only loopback Host headers are accepted, which keeps a web page
 * elsewhere from reaching the API through DNS rebinding.
 */
export async function startBridge(api: CoreApi, options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const listeners = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end();
      return;
    }
    if (url.pathname === '/api/invoke' && req.method === 'POST') {
      if (!sameToken(req.headers['x-desk-token'] as string | undefined, token)) {
        sendJson(res, 401, fail('unauthorized', 'Missing or wrong bridge token.'));
        return;
      }
      try {
        const body = JSON.parse(await readBody(req)) as { name?: unknown; args?: unknown };
        sendJson(res, 200, await api.dispatch(body.name, body.args));
      } catch {
        sendJson(res, 400, fail('invalid-argument', 'The request body must be JSON: { "name", "args" }.'));
      }
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
    serveStatic(options.rendererDir, url.pathname, res, {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store'
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of listeners) res.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
