import type { Database } from 'better-sqlite3';

/*
 * The full sweep's diagnoses and the mirror's knowledge of its own completeness.
 *
 * 1. diagnoses gains the `unexplained` outcome (SQLite changes a CHECK only by rebuilding the
 *    table), the type the evidence points to (`inferred_error_type`), the check families that ran
 *    (`checked_json`) and the findings beside the verdict (`also_found_json`). Also-found findings
 *    stay out of diagnosis_causes, so groups ("fix once, reprocess N") and the queue's cause filter
 *    remain built from the causes alone.
 *
 * 2. mirror_meta `complete_kinds`: the kinds of store record imported whole (a JSON array), so a
 *    record missing from one is a finding. Mirrors written before this did not record what their
 *    imports brought: every kind that has rows is taken as complete.
 *
 * 3. mirror_meta `store_generation`: bumped by triggers on every write to the tables the rules'
 *    in-memory store is read from (and on the orders' status, which decides which OMS orders it
 *    holds), so that store is re-read only when they change — not after a note, an audit entry or a
 *    diagnosis write — and writes by another process are seen too.
 */
const REBUILD_DIAGNOSES = `
  CREATE TABLE diagnoses_0004 (
    order_id INTEGER PRIMARY KEY REFERENCES marketplace_orders (id) ON DELETE CASCADE,
    error_type TEXT NOT NULL,
    confidence REAL NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('causes', 'no_cause_found', 'unexplained', 'insufficient_data')),
    top_cause TEXT,
    missing_json TEXT,
    ran_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    inferred_error_type TEXT,
    checked_json TEXT,
    also_found_json TEXT
  );
  INSERT INTO diagnoses_0004 (order_id, error_type, confidence, outcome, top_cause, missing_json, ran_at, as_of)
    SELECT order_id, error_type, confidence, outcome, top_cause, missing_json, ran_at, as_of FROM diagnoses;
  DROP TABLE diagnoses;
  ALTER TABLE diagnoses_0004 RENAME TO diagnoses;
  CREATE INDEX diagnoses_top_cause ON diagnoses (top_cause);
  CREATE INDEX diagnoses_outcome ON diagnoses (outcome);
  CREATE INDEX diagnoses_inferred_error_type ON diagnoses (inferred_error_type);
`;

/** Each store kind and the tables holding its rows (as the migration found them). */
const KIND_TABLES: [string, string[]][] = [
  ['affiliates', ['affiliates']],
  ['sales-channels', ['trade_policies']],
  ['skus', ['skus']],
  ['inventory', ['inventory']],
  ['prices', ['prices']],
  ['docks', ['docks']],
  ['warehouses', ['warehouses']],
  ['shipping-policies', ['shipping_policies']],
  ['freight-values', ['freight_values']],
  ['store-settings', ['price_divergence_rules', 'erp_carriers', 'xml_integrations', 'sell_out_of_stock']],
  ['oms-orders', ['oms_orders']]
];

/** Tables the rules' store is read from. */
const STORE_TABLES = [
  'affiliates',
  'trade_policies',
  'skus',
  'sku_trade_policies',
  'sku_collections',
  'inventory',
  'prices',
  'fixed_prices',
  'docks',
  'dock_trade_policies',
  'dock_shipping_policies',
  'warehouses',
  'warehouse_docks',
  'shipping_policies',
  'freight_values',
  'price_divergence_rules',
  'erp_carriers',
  'xml_integrations',
  'sell_out_of_stock',
  'oms_orders'
];

const BUMP = `INSERT INTO mirror_meta (key, value) VALUES ('store_generation', '1')
  ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;`;

function generationTriggers(): string {
  const triggers = STORE_TABLES.flatMap((table) =>
    ['INSERT', 'UPDATE', 'DELETE'].map(
      (event) => `CREATE TRIGGER store_generation_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${BUMP} END;`
    )
  );
  // Which orders are failing decides which OMS orders the store holds; nothing else of an order does.
  triggers.push(
    `CREATE TRIGGER store_generation_orders_insert AFTER INSERT ON marketplace_orders BEGIN ${BUMP} END;`,
    `CREATE TRIGGER store_generation_orders_delete AFTER DELETE ON marketplace_orders BEGIN ${BUMP} END;`,
    `CREATE TRIGGER store_generation_orders_update AFTER UPDATE OF integration_status, marketplace_order_id, affiliate_id
       ON marketplace_orders BEGIN ${BUMP} END;`
  );
  return triggers.join('\n');
}

export function up(db: Database): void {
  db.exec(REBUILD_DIAGNOSES);
  const complete = KIND_TABLES.filter(([, tables]) =>
    tables.some((table) => db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1)
  ).map(([kind]) => kind);
  const upsert = db.prepare(
    'INSERT INTO mirror_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  );
  upsert.run('complete_kinds', JSON.stringify(complete));
  upsert.run('store_generation', '1');
  db.exec(generationTriggers());
}
