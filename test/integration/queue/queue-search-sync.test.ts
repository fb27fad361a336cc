import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { listQueueIds, syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { insertOrder, NO_FILTER, seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

// The tests write straight to the tables; the writer would catch the index up after each write, so `found` does.
const found = (search: string) => (
  syncQueueSearch(db),
  listQueueIds(db, { ...NO_FILTER, states: [], search }, { by: 'date', direction: 'asc' }, { offset: 0, limit: 100 }).sort()
);

describe('queue search stays in sync with the mirror', () => {
  it('indexes new orders and items', () => {
    expect(found('bermuda')).toEqual([]);
    db.exec(
      `INSERT INTO skus (id, product_id, name, is_active, is_product_active) VALUES ('4004', 'p40', 'Bermuda Térmica', 1, 1)`
    );
    insertOrder(db, {
      id: 8,
      marketplaceOrderId: '990-1',
      affiliateId: 'AMZ',
      status: 'error',
      valueCents: 1,
      createdAt: null,
      processedAt: null,
      skuIds: ['4004']
    });
    expect(found('bermuda termica')).toEqual([8]);
    db.exec(`INSERT INTO order_items (order_id, item_index, sku_id, quantity, price_cents) VALUES (1, 1, '4004', 1, 100)`);
    expect(found('bermuda')).toEqual([1, 8]);
  });

  it('follows an updated order: new message and customer found, old ones gone', () => {
    db.exec(
      `UPDATE marketplace_orders SET integration_message = 'Carrier not mapped', customer_last_name = 'Pereira' WHERE id = 1`
    );
    expect(found('carrier')).toEqual([1]);
    expect(found('pereira')).toEqual([1]);
    expect(found('silva')).toEqual([]);
    expect(found('available')).toEqual([]);
  });

  it('forgets deleted orders and removed items', () => {
    db.exec('DELETE FROM marketplace_orders WHERE id = 2');
    expect(found('maria')).toEqual([]);
    expect(found('camiseta')).toEqual([5]);
    db.exec('DELETE FROM order_items WHERE order_id = 6');
    expect(found('tenis')).toEqual([1, 4]);
  });

  it('follows a renamed SKU and a changed RefId', () => {
    db.exec(`UPDATE skus SET name = 'Sapatilha Corrida', ref_id = 'SAP-9' WHERE id = '1003'`);
    expect(found('tenis')).toEqual([]);
    expect(found('sapatilha')).toEqual([1, 2, 4, 6]);
    expect(found('sap-9')).toEqual([1, 2, 4, 6]);
    db.exec(`DELETE FROM skus WHERE id = '3005'`);
    expect(found('mochila')).toEqual([]);
    // The item's SKU id stays searchable: the order still names it.
    expect(found('3005')).toEqual([3, 7]);
  });

  it('catches up in one sync and then has nothing left to do', () => {
    syncQueueSearch(db);
    db.exec(`UPDATE marketplace_orders SET integration_message = 'Outro erro' WHERE id IN (1, 2, 3)`);
    expect(syncQueueSearch(db)).toBe(3);
    expect(syncQueueSearch(db)).toBe(0);
  });
});
