import { afterEach } from 'vitest';
import { openMirror, type Db } from '../../src/main/core/db/connection';
import { orderByOf, type QueueOrder } from '../../src/main/core/db/repositories/queue-filter-sql';

/*
 * Seeded random mirrors for the queue's property tests: a generator that gives the same numbers
 * for the same seed, and the rows the desk writes (orders, diagnoses with their causes,
 * resolutions) in the fewest columns each test needs.
 */

/** A linear congruential generator in [0, 1): the same seed, the same mirror and the same writes. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Picks one of `values` with the generator. */
export const picker =
  (next: () => number) =>
  <T>(values: readonly T[]): T =>
    values[Math.floor(next() * values.length)];

/** Each value kept with probability `share`. */
export const someOf =
  (next: () => number, share: number) =>
  <T>(values: readonly T[]): T[] =>
    values.filter(() => next() < share);

/** Opens in-memory mirrors for a test file and closes them after each test. */
export function inMemoryMirrors(): () => Db {
  const open: Db[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));
  return () => {
    const db = openMirror(':memory:');
    open.push(db);
    return db;
  };
}

/** Amazon and Magalu on trade policy 1, Mercado Livre on 2. */
export function insertAffiliates(db: Db, ids: readonly ('AMZ' | 'MLB' | 'MGZ')[] = ['AMZ', 'MLB', 'MGZ']): void {
  const names = { AMZ: ['Amazon', '1'], MLB: ['Mercado Livre', '2'], MGZ: ['Magalu', '1'] };
  const insert = db.prepare('INSERT INTO affiliates (id, name, sales_channel) VALUES (?, ?, ?)');
  for (const id of ids) insert.run(id, ...names[id]);
}

export interface SeedOrder {
  id: number;
  /** `702-<id>` unless given. */
  marketplaceOrderId?: string;
  affiliateId: string;
  status: string;
  errorType?: string | null;
  createdAt?: string | null;
  processedAt?: string | null;
  valueCents?: number | null;
}

export function insertOrder(db: Db, order: SeedOrder): void {
  db.prepare(
    `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, error_type, created_at, processed_at, payment_value_cents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    order.id,
    order.marketplaceOrderId ?? `702-${order.id}`,
    order.affiliateId,
    order.status,
    order.errorType ?? null,
    order.createdAt ?? null,
    order.processedAt ?? null,
    order.valueCents ?? null
  );
}

export interface SeedCause {
  code: string;
  groupKey?: string;
  tradePolicyId?: string | null;
}

/**
 * An order's diagnosis (upserted, as the diagnosis writer does) and its causes after any it had,
 * numbered on from their last position.
 */
export function insertDiagnosis(db: Db, orderId: number, outcome: string, causes: readonly SeedCause[] = []): void {
  db.prepare(
    `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES (?, 'sku_inactive', 1, ?, 'x', 'x')
     ON CONFLICT (order_id) DO UPDATE SET outcome = excluded.outcome`
  ).run(orderId, outcome);
  const next = db.prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM diagnosis_causes WHERE order_id = ?').pluck();
  for (const cause of causes)
    db.prepare(
      `INSERT INTO diagnosis_causes (order_id, position, code, group_key, trade_policy_id, evidence_json, fix_json)
       VALUES (?, ?, ?, ?, ?, '{}', '{}')`
    ).run(orderId, next.get(orderId), cause.code, cause.groupKey ?? '', cause.tradePolicyId ?? null);
}

/** Resolves an order as a duplicate, straight into the table (no audit). */
export function insertResolution(db: Db, orderId: number): void {
  db.prepare(`INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (?, 'duplicate', 'x', 'x')`).run(
    orderId
  );
}

/**
 * The orders a filter selects, in a sort's order, straight from its SQL: what every faster shape of
 * a queue page (an index walk, a date seek, a search's kept hits) must give.
 */
export function orderedIds(db: Db, where: { sql: string; params: Record<string, string | number> }, sort: QueueOrder): number[] {
  return db
    .prepare(`SELECT o.id FROM marketplace_orders o WHERE ${where.sql} ORDER BY ${orderByOf(sort)}`)
    .pluck()
    .all(where.params) as number[];
}
