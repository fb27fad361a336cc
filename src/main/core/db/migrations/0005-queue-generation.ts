import type { Database } from 'better-sqlite3';

/*
 * mirror_meta `queue_generation`: bumped by triggers on every write that can change the queue's
 * facet counts or its cause groups, so both are cached per generation (queue-cache.ts) and
 * recomputed only after such a write. The counter lives in the file, so a write by another
 * process (the diagnosis worker, a CLI import) invalidates too.
 *
 * What bumps it:
 * - an order inserted or deleted, or its status, error type, affiliate, dates, value or connector
 *   changed (the facets filter and label by these; groups sum the value);
 * - any write to diagnoses (outcome and top cause feed the cause facet);
 * - a cause inserted or changed. A cause is never deleted alone: its order's diagnosis is upserted
 *   or deleted in the same write (writeDiagnoses, replay), or its order goes (cascade). A DELETE
 *   trigger there would also cost the whole-mirror sweep SQLite's truncate of diagnosis_causes;
 * - an order marked for re-indexing by the search triggers (migration 0003): its document changed,
 *   so a filter that searches may match other orders.
 * Names of affiliates, trade policies and SKUs are store data: store_generation (migration 0004)
 * already counts their writes, and the cache is keyed by both counters.
 */
const BUMP = `UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'queue_generation';`;

const TRIGGERS: [name: string, event: string][] = [
  ['orders_insert', 'INSERT ON marketplace_orders'],
  ['orders_delete', 'DELETE ON marketplace_orders'],
  [
    'orders_update',
    'UPDATE OF id, integration_status, error_type, affiliate_id, connector_name, created_at, processed_at, payment_value_cents ON marketplace_orders'
  ],
  ['diagnoses_insert', 'INSERT ON diagnoses'],
  ['diagnoses_update', 'UPDATE ON diagnoses'],
  ['diagnoses_delete', 'DELETE ON diagnoses'],
  ['causes_insert', 'INSERT ON diagnosis_causes'],
  ['causes_update', 'UPDATE ON diagnosis_causes'],
  ['search_dirty', 'INSERT ON queue_search_dirty']
];

export function up(db: Database): void {
  db.prepare(
    `INSERT INTO mirror_meta (key, value) VALUES ('queue_generation', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value`
  ).run();
  db.exec(
    TRIGGERS.map(([name, event]) => `CREATE TRIGGER queue_generation_${name} AFTER ${event} BEGIN ${BUMP} END;`).join('\n')
  );
}
