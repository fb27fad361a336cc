import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { importSnapshot } from '../../../src/main/core/import';
import { fixtureRecords, folderWith, freshMirror } from './snapshot-dir';

const ORDER = fixtureRecords('orders')[1] as Record<string, unknown>;
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const order = (id: string, changes: Record<string, unknown> = {}) => ({ ...ORDER, marketplaceOrderId: id, ...changes });

/** The order's child rows as the import left them, each table in key order. */
function childRows(db: Db, marketplaceOrderId: string) {
  const id = db.prepare('SELECT id FROM marketplace_orders WHERE marketplace_order_id = ?').pluck().get(marketplaceOrderId);
  const rows = (sql: string) => db.prepare(sql).raw().all(id);
  return {
    items: rows('SELECT item_index, sku_id, quantity, price_cents FROM order_items WHERE order_id = ? ORDER BY item_index'),
    address: rows('SELECT city, street, number FROM order_addresses WHERE order_id = ?'),
    logistics: rows('SELECT item_index, selected_sla, price_cents FROM order_logistics WHERE order_id = ? ORDER BY item_index'),
    attempts: rows('SELECT attempt, status, message, source FROM integration_attempts WHERE order_id = ? ORDER BY attempt')
  };
}

const SECOND_VERSION = {
  items: [
    { id: '1001', quantity: 2, price: 5000 },
    { id: '1002', quantity: 1, price: 7000 }
  ],
  shippingData: {
    selectedAddresses: [
      { postalCode: '01310-100', city: 'São Paulo', state: 'SP', country: 'BRA', street: 'Av. Paulista', number: '1000' }
    ],
    logisticsInfo: [
      { itemIndex: 0, selectedSla: 'Expressa', price: 1500 },
      { itemIndex: 1, selectedSla: 'Expressa', price: 0 },
      // Listed twice: the later one is kept, as row by row.
      { itemIndex: 1, selectedSla: 'Normal', price: 300 }
    ]
  },
  integration: { status: 'success', processedAt: '2026-11-19T11:00:00Z', orderId: 'AMZ-702-2' }
};

describe('order rows written many to a statement', () => {
  it('write every child row of every order of a batch (items, address, logistics, first attempt)', async () => {
    const db = freshMirror();
    const orders = Array.from({ length: 150 }, (_, n) => order(`W-${n}`));
    await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson(orders) }));
    const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
    expect([count('order_items'), count('order_addresses'), count('order_logistics'), count('integration_attempts')]).toEqual([
      150, 150, 150, 150
    ]);
    expect(childRows(db, 'W-149')).toEqual({
      items: [[0, '1003', 1, 19990]],
      address: [['Rio de Janeiro', 'Rua Barata Ribeiro', '200']],
      logistics: [[0, 'Correios PAC', 1900]],
      attempts: [[2, 'error', 'Order with SKU inactive or out of sales channel', 'import']]
    });
  });

  it('an order sent twice in one file keeps the later version whole, and both attempts', async () => {
    const db = freshMirror();
    const orders = [order('TWICE'), ...Array.from({ length: 70 }, (_, n) => order(`X-${n}`)), order('TWICE', SECOND_VERSION)];
    await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson(orders) }));
    expect(db.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE marketplace_order_id = 'TWICE'`).pluck().get()).toBe(1);
    expect(childRows(db, 'TWICE')).toEqual({
      items: [
        [0, '1001', 2, 5000],
        [1, '1002', 1, 7000]
      ],
      address: [['São Paulo', 'Av. Paulista', '1000']],
      logistics: [
        [0, 'Expressa', 1500],
        [1, 'Normal', 300]
      ],
      attempts: [
        [2, 'error', 'Order with SKU inactive or out of sales channel', 'import'],
        [3, 'success', null, 'import']
      ]
    });
  });
});
