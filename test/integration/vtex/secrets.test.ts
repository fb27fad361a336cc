import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFromEnv, moduleBase } from '../../../src/main/core/vtex/config';
import { VtexError } from '../../../src/main/core/vtex/errors';
import { VtexHttp } from '../../../src/main/core/vtex/http';
import { readSku } from '../../../src/main/core/vtex/readers';
import { syncOmsIncremental, syncTargets } from '../../../src/main/core/vtex/sync';
import { secretForms as forms } from '../../support/secret-forms';
import { startHarness, type Harness } from './harness';
import { failedOrderTargets, seededMirror } from './sync-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('credentials never leave the request headers', () => {
  it('are absent from the mirror, the call log, the errors and the recorded requests after a sync full of faults', async () => {
    const mirror = await seededMirror(h);
    const log = join(mirror.dir, 'vtex-calls.log');
    writeFileSync(log, '');
    const write = (entry: unknown) => appendFileSync(log, JSON.stringify(entry) + '\n');
    const http = new VtexHttp(h.account, {
      sleep: h.time.sleep,
      now: h.time.now,
      log: write,
      retry: { maxAttempts: 2 },
      timeoutMs: 300
    });
    h.fake.fault({ module: 'catalog', times: 1, answer: { status: 429, retryAfter: '1' } });
    h.fake.fault({ module: 'logistics', times: 1, answer: { status: 503 } });
    h.fake.fault({ pathPrefix: '/api/logistics/pvt/configuration/warehouses', times: 2, answer: 'hang' });
    h.fake.deny('pricing', 403);
    const result = await syncTargets(mirror.db, http, { targets: failedOrderTargets(h), onProgress: write });
    write(result);
    expect(result.failed.prices?.kind).toBe('forbidden');
    expect(result.failed.warehouses?.kind).toBe('network');
    await syncOmsIncremental(mirror.db, http, { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') });
    // Wrong credentials, and a transport error quoting the secret.
    const errors: unknown[] = [];
    const wrong = new VtexHttp(
      { ...h.account, appToken: `${h.fake.credentials.appKey}-x` },
      { sleep: h.time.sleep, retry: { maxAttempts: 1 } }
    );
    await readSku(wrong, '1').catch((e: unknown) => errors.push(e));
    const leaky: typeof fetch = async () => {
      throw new Error(`connect ECONNREFUSED with token ${h.fake.credentials.appToken}`);
    };
    await readSku(new VtexHttp(h.account, { fetch: leaky, sleep: h.time.sleep, retry: { maxAttempts: 1 } }), '1').catch(
      (e: unknown) => errors.push(e)
    );
    for (const error of errors) {
      const e = error as VtexError;
      write({ message: e.message, details: e.details, stack: e.stack });
    }
    expect(errors.map((e) => (e as VtexError).kind)).toEqual(['unauthorized', 'network']);
    writeFileSync(join(mirror.dir, 'fake-requests.json'), JSON.stringify(h.fake.requests));
    mirror.db.pragma('wal_checkpoint(PASSIVE)');

    const files = readdirSync(mirror.dir);
    expect(files).toEqual(expect.arrayContaining(['mirror.sqlite', 'vtex-calls.log', 'fake-requests.json']));
    const secrets = [h.fake.credentials.appKey, h.fake.credentials.appToken].flatMap(forms);
    for (const file of files) {
      const bytes = readFileSync(join(mirror.dir, file)).toString('latin1');
      for (const secret of secrets) expect(bytes.includes(secret), `${file} holds a credential`).toBe(false);
    }
    // The test would catch a leak: the log does hold the account's public name and the calls.
    expect(readFileSync(log, 'utf8')).toContain('lojademo');
    expect(readFileSync(log, 'utf8')).toContain('/api/catalog_system/pvt/sku/stockkeepingunitbyid/');
    expect(h.fake.requests.length).toBeGreaterThan(50);
    mirror.dispose();
  });

  it('a secret used as an id is redacted from the error that names its path', async () => {
    const error = await readSku(h.http(), h.fake.credentials.appToken).then(
      () => null,
      (e: unknown) => e
    );
    // The unknown id answers 404 (null); a server error on it is what would be described.
    expect(error).toBeNull();
    h.fake.fault({ module: 'catalog', times: 5, answer: { status: 500 } });
    const failed = (await readSku(h.http({ retry: { maxAttempts: 1 } }), h.fake.credentials.appToken).catch(
      (e: unknown) => e
    )) as VtexError;
    expect(failed.kind).toBe('server');
    expect(failed.message).toContain('[redacted]');
    expect(failed.message + JSON.stringify(failed.details)).not.toContain(h.fake.credentials.appToken);
    h.fake.reset();
  });
});

describe('account configuration', () => {
  it('reads an account from the environment, never requiring the secrets in anything but headers', () => {
    const account = accountFromEnv({
      VTEX_ACCOUNT: 'lojademo',
      VTEX_APP_KEY: 'k-123456',
      VTEX_APP_TOKEN: 't-123456',
      VTEX_API_BASE: 'http://127.0.0.1:9'
    });
    expect(account).toEqual({ account: 'lojademo', apiBase: 'http://127.0.0.1:9', appKey: 'k-123456', appToken: 't-123456' });
    expect(accountFromEnv({})).toBeNull();
    expect(() => accountFromEnv({ VTEX_ACCOUNT: 'lojademo' })).toThrow('VTEX_APP_KEY and VTEX_APP_TOKEN');
    expect(() => accountFromEnv({ VTEX_ACCOUNT: 'evil.com/x', VTEX_APP_KEY: 'a', VTEX_APP_TOKEN: 'b' })).toThrow(
      'not a VTEX account name'
    );
  });

  it("uses VTEX's documented hosts per module unless one base URL overrides them all", () => {
    const account = { account: 'lojademo', appKey: 'k', appToken: 't' };
    expect(moduleBase(account, 'oms')).toBe('https://lojademo.vtexcommercestable.com.br');
    expect(moduleBase(account, 'pricing')).toBe('https://api.vtex.com/lojademo');
    expect(moduleBase({ ...account, apiBase: 'http://127.0.0.1:5000/' }, 'pricing')).toBe('http://127.0.0.1:5000');
  });
});
