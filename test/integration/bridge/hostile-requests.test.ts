import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../src/main/bridge/server';
import type { CoreApi } from '../../../src/main/core/api';
import { httpCall, rawGet } from './raw-http';

const SECRET = 'cpf 123.456.789-09';

/**
 * Requests any web page the agent visits can make to the loopback port (an <img> is enough),
 * and worse ones a local script can send. Each must get a 4xx, and the bridge must answer the
 * next good request: one throw in a handler used to end the `web` process.
 */
describe('loopback bridge under hostile requests', () => {
  let bridge: Bridge;
  let port: number;
  const logged: string[] = [];
  let dispatch: CoreApi['dispatch'] = async (name) => ({ ok: true, value: { echoed: name } });
  const api: CoreApi = { dispatch: (name, args) => dispatch(name, args) };

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
    bridge = await startBridge(api, { rendererDir, log: (line) => logged.push(line) });
    port = Number(new URL(bridge.url).port);
  });
  afterAll(() => bridge.close());

  async function expectStillUp(): Promise<void> {
    expect((await httpCall(port, '/')).status).toBe(200);
    const call = await httpCall(port, '/api/invoke', {
      method: 'POST',
      headers: { 'x-desk-token': bridge.token },
      body: JSON.stringify({ name: 'app/info', args: {} })
    });
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toEqual({ ok: true, value: { echoed: 'app/info' } });
  }

  it.each([
    ['a truncated UTF-8 escape', '/%E0%A4%A', 400],
    ['a lone continuation byte', '/%ff', 400],
    ['a bare percent sign', '/%', 400],
    ['a non-hex escape in an asset path', '/assets/%zz.js', 400],
    ['overlong dots climbing out of the folder', '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', 400],
    ['an escaped NUL', '/index.html%00.js', 400],
    ['a target that is an unclosed IPv6 host', '//[', 404],
    ['an absolute-form target with an unclosed IPv6 host', 'http://[/', 400],
    ['an asterisk target', '*', 400]
  ])('answers %s with a 4xx and stays up', async (_what, target, status) => {
    const answer = await rawGet(port, target);
    expect(answer.status).toBe(status);
    await expectStillUp();
  });

  it('still serves a well-formed escaped asset path', async () => {
    expect((await rawGet(port, '/assets/%61pp.js')).status).toBe(200);
  });

  it.each([
    ['0xff bytes', Buffer.alloc(48, 0xff)],
    ['latin1 é bytes (96 UTF-8 bytes for 48 characters)', Buffer.alloc(48, 0xe9)],
    ['one byte short of the token with a non-ASCII tail', Buffer.concat([Buffer.alloc(47, 0x61), Buffer.from([0xc3])])]
  ])('refuses a token header made of %s with 401 and stays up', async (_what, bytes) => {
    const header = Buffer.concat([Buffer.from('X-Desk-Token: '), bytes]);
    const answer = await rawGet(port, '/api/invoke', [header, Buffer.from('Content-Length: 2')], 'POST');
    expect(answer.status).toBe(401);
    await expectStillUp();
  });

  it.each([
    ['percent-encoded UTF-8', `/api/events?token=${'%C3%A9'.repeat(48)}`],
    ['an invalid escape', `/api/events?token=${'%ff'.repeat(48)}`],
    ['raw latin1 bytes', Buffer.concat([Buffer.from('/api/events?token='), Buffer.alloc(48, 0xe9)])]
  ])('refuses an SSE token of %s with a 4xx and stays up', async (_what, target) => {
    const answer = await rawGet(port, target);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    await expectStillUp();
  });

  it.each([
    ['with a Content-Length', false],
    ['sent chunked', true]
  ])('answers a 2 MB body %s with 413, not a reset, and stays up', async (_what, chunked) => {
    const body = Buffer.alloc(2_000_000, 0x20);
    const answer = await httpCall(port, '/api/invoke', {
      method: 'POST',
      headers: {
        'x-desk-token': bridge.token,
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) })
      },
      body
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe('invalid-argument');
    await expectStillUp();
  });

  it('answers a 2 MB body without the token with 401, not a reset, and stays up', async () => {
    const answer = await httpCall(port, '/api/invoke', { method: 'POST', body: Buffer.alloc(2_000_000, 0x20) });
    expect(answer.status).toBe(401);
    await expectStillUp();
  });

  it('answers a JSON body that is not an object with 400', async () => {
    const answer = await httpCall(port, '/api/invoke', {
      method: 'POST',
      headers: { 'x-desk-token': bridge.token },
      body: 'null'
    });
    expect(answer.status).toBe(400);
    await expectStillUp();
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error(`boom with ${SECRET}`);
      }
    ],
    ['rejects', () => Promise.reject(new TypeError(`bad ${SECRET}`))]
  ])('turns a handler that %s into a 500 JSON, logs no data, and stays up', async (_what, broken) => {
    const working = dispatch;
    dispatch = broken;
    const before = logged.length;
    try {
      const answer = await httpCall(port, '/api/invoke', {
        method: 'POST',
        headers: { 'x-desk-token': bridge.token },
        body: JSON.stringify({ name: 'app/info', args: { note: SECRET } })
      });
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
      expect(answer.body).not.toContain(SECRET);
    } finally {
      dispatch = working;
    }
    const lines = logged.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bridge: POST request failed: (Error|TypeError)$/);
    await expectStillUp();
  });
});
