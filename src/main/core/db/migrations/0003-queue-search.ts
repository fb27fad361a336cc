import type { Database } from 'better-sqlite3';

/*
 * Full-text search for the queue: one document per marketplace order (rowid = its id) with its id,
 * also without dashes so "70212" finds "702-12345"; its SKUs' ids, names and RefIds; the customer's
 * name and e-mail; and the integration message. `unicode61 remove_diacritics 2` folds accents so
 * "tenis" finds "Tênis". The table is contentless (the text already lives in the mirror), and
 * contentless_delete lets a document be replaced by rowid.
 *
 * Triggers use ON CONFLICT DO NOTHING, not INSERT OR IGNORE: an upsert that fires them (the
 * importer's INSERT … ON CONFLICT DO UPDATE) would override OR IGNORE and fail on a repeat.
 *
 * Keeping it in sync: triggers on orders, items and SKUs only mark the order dirty; the index
 * catches up in one statement (syncQueueSearch in queue-repository.ts) before a search runs, or
 * when an import calls it at its end. Triggers, not a refresh call every writer must remember,
 * because the mirror has many writers (import, reprocess, fixes). Measured with the benchmark's
 * bulk INSERTs (test/bench/queue-bench-seed.ts): writing the documents from the triggers made an
 * import 2× slower (200k orders: 26 s against 13 s), since FTS5 flushes its pending terms at every
 * statement; marking dirty costs about a third (100k in memory: 5.8 s against 4.2 s), and the
 * catch-up then indexes 1M orders in 9.5 s.
 */
const SEARCH = `
  CREATE VIRTUAL TABLE queue_search USING fts5 (
    doc, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TABLE queue_search_dirty (order_id INTEGER PRIMARY KEY);
  CREATE VIEW queue_search_source AS
    SELECT o.id AS order_id,
           concat_ws(' ', o.marketplace_order_id, replace(o.marketplace_order_id, '-', ''),
             o.customer_first_name, o.customer_last_name, o.customer_email, o.integration_message,
             (SELECT group_concat(concat_ws(' ', i.sku_id, s.name, s.ref_id), ' ')
                FROM order_items i LEFT JOIN skus s ON s.id = i.sku_id WHERE i.order_id = o.id)) AS doc
      FROM marketplace_orders o;
  INSERT INTO queue_search_dirty (order_id) SELECT id FROM marketplace_orders;

  CREATE TRIGGER queue_search_order_insert AFTER INSERT ON marketplace_orders BEGIN
    INSERT INTO queue_search_dirty (order_id) VALUES (new.id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_order_update
    AFTER UPDATE OF id, marketplace_order_id, customer_first_name, customer_last_name, customer_email, integration_message
    ON marketplace_orders BEGIN
    INSERT INTO queue_search_dirty (order_id) VALUES (old.id), (new.id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_order_delete AFTER DELETE ON marketplace_orders BEGIN
    INSERT INTO queue_search_dirty (order_id) VALUES (old.id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_item_insert AFTER INSERT ON order_items BEGIN
    INSERT INTO queue_search_dirty (order_id) VALUES (new.order_id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_item_update AFTER UPDATE OF order_id, sku_id ON order_items BEGIN
    INSERT INTO queue_search_dirty (order_id) VALUES (old.order_id), (new.order_id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_item_delete AFTER DELETE ON order_items BEGIN
    INSERT INTO queue_search_dirty (order_id) VALUES (old.order_id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_sku_insert AFTER INSERT ON skus BEGIN
    INSERT INTO queue_search_dirty (order_id) SELECT order_id FROM order_items WHERE sku_id = new.id ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_sku_update AFTER UPDATE OF id, name, ref_id ON skus BEGIN
    INSERT INTO queue_search_dirty (order_id) SELECT order_id FROM order_items WHERE sku_id IN (old.id, new.id) ON CONFLICT DO NOTHING;
  END;
  CREATE TRIGGER queue_search_sku_delete AFTER DELETE ON skus BEGIN
    INSERT INTO queue_search_dirty (order_id) SELECT order_id FROM order_items WHERE sku_id = old.id ON CONFLICT DO NOTHING;
  END;
`;

/*
 * Indexes for the queue's sorts and filters. Every secondary index ends with the rowid, so
 * "ORDER BY x, id" walks them without a sort step, and the list pages by id from covering scans.
 * Sort keys: date = processed_at, value = payment_value_cents, age = created_at (0001 has those).
 */
const INDEXES = `
  CREATE INDEX marketplace_orders_status_processed ON marketplace_orders (integration_status, processed_at);
  CREATE INDEX marketplace_orders_processed ON marketplace_orders (processed_at);
  CREATE INDEX marketplace_orders_value ON marketplace_orders (payment_value_cents);
  CREATE INDEX marketplace_orders_error_type_processed ON marketplace_orders (error_type, processed_at);
  CREATE INDEX marketplace_orders_error_type_value ON marketplace_orders (error_type, payment_value_cents);
  -- Covering for "affiliate + date range": count and sort without reading a row (470 → 18 ms at 1M).
  CREATE INDEX marketplace_orders_affiliate_created_keys
    ON marketplace_orders (affiliate_id, created_at, integration_status, processed_at, payment_value_cents);
  -- Covering for the facets' one (error type, affiliate) count.
  CREATE INDEX marketplace_orders_facets ON marketplace_orders (integration_status, error_type, affiliate_id, created_at);
  CREATE INDEX diagnosis_causes_code_order ON diagnosis_causes (code, order_id);
  CREATE INDEX diagnoses_outcome ON diagnoses (outcome);
`;

export function up(db: Database): void {
  db.exec(SEARCH);
  db.exec(INDEXES);
}
