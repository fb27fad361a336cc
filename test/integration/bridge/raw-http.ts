import { connect } from 'node:net';
import { request } from 'node:http';

export interface RawAnswer {
  /** 0 when the server closed the connection without an HTTP answer. */
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends bytes exactly as given over a TCP socket and reads until the server closes it. Node's own
 * HTTP client refuses to send a malformed target or a header with non-ASCII bytes; an attacker's
 * page or script does not ask it.
 */
export function rawRequest(port: number, bytes: Buffer | string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      resolve({ status: status ? Number(status) : 0, headers: head, body });
    });
    // Written, not ended: a half-closed socket lets the server drop a response still streaming.
    // `Connection: close` makes the server close once it has answered; a server that never
    // answers is cut after 5 s and reported as status 0.
    socket.setTimeout(5000, () => socket.destroy());
    socket.write(bytes);
  });
}

/** A GET (or other method) with `Connection: close`, the request target and headers written raw. */
export function rawGet(port: number, target: string | Buffer, headers: Buffer[] = [], method = 'GET'): Promise<RawAnswer> {
  const head = Buffer.concat([
    Buffer.from(`${method} `),
    Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'),
    Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n`),
    ...headers.map((header) => Buffer.concat([header, Buffer.from('\r\n')])),
    Buffer.from('\r\n')
  ]);
  return rawRequest(port, head);
}

/** A well-formed call through Node's client, for the "still up" checks and the body limit. */
export function httpCall(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
