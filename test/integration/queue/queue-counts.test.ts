import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { queueCountsAreCurrent, syncQueueCounts } from '../../../src/main/core/db/repositories/queue-counts-repository';
import {
  computeQueueFacets,
  computeQueueFacetsFromOrders,
  countsServe,
  totalFromCounts
} from '../../../src/main/core/db/repositories/queue-facets';
import { countQueue } from '../../../src/main/core/db/repositories/queue-repository';
import type { QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';
import { deleteResolution, writeResolution } from '../../../src/main/core/db/repositories/resolution-repository';
import {
  inMemoryMirrors,
  insertAffiliates,
  insertDiagnosis,
  insertOrder,
  picker,
  random,
  someOf
} from '../../support/seeded-mirror';

/*
 * The counts of migrations 0015, 0021 and 0023 against a fresh count of the rows themselves, done here in plain
 * TypeScript (not the migration's own rebuild), after long random sequences of every kind of write
 * the desk makes to orders, diagnoses, causes and resolutions.
 */

const inMemory = inMemoryMirrors();

const STATUSES = ['error', 'success', 'pending'] as const;
const TYPES = ['sku_inactive', 'out_of_stock', null] as const;
const AFFILIATES = ['AMZ', 'MLB', 'MGZ'];
const DAYS = ['2026-11-01T10:00:00.000Z', '2026-11-01T23:59:59.000Z', '2026-11-02T00:00:00.000Z', null];
const CODES = ['sku_inactive', 'no_stock', 'price_divergence'];
const KEYS = ['sku:1', 'sku:2', 'tp:1'];
const OUTCOMES = ['causes', 'no_cause_found', 'unexplained', 'insufficient_data'];
const DATES = [
  '2026-10-31T00:00:00.000Z',
  '2026-11-01T00:00:00.000Z',
  '2026-11-01T11:00:00.000Z',
  '2026-11-01T12:00:00.000Z',
  '2026-11-01T20:00:00.000Z',
  '2026-11-01T23:59:59.999Z',
  '2026-11-02T00:00:00.000Z',
  '2026-11-03T00:00:00.000Z'
];

type Order = {
  id: number;
  integration_status: string;
  error_type: string | null;
  affiliate_id: string;
  created_at: string | null;
  payment_value_cents: number | null;
};

/** The count tables' contents as a fresh count would have them, zero rows left out, sorted. */
function expected(db: Db) {
  const orders = db.prepare('SELECT * FROM marketplace_orders').all() as Order[];
  const resolved = new Set(db.prepare('SELECT order_id FROM order_resolutions').pluck().all() as number[]);
  const causes = db.prepare('SELECT order_id, code, group_key, trade_policy_id FROM diagnosis_causes').all() as {
    order_id: number;
    code: string;
    group_key: string;
    trade_policy_id: string | null;
  }[];
  const outcomes = db.prepare('SELECT order_id, outcome FROM diagnoses').all() as { order_id: number; outcome: string }[];
  const counts = new Map<string, number>();
  const add = (key: unknown[], by: number) => {
    const text = JSON.stringify(key);
    counts.set(text, (counts.get(text) ?? 0) + by);
  };
  for (const o of orders) {
    const state =
      o.integration_status === 'success'
        ? 'integrated'
        : resolved.has(o.id)
          ? 'resolved'
          : o.integration_status === 'error'
            ? 'open'
            : '';
    const type = o.error_type ?? '';
    const day = o.created_at?.slice(0, 10) ?? '';
    const value = o.payment_value_cents ?? 0;
    add(['order', state, type, o.affiliate_id, day, 'orders'], 1);
    add(['order', state, type, o.affiliate_id, day, 'value'], value);
    const values = new Set(causes.filter((c) => c.order_id === o.id).map((c) => c.code));
    for (const d of outcomes) if (d.order_id === o.id && d.outcome !== 'causes') values.add(d.outcome);
    for (const v of values) {
      add(['cause', v, state, type, o.affiliate_id], 1);
      add(['cause-day', v, state, day], 1);
      // Migration 0023.
      add(['cause-type-day', v, state, type, day], 1);
      add(['cause-affiliate-day', v, state, o.affiliate_id, day], 1);
      for (const other of values) if (v <= other) add(['pair', v, other, state, type, o.affiliate_id, day], 1);
    }
    if (!resolved.has(o.id)) {
      const groups = new Set(causes.filter((c) => c.order_id === o.id).map((c) => `${c.code}\u0000${c.group_key}`));
      for (const group of groups) {
        const [code, key] = group.split('\u0000');
        add(['group', code, key, 'orders'], 1);
        add(['group', code, key, 'value'], value);
        add(['place', code, key, 'affiliate', o.affiliate_id], 1);
      }
      const policies = new Set(
        causes
          .filter((c) => c.order_id === o.id && c.trade_policy_id !== null)
          .map((c) => `${c.code}\u0000${c.group_key}\u0000${c.trade_policy_id}`)
      );
      for (const place of policies)
        add(['place', ...place.split('\u0000').slice(0, 2), 'trade_policy', place.split('\u0000')[2]], 1);
    }
  }
  // Migration 0021: how many groups with open orders each cause has.
  const groups = [...counts].filter(([key, n]) => n !== 0 && key.startsWith('["group",') && key.endsWith(',"orders"]'));
  for (const [key] of groups) add(['tally', (JSON.parse(key) as string[])[1]], 1);
  return [...counts].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** What the tables hold, in the same shape. */
function stored(db: Db) {
  const rows: [string, number][] = [];
  const put = (key: unknown[], n: number) => n !== 0 && rows.push([JSON.stringify(key), n]);
  for (const r of db.prepare('SELECT * FROM queue_counts').all() as Record<string, string & number>[]) {
    put(['order', r.state, r.error_type, r.affiliate_id, r.day, 'orders'], r.orders);
    put(['order', r.state, r.error_type, r.affiliate_id, r.day, 'value'], r.value_cents);
  }
  for (const r of db.prepare('SELECT * FROM queue_cause_counts').all() as Record<string, string & number>[])
    put(['cause', r.value, r.state, r.error_type, r.affiliate_id], r.orders);
  for (const r of db.prepare('SELECT * FROM queue_cause_days').all() as Record<string, string & number>[])
    put(['cause-day', r.value, r.state, r.day], r.orders);
  for (const r of db.prepare('SELECT * FROM queue_cause_type_days').all() as Record<string, string & number>[])
    put(['cause-type-day', r.value, r.state, r.error_type, r.day], r.orders);
  for (const r of db.prepare('SELECT * FROM queue_cause_affiliate_days').all() as Record<string, string & number>[])
    put(['cause-affiliate-day', r.value, r.state, r.affiliate_id, r.day], r.orders);
  for (const r of db.prepare('SELECT * FROM queue_cause_pair_days').all() as Record<string, string & number>[])
    put(['pair', r.value, r.other, r.state, r.error_type, r.affiliate_id, r.day], r.orders);
  for (const r of db.prepare('SELECT * FROM cause_group_counts').all() as Record<string, string & number>[]) {
    put(['group', r.code, r.group_key, 'orders'], r.orders);
    put(['group', r.code, r.group_key, 'value'], r.value_cents);
  }
  for (const r of db.prepare('SELECT * FROM cause_group_places').all() as Record<string, string & number>[])
    put(['place', r.code, r.group_key, r.kind, r.id], r.orders);
  for (const r of db.prepare('SELECT * FROM cause_group_tallies').all() as Record<string, string & number>[])
    put(['tally', r.code], r.groups);
  return rows.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** One random write of the kinds the desk makes. */
function randomWrite(db: Db, next: () => number, nextId: () => number): void {
  const pick = picker(next);
  const anyOrder = () =>
    db.prepare('SELECT id FROM marketplace_orders ORDER BY random() LIMIT 1').pluck().get() as number | undefined;
  const roll = next();
  const id = anyOrder();
  if (roll < 0.15 || id === undefined) {
    insertOrder(db, {
      id: nextId(),
      marketplaceOrderId: `mp-${Math.floor(next() * 1e9)}`,
      affiliateId: pick(AFFILIATES),
      status: pick(STATUSES),
      errorType: pick(TYPES),
      createdAt: pick(DAYS),
      valueCents: pick([100, 2500, null])
    });
  } else if (roll < 0.2) {
    // The importer's upsert of an order it already holds.
    const mp = db.prepare('SELECT marketplace_order_id, affiliate_id FROM marketplace_orders WHERE id = ?').get(id) as {
      marketplace_order_id: string;
      affiliate_id: string;
    };
    db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, created_at, payment_value_cents) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (affiliate_id, marketplace_order_id) DO UPDATE SET integration_status = excluded.integration_status,
         created_at = excluded.created_at, payment_value_cents = excluded.payment_value_cents`
    ).run(mp.marketplace_order_id, mp.affiliate_id, pick(STATUSES), pick(DAYS), pick([7, 99]));
  } else if (roll < 0.35) {
    const column = pick(['integration_status', 'error_type', 'affiliate_id', 'created_at', 'payment_value_cents']);
    const values: Record<string, readonly unknown[]> = {
      integration_status: STATUSES,
      error_type: TYPES,
      affiliate_id: AFFILIATES,
      created_at: DAYS,
      payment_value_cents: [1, 333, null]
    };
    db.prepare(`UPDATE marketplace_orders SET ${column} = ? WHERE id = ?`).run(pick(values[column]), id);
  } else if (roll < 0.4) {
    db.prepare('DELETE FROM marketplace_orders WHERE id = ?').run(id);
  } else if (roll < 0.65) {
    // A diagnosis rewrite as writeDiagnoses does it: causes out, the diagnosis upserted, the new causes in.
    const outcome = pick(OUTCOMES);
    db.prepare('DELETE FROM diagnosis_causes WHERE order_id = ?').run(id);
    const count = outcome === 'causes' ? 1 + Math.floor(next() * 3) : 0;
    insertDiagnosis(
      db,
      id,
      outcome,
      Array.from({ length: count }, () => ({ code: pick(CODES), groupKey: pick(KEYS), tradePolicyId: pick(['1', '2', null]) }))
    );
  } else if (roll < 0.68) {
    // An outcome changed beside the causes it keeps: its pairs with them move (migration 0023).
    db.prepare('UPDATE diagnoses SET outcome = ? WHERE order_id = ?').run(pick(OUTCOMES), id);
  } else if (roll < 0.7) {
    // A replay that integrated the order forgets its diagnosis.
    db.prepare('DELETE FROM diagnosis_causes WHERE order_id = ?').run(id);
    db.prepare('DELETE FROM diagnoses WHERE order_id = ?').run(id);
  } else if (roll < 0.75) {
    db.prepare('UPDATE diagnosis_causes SET group_key = ?, code = ? WHERE order_id = ? AND position = 0').run(
      pick(KEYS),
      pick(CODES),
      id
    );
  } else if (roll < 0.9) {
    writeResolution(db, id, { reason: 'duplicate', note: null, resolvedAt: 'now', resolvedBy: 'agent' });
  } else {
    deleteResolution(db, id);
  }
}

describe('queue counts kept by the writer (migration 0015)', () => {
  it('equal a fresh count of the rows after every one of many random writes', () => {
    const db = inMemory();
    expect(syncQueueCounts(db)).toBe(true);
    const next = random(15);
    let id = 0;
    for (let step = 0; step < 600; step++) {
      randomWrite(db, next, () => ++id);
      if (step % 20 === 19) expect(stored(db)).toEqual(expected(db));
    }
    expect(stored(db).length).toBeGreaterThan(20);
    expect(stored(db)).toEqual(expected(db));
    expect(queueCountsAreCurrent(db)).toBe(true);
  });

  it('are distrusted when a bulk path set their triggers aside, and rebuilt equal by syncQueueCounts', () => {
    const db = inMemory();
    syncQueueCounts(db);
    const next = random(7);
    let id = 0;
    for (let step = 0; step < 100; step++) randomWrite(db, next, () => ++id);
    const triggers = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'queue_generation_counts_%'`)
      .all() as { name: string; sql: string }[];
    expect(triggers.length).toBeGreaterThan(10);
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
      for (let step = 0; step < 100; step++) randomWrite(db, next, () => ++id);
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    expect(queueCountsAreCurrent(db)).toBe(false);
    expect(stored(db)).not.toEqual(expected(db));
    expect(syncQueueCounts(db)).toBe(true);
    expect(stored(db)).toEqual(expected(db));
    expect(syncQueueCounts(db)).toBe(false);
  });

  it('give every facet and the total the same counts as counting the orders, under every filter they serve', () => {
    const db = inMemory();
    insertAffiliates(db);
    syncQueueCounts(db);
    const next = random(11);
    const some = someOf(next, 0.3);
    const pick = picker(next);
    let id = 0;
    let served = 0;
    let totals = 0;
    for (let step = 0; step < 300; step++) {
      randomWrite(db, next, () => ++id);
      if (step % 10 !== 9) continue;
      for (let probe = 0; probe < 16; probe++) {
        // The last probes always name an error type, a marketplace and both dates: the cause facet's sought cells.
        const both = probe >= 12;
        const filter: QueueCriteria = {
          states: some(['open', 'resolved', 'integrated'] as const),
          errorTypes: both ? [pick(['sku_inactive', 'out_of_stock'])] : some(['sku_inactive', 'out_of_stock']),
          // Every third probe two causes, or all three codes (their triple counted from the orders).
          causes: probe % 6 === 3 ? CODES : some([...CODES, 'no_cause_found']).slice(0, probe % 3 === 0 ? 2 : 1),
          affiliates: both ? [pick(AFFILIATES)] : some(AFFILIATES),
          tradePolicies: some(['1', '2']),
          search: '',
          // Dates on and off day boundaries, open at either end (the counts serve whole days, the orders the rest).
          ...(probe % 2 || both ? { from: pick(DATES) } : {}),
          ...(probe % 3 === 1 || both ? { to: pick(DATES) } : {})
        };
        if (countsServe(filter)) served++;
        const facets = computeQueueFacets(db, filter);
        expect(facets).toEqual(computeQueueFacetsFromOrders(db, filter));
        // The cause facet against the list's own count of each cause under the other filters.
        for (const value of [...CODES, 'no_cause_found', 'unexplained', 'insufficient_data'])
          expect(facets.causes.find((facet) => facet.value === value)?.count ?? 0, value).toBe(
            countQueue(db, { ...filter, causes: [value] })
          );
        const total = totalFromCounts(db, filter);
        if (total !== null) totals++;
        expect(total ?? countQueue(db, filter), JSON.stringify(filter)).toBe(countQueue(db, filter));
      }
    }
    expect(served).toBeGreaterThan(100);
    expect(totals).toBeGreaterThan(50);
  });

  it('count an order with all three of three causes once, within dates or not', () => {
    const db = inMemory();
    insertAffiliates(db);
    syncQueueCounts(db);
    // Orders with all three codes on each day and without a date, beside orders with two or one.
    DAYS.forEach((createdAt, index) => {
      for (const codes of [CODES, CODES.slice(0, 2), CODES.slice(1)]) {
        const id = index * 10 + codes.length * 3 + (codes[0] === CODES[0] ? 0 : 1);
        insertOrder(db, { id, affiliateId: 'AMZ', status: 'error', errorType: 'sku_inactive', createdAt });
        insertDiagnosis(
          db,
          id,
          'causes',
          codes.map((code) => ({ code }))
        );
      }
    });
    for (const dates of [{}, { from: '2026-11-01T00:00:00.000Z' }, { from: DAYS[0]!, to: '2026-11-01T23:59:59.999Z' }]) {
      const filter: QueueCriteria = {
        states: [],
        errorTypes: [],
        causes: CODES,
        affiliates: [],
        tradePolicies: [],
        search: '',
        ...dates
      };
      expect(computeQueueFacets(db, filter), JSON.stringify(dates)).toEqual(computeQueueFacetsFromOrders(db, filter));
      expect(totalFromCounts(db, filter)).toBe(countQueue(db, filter));
    }
  });
});
