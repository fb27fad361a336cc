import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import {
  countQueue,
  listQueueIds,
  queuePosition,
  readQueueRows,
  type QueueCriteria,
  type QueueOrder
} from '../../../src/main/core/db/repositories/queue-repository';
import { NO_FILTER, seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

const ids = (filter: Partial<QueueCriteria>, sort: QueueOrder = { by: 'date', direction: 'desc' }, offset = 0, limit = 100) =>
  listQueueIds(db, { ...NO_FILTER, ...filter }, sort, { offset, limit });
const count = (filter: Partial<QueueCriteria>) => countQueue(db, { ...NO_FILTER, ...filter });

describe('queue filters', () => {
  it('lists failed orders by default and every order with status all', () => {
    expect(ids({}).sort()).toEqual([1, 2, 3, 5, 6]);
    expect(count({})).toBe(5);
    expect(ids({ states: [] }).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('filters by error type, OR within the field', () => {
    expect(ids({ errorTypes: ['sla_unavailable'] }).sort()).toEqual([1, 3, 6]);
    expect(ids({ errorTypes: ['out_of_stock', 'price_divergence'] }).sort()).toEqual([2, 5]);
  });

  it('filters by cause code, at any position, and by a diagnosis outcome', () => {
    expect(ids({ causes: ['sku_inactive'] }).sort()).toEqual([1, 2]);
    expect(ids({ causes: ['no_cause_found'] })).toEqual([3]);
    expect(ids({ causes: ['insufficient_data', 'price_divergence_rule_missing'] }).sort()).toEqual([5, 6]);
  });

  it('filters by affiliate and by trade policy (the affiliate’s sales channel)', () => {
    expect(ids({ affiliates: ['MGZ'] }).sort()).toEqual([5, 6]);
    expect(ids({ tradePolicies: ['2'] }).sort()).toEqual([3, 5, 6]);
    expect(ids({ tradePolicies: ['1'], states: [] }).sort()).toEqual([1, 2, 7]);
  });

  it('filters by creation date, comparing instants whatever the zone the caller wrote', () => {
    expect(ids({ from: '2026-11-03T00:00:00Z' }).sort()).toEqual([2, 3, 6]);
    // 07:00-03:00 is 10:00 UTC: order 2 was created exactly then, the bound is inclusive.
    expect(ids({ from: '2026-11-03T07:00:00-03:00', to: '2026-11-04T10:00:00Z' }).sort()).toEqual([2, 6]);
    expect(ids({ to: '2026-10-31T00:00:00.000+00:00' })).toEqual([5]);
  });

  it('combines filters with AND across fields', () => {
    expect(ids({ errorTypes: ['sla_unavailable'], tradePolicies: ['2'] }).sort()).toEqual([3, 6]);
    expect(ids({ errorTypes: ['sla_unavailable'], causes: ['sku_inactive'], affiliates: ['AMZ'] })).toEqual([1]);
    expect(ids({ causes: ['sku_inactive'], from: '2026-11-02T00:00:00Z' })).toEqual([2]);
    expect(count({ errorTypes: ['sla_unavailable'], affiliates: ['AMZ'], search: 'jose' })).toBe(1);
    expect(ids({ errorTypes: ['out_of_stock'], affiliates: ['MLB'] })).toEqual([]);
  });
});

describe('queue search', () => {
  it('finds SKU names without accents and by prefix', () => {
    expect(ids({ search: 'tenis' }).sort()).toEqual([1, 2, 6]);
    expect(ids({ search: 'TÊN' }).sort()).toEqual([1, 2, 6]);
    expect(ids({ search: 'mochila', states: [] }).sort()).toEqual([3, 7]);
  });

  it('finds order ids by prefix, with or without the dash', () => {
    expect(ids({ search: '702-10' }).sort()).toEqual([1, 2]);
    expect(ids({ search: '7021002' })).toEqual([2]);
    expect(ids({ search: '850-2' })).toEqual([3]);
  });

  it('finds SKU ids and RefIds, customers and messages; every word must match', () => {
    expect(ids({ search: '1003' }).sort()).toEqual([1, 2, 6]);
    expect(ids({ search: 'cam-2001' }).sort()).toEqual([2, 5]);
    expect(ids({ search: 'maria@example' })).toEqual([2]);
    expect(ids({ search: 'souza' })).toEqual([2]);
    expect(ids({ search: 'divergencia' })).toEqual([5]);
    expect(ids({ search: 'tenis jose' })).toEqual([1]);
    expect(ids({ search: 'tenis mochila' })).toEqual([]);
  });

  it('treats hostile input as text, never as SQL or FTS syntax', () => {
    for (const search of [
      '"; DROP TABLE marketplace_orders; --',
      '"unbalanced',
      'a"b"c',
      'NEAR(',
      'tenis OR',
      '*',
      '-',
      '(',
      'AND',
      "'",
      '^702'
    ]) {
      expect(() => ids({ search }), search).not.toThrow();
      expect(() => count({ search }), search).not.toThrow();
    }
    expect(ids({ search: '^702' }).sort()).toEqual([1, 2]);
    expect(ids({ search: 'tenis OR' })).toEqual([]);
    // Only punctuation: nothing searchable, so no search at all.
    expect(count({ search: '"*()' })).toBe(5);
    expect(db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get()).toBe(7);
  });
});

describe('queue sort and paging', () => {
  it('sorts by last attempt date, NULL dates last when descending and first ascending', () => {
    expect(ids({})).toEqual([5, 3, 2, 1, 6]);
    expect(ids({}, { by: 'date', direction: 'asc' })).toEqual([6, 1, 2, 3, 5]);
  });

  it('sorts by value, ties broken by id in the same direction', () => {
    expect(ids({}, { by: 'value', direction: 'desc' })).toEqual([2, 5, 1, 3, 6]);
    expect(ids({}, { by: 'value', direction: 'asc' })).toEqual([6, 3, 1, 5, 2]);
  });

  it('sorts by age: descending lists the oldest order first', () => {
    expect(ids({}, { by: 'age', direction: 'desc' })).toEqual([5, 1, 2, 6, 3]);
    expect(ids({}, { by: 'age', direction: 'asc' })).toEqual([3, 6, 2, 1, 5]);
  });

  it('pages without overlap or gaps', () => {
    for (const sort of [
      { by: 'value', direction: 'desc' },
      { by: 'date', direction: 'asc' },
      { by: 'age', direction: 'asc' }
    ] as QueueOrder[]) {
      const whole = ids({ states: [] }, sort);
      const paged = [0, 2, 4, 6].flatMap((offset) => ids({ states: [] }, sort, offset, 2));
      expect(paged).toEqual(whole);
    }
  });

  it('gives the position of an order in the filtered, sorted list, or null when it is not in it', () => {
    for (const sort of [
      { by: 'date', direction: 'desc' },
      { by: 'date', direction: 'asc' },
      { by: 'value', direction: 'asc' },
      { by: 'value', direction: 'desc' },
      { by: 'age', direction: 'desc' }
    ] as QueueOrder[]) {
      const list = ids({}, sort);
      list.forEach((id, index) =>
        expect(queuePosition(db, id, NO_FILTER, sort), `${sort.by} ${sort.direction} #${id}`).toBe(index)
      );
    }
    expect(queuePosition(db, 4, NO_FILTER, { by: 'date', direction: 'desc' })).toBeNull();
    expect(queuePosition(db, 3, { ...NO_FILTER, affiliates: ['MLB', 'MGZ'] }, { by: 'value', direction: 'desc' })).toBe(1);
    expect(queuePosition(db, 999, NO_FILTER, { by: 'date', direction: 'desc' })).toBeNull();
  });
});

describe('queue rows', () => {
  it('carries the top cause with its SKU name, the cause count, the outcome and the trade policy', () => {
    const [first, second, third] = readQueueRows(db, [1, 2, 3]);
    expect(first).toMatchObject({
      id: 1,
      marketplaceOrderId: '702-1001',
      affiliateId: 'AMZ',
      connectorName: 'Amazon BR',
      tradePolicyId: '1',
      integrationStatus: 'error',
      message: 'No available SLA for item 1003',
      errorType: 'sla_unavailable',
      outcome: 'causes',
      causeCount: 2,
      skuIds: ['1003'],
      valueCents: 5000,
      createdAt: '2026-11-01T10:00:00.000Z',
      processedAt: '2026-11-02T10:00:00.000Z',
      attempts: 1
    });
    expect(first.topCause).toEqual({
      code: 'sku_inactive',
      skuId: '1003',
      skuName: 'Tênis Corrida Azul',
      warehouseId: null,
      dockId: null,
      shippingPolicyId: null,
      tradePolicyId: null
    });
    // SKUs at fault, in the causes' order.
    expect(second.skuIds).toEqual(['2001', '1003']);
    expect(second.topCause?.code).toBe('insufficient_stock');
    // No cause: the order's own items, and no top cause.
    expect(third).toMatchObject({
      outcome: 'no_cause_found',
      topCause: null,
      causeCount: 0,
      skuIds: ['3005'],
      tradePolicyId: '2'
    });
  });

  it('keeps the order of the ids asked for and skips unknown ones', () => {
    expect(readQueueRows(db, [6, 999, 4, 1]).map((row) => row.id)).toEqual([6, 4, 1]);
    const [pending] = readQueueRows(db, [7]);
    expect(pending).toMatchObject({ outcome: null, errorType: null, topCause: null, causeCount: 0, skuIds: ['3005'] });
  });
});
