import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countByKind } from '../../../src/main/core/db/repositories/counts-repository';
import { readMeta } from '../../../src/main/core/db/repositories/meta-repository';
import { syncOmsIncremental } from '../../../src/main/core/vtex/sync';
import { OMS_CHECKPOINT, readOmsSyncedUntil, readSyncedAt } from '../../../src/main/core/vtex/sync-state';
import { padOms } from '../../support/fake-vtex';
import { startHarness, type Harness } from './harness';
import { seededMirror } from './sync-harness';

let h: Harness;
let mirror: Awaited<ReturnType<typeof seededMirror>>;
const from = new Date('2025-05-01T00:00:00.000Z');
const to = new Date('2025-05-31T23:59:59.999Z');
let padded: string[];

beforeAll(async () => {
  h = await startHarness();
  padded = padOms(h.fake.store, 260, from, to);
});
afterAll(async () => h.close());
beforeEach(async () => {
  h.fake.reset();
  mirror = await seededMirror(h);
});
afterEach(() => mirror.dispose());

describe('OMS incremental sync by creation date', () => {
  it('brings every marketplace order of the range, in windows inside the 30-page limit', async () => {
    const before = countByKind(mirror.db)['oms-orders'];
    const result = await syncOmsIncremental(mirror.db, h.http(), { from, to, perPage: 5, clock: h.time.clock });
    expect(result.orders).toBe(padded.length);
    expect(result.windows).toBeGreaterThan(1);
    expect(countByKind(mirror.db)['oms-orders']).toBe(before + padded.length);
    expect(readOmsSyncedUntil(mirror.db)).toBe(to.toISOString());
    expect(readSyncedAt(mirror.db)['oms-orders']).toBe(h.time.clock.now().toISOString());
    expect(readMeta(mirror.db)[OMS_CHECKPOINT]).toBeUndefined();
  });

  it('resumes after the last window applied when a run is interrupted', async () => {
    const before = countByKind(mirror.db)['oms-orders'];
    let windows = 0;
    const crash = () => {
      windows += 1;
      if (windows === 1) throw new Error('network lost');
    };
    await expect(syncOmsIncremental(mirror.db, h.http(), { from, to, perPage: 5, onProgress: crash })).rejects.toThrow(
      'network lost'
    );
    const partly = countByKind(mirror.db)['oms-orders'] - before;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(padded.length);
    const checkpoint = JSON.parse(readMeta(mirror.db)[OMS_CHECKPOINT] ?? '{}') as { doneUntil: string };

    const db = mirror.reopen();
    const mark = h.fake.requests.length;
    const result = await syncOmsIncremental(db, h.http(), { from, to, perPage: 5 });
    expect(result.resumedFrom).toBe(checkpoint.doneUntil);
    expect(result.orders).toBe(padded.length - partly);
    expect(countByKind(db)['oms-orders'] - before).toBe(padded.length);
    // No order already applied was fetched again.
    const refetched = h.fake.requests.slice(mark).filter((r) => r.path.startsWith('/api/oms/pvt/orders/'));
    expect(refetched).toHaveLength(padded.length - partly);
    const windowsAsked = h.fake.requests
      .slice(mark)
      .map((r) => new URLSearchParams(r.query).get('f_creationDate'))
      .filter((w) => w !== null);
    expect(windowsAsked.every((w) => (w ?? '').split(' TO ')[0] > `creationDate:[${checkpoint.doneUntil}`)).toBe(true);
  });

  it('resumes from the same date even when the run started again ends later (the CLI syncs to "now")', async () => {
    const before = countByKind(mirror.db)['oms-orders'];
    const later = padOms(h.fake.store, 7, new Date(to.getTime() + 60_000), new Date(to.getTime() + 120_000));
    let windows = 0;
    const crash = () => {
      windows += 1;
      if (windows === 1) throw new Error('network lost');
    };
    await expect(syncOmsIncremental(mirror.db, h.http(), { from, to, perPage: 5, onProgress: crash })).rejects.toThrow(
      'network lost'
    );
    const checkpoint = JSON.parse(readMeta(mirror.db)[OMS_CHECKPOINT] ?? '{}') as { doneUntil: string };
    const result = await syncOmsIncremental(mirror.db, h.http(), { from, to: new Date(to.getTime() + 180_000), perPage: 5 });
    expect(result.resumedFrom).toBe(checkpoint.doneUntil);
    expect(countByKind(mirror.db)['oms-orders'] - before).toBe(padded.length + later.length);
  });

  it('a window that fails applies nothing of itself', async () => {
    h.fake.fault({ pathPrefix: '/api/oms/pvt/orders/', times: 10_000, answer: { status: 500 } });
    const before = countByKind(mirror.db)['oms-orders'];
    await expect(
      syncOmsIncremental(mirror.db, h.http({ retry: { maxAttempts: 2 } }), { from, to, perPage: 5 })
    ).rejects.toMatchObject({ kind: 'server' });
    expect(countByKind(mirror.db)['oms-orders']).toBe(before);
  });
});
