import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VtexError } from '../../../src/main/core/vtex/errors';
import { testConnection } from '../../../src/main/core/vtex/connection';
import { VtexHttp } from '../../../src/main/core/vtex/http';
import { readDocks, readPrice, readSalesChannels, readSku, readWarehouses } from '../../../src/main/core/vtex/readers';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => {
  h.time.sleeps.length = 0;
  h.logs.length = 0;
  h.fake.reset();
});

async function failure(promise: Promise<unknown>): Promise<VtexError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  if (!(error instanceof VtexError)) throw new Error(`expected a VtexError, got ${String(error)}`);
  return error;
}

describe('VTEX client faults', () => {
  it('types a 401 as unauthorized, without retrying and without the credentials in the message', async () => {
    const wrong = new VtexHttp({ ...h.account, appToken: 'WRONG-TOKEN-abcdef' }, { sleep: h.time.sleep });
    const error = await failure(readSalesChannels(wrong));
    expect(error.kind).toBe('unauthorized');
    expect(error.details.status).toBe(401);
    expect(error.details.attempts).toBe(1);
    expect(error.message).toContain('lojademo');
    expect(error.message).not.toContain('WRONG-TOKEN-abcdef');
    expect(JSON.stringify(error.details)).not.toContain('WRONG-TOKEN-abcdef');
  });

  it('names the missing License Manager resource on a 403, per module', async () => {
    h.fake.deny('pricing', 403);
    h.fake.deny('logistics', 403);
    const price = await failure(readPrice(h.http(), '10000'));
    expect(price.kind).toBe('forbidden');
    expect(price.details.missing).toMatchObject({ module: 'pricing', product: 'Pricing', resource: 'Read prices' });
    expect(price.message).toContain('Pricing › Price List › Read prices');
    const docks = await failure(readDocks(h.http()));
    expect(docks.message).toContain('Logistics › Logistics access › Logistics viewer');
    expect(docks.message).toContain('"Logistics - Read only"');
    // The connection test reports per module instead of failing.
    const report = await testConnection(h.http());
    expect(report.modules.pricing).toEqual({ readable: false, missing: expect.objectContaining({ resource: 'Read prices' }) });
    expect(report.modules.logistics).toMatchObject({ readable: false });
    expect(report.modules.catalog).toEqual({ readable: true });
  });

  it('waits out a 429 for the Retry-After seconds, then succeeds', async () => {
    h.fake.fault({ pathPrefix: '/api/catalog_system/pvt/saleschannel', times: 2, answer: { status: 429, retryAfter: '7' } });
    expect(await readSalesChannels(h.http())).toEqual(h.fake.store.salesChannels);
    expect(h.time.sleeps.filter((ms) => ms === 7_000)).toHaveLength(2);
    expect(h.logs.map((l) => `${l.status}:${l.outcome}`)).toEqual(['429:retry', '429:retry', '200:ok']);
  });

  it('reads Retry-After as an HTTP date too', async () => {
    const at = new Date(h.time.nowMs + 12_000).toUTCString();
    h.fake.fault({ pathPrefix: '/api/catalog_system/pvt/saleschannel', times: 1, answer: { status: 429, retryAfter: at } });
    await readSalesChannels(h.http());
    expect(h.time.sleeps[0]).toBeGreaterThanOrEqual(11_000);
    expect(h.time.sleeps[0]).toBeLessThanOrEqual(12_000);
  });

  it('fails rate-limited when 429 outlasts the attempts', async () => {
    h.fake.fault({ pathPrefix: '/api/catalog_system/pvt/saleschannel', times: 10, answer: { status: 429, retryAfter: '1' } });
    const error = await failure(readSalesChannels(h.http({ retry: { maxAttempts: 3 } })));
    expect(error.kind).toBe('rate-limited');
    expect(error.details.attempts).toBe(3);
  });

  it('backs off exponentially on 5xx and succeeds when the server recovers', async () => {
    h.fake.fault({ module: 'logistics', times: 3, answer: { status: 503 } });
    expect(await readDocks(h.http({ retry: { baseDelayMs: 100 }, random: () => 0.999 }))).toHaveLength(h.fake.store.docks.length);
    // Full jitter under ceilings of 100, 200, 400 ms.
    expect(h.time.sleeps).toEqual([99, 199, 399]);
  });

  it('fails with a typed server error after the maximum of attempts', async () => {
    h.fake.fault({ module: 'catalog', times: 5, answer: { status: 500 } });
    const error = await failure(readSku(h.http({ retry: { maxAttempts: 5 } }), '10000'));
    expect(error.kind).toBe('server');
    expect(error.details).toMatchObject({
      status: 500,
      attempts: 5,
      module: 'catalog',
      path: '/api/catalog_system/pvt/sku/stockkeepingunitbyid/10000'
    });
    expect(h.time.sleeps).toHaveLength(4);
  });

  it('times out a hanging request, retries it, and succeeds', async () => {
    h.fake.fault({ pathPrefix: '/api/logistics/pvt/configuration/warehouses', times: 1, answer: 'hang' });
    const http = h.http({ timeoutMs: 150 });
    expect(await readWarehouses(http)).toHaveLength(h.fake.store.warehouses.length);
    expect(h.logs.map((l) => l.outcome)).toEqual(['retry', 'ok']);
  });

  it('fails as a network error when every attempt hangs', async () => {
    h.fake.fault({ pathPrefix: '/api/logistics/pvt/configuration/warehouses', times: 2, answer: 'hang' });
    const error = await failure(readWarehouses(h.http({ timeoutMs: 100, retry: { maxAttempts: 2 } })));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('no answer within 100 ms');
  });

  it('caps the calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    const http = h.http({ concurrency: 3, fetch: counting });
    const ids = [...h.fake.store.skus.keys()].slice(0, 20);
    const skus = await Promise.all(ids.map((id) => readSku(http, id)));
    expect(skus.every((s) => s !== null)).toBe(true);
    expect(peak).toBe(3);
  });

  it('stops at once when the caller cancels', async () => {
    h.fake.fault({ module: 'catalog', times: 3, answer: { status: 503 } });
    const controller = new AbortController();
    const http = h.http({ sleep: async () => controller.abort(new Error('user cancelled')) });
    const error = await failure(readSku(http, '10000', controller.signal));
    expect(error.kind).toBe('cancelled');
  });
});
