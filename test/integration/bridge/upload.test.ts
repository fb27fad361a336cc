import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../src/main/bridge/server';
import { safeRelativeName } from '../../../src/main/bridge/upload';
import type { CoreApi } from '../../../src/main/core/api';

function put(bridge: Bridge, path: string, headers: Record<string, string>, body?: string) {
  const port = new URL(bridge.url).port;
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'PUT', headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body: text });
          req.destroy();
        });
      }
    );
    req.on('error', reject);
    if (body === undefined) req.flushHeaders();
    else req.end(body);
  });
}

describe('bridge upload (browser mode import)', () => {
  let bridge: Bridge;
  const api: CoreApi = { dispatch: async () => ({ ok: true, value: null }) };
  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    bridge = await startBridge(api, { rendererDir });
  });
  afterAll(() => bridge.close());

  it('streams files of one folder into a private temp folder (0700) and answers it', async () => {
    const first = await put(bridge, '/api/upload?name=orders.json', { 'x-desk-token': bridge.token }, '[]');
    expect(first.status).toBe(200);
    const { folder } = (JSON.parse(first.body) as { value: { folder: string } }).value;
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const second = await put(
      bridge,
      `/api/upload?folder=${encodeURIComponent(folder)}&name=${encodeURIComponent('sub/skus.json')}`,
      { 'x-desk-token': bridge.token },
      '[1]'
    );
    expect(second.status).toBe(200);
    expect(readFileSync(join(folder, 'orders.json'), 'utf8')).toBe('[]');
    expect(readFileSync(join(folder, 'sub/skus.json'), 'utf8')).toBe('[1]');
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await put(bridge, '/api/upload?name=orders.json', {}, '[]')).status).toBe(401);
    expect((await put(bridge, '/api/upload?name=orders.json', { 'x-desk-token': 'nope' }, '[]')).status).toBe(401);
  });

  it('refuses a file larger than the import accepts with 413', async () => {
    const res = await put(bridge, '/api/upload?name=orders.json', {
      'x-desk-token': bridge.token,
      'content-length': String(9 * 1024 ** 3)
    });
    expect(res.status).toBe(413);
  });

  it('refuses names that could leave the folder, and folders it did not make', async () => {
    for (const name of ['../evil.json', '/etc/passwd', 'a/../../b.json', 'C:\\x.json', 'a\\..\\b']) {
      expect(
        (await put(bridge, `/api/upload?name=${encodeURIComponent(name)}`, { 'x-desk-token': bridge.token }, '[]')).status,
        name
      ).toBe(400);
    }
    expect(
      (
        await put(
          bridge,
          `/api/upload?folder=${encodeURIComponent(tmpdir())}&name=orders.json`,
          { 'x-desk-token': bridge.token },
          '[]'
        )
      ).status
    ).toBe(400);
    expect(safeRelativeName('snap/orders.ndjson.gz')).toBe('snap/orders.ndjson.gz');
  });
});
