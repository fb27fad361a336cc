import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { moduleOf, ROUTES, type FakeAnswer, type FakeModule } from './routes';
import { simulate } from './simulation';
import type { FakeStore } from './store';
import { WRITE_ROUTES } from './write-routes';

/** A request as the fake saw it, minus every credential header. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  module: FakeModule | null;
  headers: Record<string, string>;
  status: number | null;
}

/** A fault served to the next `times` requests that match (a module, a path prefix, or any). */
export interface FaultRule {
  module?: FakeModule;
  pathPrefix?: string;
  times: number;
  /** 429, 5xx, or 'hang' (the request never gets an answer until the fake closes). */
  answer: { status: number; retryAfter?: string } | 'hang';
}

export interface FakeVtex {
  /** The base URL that serves every module's paths (the client's `apiBase`). */
  url: string;
  store: FakeStore;
  requests: RecordedRequest[];
  credentials: { appKey: string; appToken: string };
  /** Every call to a module answers this status (401 wrong credentials, 403 a missing resource). */
  deny(module: FakeModule, status: 401 | 403): void;
  fault(rule: FaultRule): void;
  /** Every answer waits this long, as a store across the internet would (0 again after `reset`). */
  latency(ms: number): void;
  /**
   * Answers `method` on paths matching `pattern` with `handler` before the built-in routes (for a
   * write a later test needs, or an answer that disagrees with the store). Cleared by `reset`.
   */
  on(method: string, pattern: RegExp, handler: (match: string[], query: URLSearchParams, body: unknown) => FakeAnswer): void;
  /** Clears every denial, pending fault and extra route (between tests). */
  reset(): void;
  close(): Promise<void>;
}

const CREDENTIAL_HEADERS = new Set([
  'x-vtex-api-appkey',
  'x-vtex-api-apptoken',
  'vtexidclientautcookie',
  'authorization',
  'cookie'
]);

function send(res: ServerResponse, answer: FakeAnswer): void {
  const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1 << 20) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? null : (JSON.parse(text) as unknown);
}

/**
 * A fake VTEX account on 127.0.0.1 (a free port), answering the documented read paths from a demo
 * store, checking the API key pair like VTEX does, and serving faults on demand. Every request is
 * recorded without its credentials. `close` ends hanging requests and stops the server.
 */
export async function startFakeVtex(
  store: FakeStore,
  credentials = { appKey: 'vtexappkey-lojademo-TESTKEY', appToken: 'FAKETOKEN-0123456789-SECRET' }
): Promise<FakeVtex> {
  const requests: RecordedRequest[] = [];
  const denied = new Map<FakeModule, 401 | 403>();
  const faults: FaultRule[] = [];
  let latencyMs = 0;
  const extra: {
    method: string;
    pattern: RegExp;
    handler: (match: string[], query: URLSearchParams, body: unknown) => FakeAnswer;
  }[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const module = moduleOf(url.pathname);
    const headers = Object.fromEntries(
      Object.entries(req.headers)
        .filter(([name]) => !CREDENTIAL_HEADERS.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')])
    );
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      module,
      headers,
      status: null
    };
    requests.push(record);
    const reply = (answer: FakeAnswer) => {
      record.status = answer.status;
      if (latencyMs > 0) setTimeout(() => send(res, answer), latencyMs);
      else send(res, answer);
    };
    const fault = faults.find(
      (f) => f.times > 0 && (!f.module || f.module === module) && (!f.pathPrefix || url.pathname.startsWith(f.pathPrefix))
    );
    if (fault) {
      fault.times -= 1;
      if (fault.answer === 'hang') return;
      const retry: Record<string, string> =
        fault.answer.retryAfter === undefined ? {} : { 'Retry-After': fault.answer.retryAfter };
      return reply({ status: fault.answer.status, body: { error: { message: 'fault' } }, headers: retry });
    }
    const authorised =
      (req.headers['x-vtex-api-appkey'] === credentials.appKey && req.headers['x-vtex-api-apptoken'] === credentials.appToken) ||
      req.headers['vtexidclientautcookie'] === credentials.appToken;
    // The simulation is a public route; every other path needs the key pair.
    if (module !== 'checkout' && !authorised) return reply({ status: 401, body: { error: { message: 'Unauthorized' } } });
    const deny = module ? denied.get(module) : undefined;
    if (deny) return reply({ status: deny, body: { error: { message: deny === 401 ? 'Unauthorized' : 'Forbidden' } } });
    readBody(req).then(
      (body) => {
        for (const route of extra) {
          const match = route.method === req.method ? route.pattern.exec(url.pathname) : null;
          if (match)
            return reply(
              route.handler(
                match.map((m) => decodeURIComponent(m)),
                url.searchParams,
                body
              )
            );
        }
        if (req.method === 'POST' && url.pathname === '/api/checkout/pub/orderForms/simulation')
          return reply(simulate(store, url.searchParams, body));
        for (const [method, pattern, handle] of WRITE_ROUTES) {
          const match = method === req.method ? pattern.exec(url.pathname) : null;
          if (match)
            return reply(
              handle(
                store,
                match.map((m) => decodeURIComponent(m)),
                url.searchParams,
                body
              )
            );
        }
        for (const [pattern, handle] of ROUTES) {
          const match = pattern.exec(url.pathname);
          if (match && req.method === 'GET')
            return reply(
              handle(
                store,
                match.map((m) => decodeURIComponent(m)),
                url.searchParams,
                body
              )
            );
        }
        reply({ status: 404, body: { error: { message: 'No route' } } });
      },
      () => reply({ status: 400, body: { error: { message: 'bad body' } } })
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    requests,
    credentials,
    deny: (module, status) => denied.set(module, status),
    fault: (rule) => faults.push({ ...rule }),
    latency: (ms) => void (latencyMs = ms),
    on: (method, pattern, handler) => extra.push({ method, pattern, handler }),
    reset: () => {
      denied.clear();
      faults.length = 0;
      extra.length = 0;
      latencyMs = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
