import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../src/main/bridge/server';
import type { CoreApi } from '../../../src/main/core/api';

function get(bridge: Bridge, path: string, headers: Record<string, string> = {}) {
  const port = new URL(bridge.url).port;
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the bridge caches the built renderer (issue 9)', () => {
  let bridge: Bridge;
  const api: CoreApi = { dispatch: async () => ({ ok: true, value: null }) };

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<script type="module" src="./assets/index-Ce8zUQrB.js"></script>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'index-Ce8zUQrB.js'), 'console.log(1);');
    writeFileSync(join(rendererDir, 'assets', 'notes.txt'), 'no hash in this name');
    bridge = await startBridge(api, { rendererDir });
  });
  afterAll(() => bridge.close());

  it('lets the browser keep a hashed asset for good', async () => {
    const res = await get(bridge, '/assets/index-Ce8zUQrB.js');
    expect(res.status).toBe(200);
    expect(res.body).toBe('console.log(1);');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('asks again for the page and a file without a hash, answering 304 while the file is unchanged', async () => {
    for (const path of ['/', '/assets/notes.txt']) {
      const first = await get(bridge, path);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
      const again = await get(bridge, path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      expect((await get(bridge, path, { 'if-none-match': 'W/"0-0"' })).status).toBe(200);
    }
  });
});
