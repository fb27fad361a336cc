import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOrders, OMS_MAX_PAGES } from '../../../src/main/core/vtex/oms';
import { OMS_PAGE_LIMIT, padOms } from '../../support/fake-vtex';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const pageOf = (query: string): number => Number(new URLSearchParams(query).get('page'));

describe('OMS list windowing (30-page hard limit)', () => {
  it('splits a range of more than 30 pages in halves until each fits, listing every order once', async () => {
    const from = new Date('2025-03-01T00:00:00.000Z');
    const to = new Date('2025-03-31T23:59:59.999Z');
    const padded = padOms(h.fake.store, 3_250, from, to);
    const before = h.fake.requests.length;
    const seen: string[] = [];
    const windows: { from: Date; to: Date }[] = [];
    for await (const chunk of listOrders(h.http(), { from, to, perPage: 100 })) {
      windows.push(chunk.range);
      seen.push(...chunk.items.map((i) => i.orderId));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual([...padded].sort());
    // Windows are contiguous, oldest first, and cover the whole range.
    expect(windows[0].from).toEqual(from);
    expect(windows.at(-1)?.to).toEqual(to);
    windows.slice(1).forEach((w, n) => expect(w.from.getTime()).toBe(windows[n].to.getTime() + 1));
    const calls = h.fake.requests.slice(before).filter((r) => r.path === '/api/oms/pvt/orders');
    expect(calls.every((c) => c.status === 200)).toBe(true);
    expect(Math.max(...calls.map((c) => pageOf(c.query)))).toBeLessThanOrEqual(OMS_PAGE_LIMIT);
    expect(calls.every((c) => new URLSearchParams(c.query).get('per_page') === '100')).toBe(true);
    expect(windows.length).toBeGreaterThan(1);
    expect(OMS_MAX_PAGES).toBe(OMS_PAGE_LIMIT);
  });

  it('never asks for more than 100 orders a page', async () => {
    const before = h.fake.requests.length;
    const chunks = [];
    for await (const chunk of listOrders(h.http(), {
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-12-31T00:00:00Z'),
      perPage: 500
    }))
      chunks.push(chunk);
    const calls = h.fake.requests.slice(before);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => new URLSearchParams(c.query).get('per_page') === '100' && c.status === 200)).toBe(true);
    expect(chunks.flatMap((c) => c.items).length).toBe(
      [...h.fake.store.oms.values()].filter((o) => o.creationDate.startsWith('2026')).length
    );
  });

  it('refuses, rather than skips, a single instant holding more than 30 pages', async () => {
    const instant = new Date('2024-06-01T12:00:00.000Z');
    padOms(h.fake.store, 40, instant, instant);
    const run = async () => {
      for await (const chunk of listOrders(h.http(), { from: instant, to: instant, perPage: 1 })) void chunk;
    };
    await expect(run()).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
