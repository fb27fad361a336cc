import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../src/main/bridge/server';
import type { CoreApi } from '../../../src/main/core/api';

/** A raw HTTP call, so the Host header can be set as an attacker would. */
function send(bridge: Bridge, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const port = new URL(bridge.url).port;
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
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
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      }
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('loopback bridge', () => {
  let bridge: Bridge;
  const calls: unknown[] = [];
  const api: CoreApi = {
    dispatch: async (name, args) => {
      calls.push({ name, args });
      return { ok: true, value: { echoed: name } };
    }
  };

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
    bridge = await startBridge(api, { rendererDir });
  });
  afterAll(() => bridge.close());

  it('listens on 127.0.0.1 and prints a URL carrying its token', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?token=${bridge.token}$`));
    expect(bridge.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the renderer with a strict CSP', async () => {
    const res = await send(bridge, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>desk</title>');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('dispatches API calls that carry the token', async () => {
    const res = await send(bridge, '/api/invoke', {
      method: 'POST',
      headers: { 'x-desk-token': bridge.token, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'app/info', args: {} })
    });
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { echoed: 'app/info' } });
  });

  it('refuses calls without the token, and never reaches the core', async () => {
    const before = calls.length;
    const res = await send(bridge, '/api/invoke', { method: 'POST', body: JSON.stringify({ name: 'app/info', args: {} }) });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('unauthorized');
    const wrong = await send(bridge, '/api/invoke', { method: 'POST', headers: { 'x-desk-token': 'x'.repeat(48) }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('refuses requests whose Host is not loopback (DNS rebinding)', async () => {
    const res = await send(bridge, '/api/invoke', {
      method: 'POST',
      headers: { host: 'evil.example:80', 'x-desk-token': bridge.token },
      body: JSON.stringify({ name: 'app/info', args: {} })
    });
    expect(res.status).toBe(421);
  });

  it('answers malformed bodies with invalid-argument', async () => {
    const res = await send(bridge, '/api/invoke', {
      method: 'POST',
      headers: { 'x-desk-token': bridge.token },
      body: '{not json'
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('invalid-argument');
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await send(bridge, '/..%2f..%2f..%2fetc%2fpasswd')).status).not.toBe(200);
    expect((await send(bridge, '/missing.js')).status).toBe(404);
  });

  it('streams events to subscribers that carry the token', async () => {
    const port = new URL(bridge.url).port;
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/api/events?token=${bridge.token}`, headers: { host: `127.0.0.1:${port}` } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
            if (text.includes(': connected')) bridge.emit('mirror/changed', { reason: 'import' });
            if (text.includes('mirror/changed')) {
              req.destroy();
              resolve(text);
            }
          });
        }
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: mirror/changed\ndata: {"reason":"import"}');
  });
});
