import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../src/main/bridge/server';
import { safeRelativeName } from '../../../src/main/bridge/upload';
import { removeStaleUploads } from '../../../src/main/bridge/upload-folders';
import type { CoreApi } from '../../../src/main/core/api';
import type { Result } from '../../../src/shared/api/result';

function put(bridge: Bridge, path: string, headers: Record<string, string>, body?: string | Buffer) {
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

function invoke(bridge: Bridge, name: string, args: unknown) {
  const port = new URL(bridge.url).port;
  return fetch(`http://127.0.0.1:${port}/api/invoke`, {
    method: 'POST',
    headers: { 'x-desk-token': bridge.token, 'content-type': 'application/json' },
    body: JSON.stringify({ name, args })
  });
}

/** An Admin export whose sharedStrings.xml declares `bytes` in the zip's central directory. */
async function workbookDeclaring(bytes: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Orders').addRow(['ID', 'Affiliate', 'Status', 'Message']);
  const zip = Buffer.from(await book.xlsx.writeBuffer());
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  while (zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)) !== 'xl/sharedStrings.xml')
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  zip.writeUInt32LE(bytes, at + 24);
  return zip;
}

const folderOf = (body: string) => (JSON.parse(body) as { value: { folder: string } }).value.folder;

describe('bridge upload (browser mode import)', () => {
  let bridge: Bridge;
  // The import's answer, as the test sets it: the upload folder goes after an import, not after a busy refusal.
  let answer: Result<unknown> = { ok: true, value: null };
  const api: CoreApi = { dispatch: async () => answer };
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

  it('refuses a .gz that inflates like a bomb while it arrives, naming the file and the limit, and removes its folder', async () => {
    const first = await put(bridge, '/api/upload?name=manifest.json', { 'x-desk-token': bridge.token }, '{}');
    const folder = folderOf(first.body);
    // 64 MB of zeros: about 64 KB compressed, a thousand times over.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const res = await put(
      bridge,
      `/api/upload?folder=${encodeURIComponent(folder)}&name=orders.ndjson.gz`,
      { 'x-desk-token': bridge.token },
      bomb
    );
    expect(res.status).toBe(413);
    const { error } = JSON.parse(res.body) as { error: { code: string; message: string; details: { file: string } } };
    expect(error.code).toBe('import-failed');
    expect(error.message).toMatch(
      /^orders\.ndjson\.gz: the gzip data inflates more than 200 times .*: refused as a decompression bomb$/
    );
    expect(error.details.file).toBe('orders.ndjson.gz');
    expect(existsSync(folder)).toBe(false);
  });

  it('takes an ordinary .gz whole', async () => {
    const text = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ marketplaceOrderId: `702-${i}` })).join('\n');
    const res = await put(bridge, '/api/upload?name=orders.ndjson.gz', { 'x-desk-token': bridge.token }, gzipSync(text));
    expect(res.status).toBe(200);
    expect(readFileSync(join(folderOf(res.body), 'orders.ndjson.gz'))).toEqual(gzipSync(text));
  });

  it('refuses an .xlsx whose entries would inflate past the import limits', async () => {
    const res = await put(
      bridge,
      '/api/upload?name=connections-orders.xlsx',
      { 'x-desk-token': bridge.token },
      await workbookDeclaring(100 * 1024 * 1024)
    );
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body) as { error: { message: string } }).error.message).toMatch(
      /^connections-orders\.xlsx: the workbook entry "xl\/sharedStrings\.xml" inflates to 100 MB, over the 64 MB limit/
    );
    const ordinary = await put(
      bridge,
      '/api/upload?name=connections-orders.xlsx',
      { 'x-desk-token': bridge.token },
      await workbookDeclaring(0)
    );
    // Declaring 0 bytes and inflating more is refused too; an untouched workbook passes.
    expect(ordinary.status).toBe(413);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Orders').addRow(['ID']);
    const fine = await put(
      bridge,
      '/api/upload?name=connections-orders.xlsx',
      { 'x-desk-token': bridge.token },
      Buffer.from(await book.xlsx.writeBuffer())
    );
    expect(fine.status).toBe(200);
  });

  it('removes the upload folder once import/snapshot has read it, ok or failed, but not after a busy refusal', async () => {
    const upload = async () =>
      folderOf((await put(bridge, '/api/upload?name=orders.json', { 'x-desk-token': bridge.token }, '[]')).body);
    const busy = await upload();
    answer = { ok: false, error: { code: 'busy', message: 'An import is running' } };
    await invoke(bridge, 'import/snapshot', { dir: busy });
    expect(existsSync(busy)).toBe(true);
    answer = { ok: true, value: null };
    await invoke(bridge, 'import/inspect', { dir: busy });
    expect(existsSync(busy)).toBe(true);
    await invoke(bridge, 'import/snapshot', { dir: busy });
    expect(existsSync(busy)).toBe(false);
    const failed = await upload();
    answer = { ok: false, error: { code: 'import-failed', message: 'orders.json line 1: …' } };
    await invoke(bridge, 'import/snapshot', { dir: failed });
    expect(existsSync(failed)).toBe(false);
    answer = { ok: true, value: null };
  });

  it('removes, at start, upload folders whose bridge is gone, and keeps a running one’s', () => {
    const root = mkdtempSync(join(tmpdir(), 'uploads-root-'));
    // A pid no process holds (above the kernel's pid_max), a live one (this process), and the unnamed old shape.
    for (const name of ['desk-upload-99999999-abc123', `desk-upload-${process.pid}-def456`, 'desk-upload-ghi789'])
      mkdirSync(join(root, name));
    expect(removeStaleUploads(root).sort()).toEqual(['desk-upload-99999999-abc123', 'desk-upload-ghi789']);
    expect(existsSync(join(root, `desk-upload-${process.pid}-def456`))).toBe(true);
  });
});
