import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { countQueue, syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { NO_FILTER } from './seed';

describe('migration 0003 (queue search)', () => {
  it('indexes the orders already in the mirror for search, and adds the queue indexes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    db.exec(`
      INSERT INTO skus (id, product_id, name, is_active, is_product_active, ref_id) VALUES ('1003', '10', 'Tênis Corrida', 1, 1, 'TEN-1');
      INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, integration_message, customer_first_name, error_type)
        VALUES (1, '702-12345', 'AMZ', 'error', 'Sem SLA disponível', 'Conceição', 'sla_unavailable'),
               (2, '702-99999', 'AMZ', 'error', 'Pedido duplicado', 'Ana', 'duplicate_order');
      INSERT INTO order_items (order_id, item_index, sku_id, quantity, price_cents) VALUES (1, 0, '1003', 1, 100);
    `);
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    // The host's writer catches the index up once at open; reads never do.
    syncQueueSearch(db);
    // The existing orders are untouched and found by every kind of text (no state filter: resolutions come with 0011).
    expect(db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get()).toBe(2);
    for (const search of ['tenis', 'TEN-1', '1003', '70212', '702-123', 'conceicao', 'disponivel']) {
      expect(countQueue(db, { ...NO_FILTER, states: [], search }), search).toBe(1);
    }
    expect(countQueue(db, { ...NO_FILTER, states: [], search: '702' })).toBe(2);
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'marketplace_orders_status_processed',
        'marketplace_orders_value',
        'diagnosis_causes_code_order',
        'diagnoses_outcome'
      ])
    );
    db.close();
  });
});
