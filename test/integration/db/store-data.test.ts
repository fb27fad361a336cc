import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { SMALL_STORE } from '../import/snapshot-dir';
import { writeDiagnoses } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { recordImportedKinds } from '../../../src/main/core/db/repositories/store-kinds-repository';

const NOW = '2026-11-22T00:00:00.000Z';

describe('readStoreData', () => {
  it('reads the store once while the mirror does not change', async () => {
    const db = openMirror(':memory:');
    await importSnapshot(db, SMALL_STORE);
    const first = readStoreData(db, '2026-11-22T00:00:00.000Z');
    expect(readStoreData(db, '2026-11-22T00:00:00.000Z')).toBe(first);
  });

  it('reads it again after a change by this connection or by another one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'mirror.db');
    const db = openMirror(file);
    await importSnapshot(db, SMALL_STORE);
    const first = readStoreData(db, '2026-11-22T00:00:00.000Z');
    db.prepare(`UPDATE skus SET is_active = 1 WHERE id = '1003'`).run();
    const second = readStoreData(db, '2026-11-22T00:00:00.000Z');
    expect(second).not.toBe(first);
    expect(second.skus.get('1003')?.isActive).toBe(true);

    const other = openMirror(file);
    other.prepare(`UPDATE skus SET is_active = 0 WHERE id = '1003'`).run();
    other.close();
    expect(readStoreData(db, '2026-11-22T00:00:00.000Z').skus.get('1003')?.isActive).toBe(false);
  });

  it('keeps its reading across a note, an audit entry and a diagnosis write; re-reads after a store write', () => {
    const db = openMirror(':memory:');
    db.prepare(
      `INSERT INTO skus (id, product_id, name, is_active, is_product_active) VALUES ('1003', 'p1', 'Tênis', 1, 1)`
    ).run();
    db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, integration_message, created_at)
       VALUES ('702-1', 'AMZ', 'error', 'No available sla', '2026-11-20T10:00:00.000Z')`
    ).run();
    const first = readStoreData(db, NOW);
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, order_ref, note) VALUES (?, 'agent', 'note', 'order', '1', '702-1', 'called the buyer')`
    ).run(NOW);
    writeDiagnoses(
      db,
      [
        {
          orderId: 1,
          confidence: 0.9,
          diagnosis: { errorType: 'sla_unavailable', outcome: 'unexplained', causes: [] },
          groupKeys: []
        }
      ],
      {
        ranAt: NOW,
        asOf: NOW
      }
    );
    expect(readStoreData(db, NOW)).toBe(first);
    db.prepare(`UPDATE skus SET is_active = 0 WHERE id = '1003'`).run();
    const second = readStoreData(db, NOW);
    expect(second).not.toBe(first);
    expect(second.skus.get('1003')?.isActive).toBe(false);
  });

  it('knows which kinds an import brought whole, and which the manifest declared partial', () => {
    const db = openMirror(':memory:');
    recordImportedKinds(db, ['skus', 'prices', 'orders'], []);
    expect([...readStoreData(db, NOW).complete].sort()).toEqual(['prices', 'skus']);
    recordImportedKinds(db, ['inventory', 'prices'], ['prices']);
    expect([...readStoreData(db, NOW).complete].sort()).toEqual(['inventory', 'skus']);
  });

  it('judges as of now when the mirror has no snapshot date, without a new reading', () => {
    const db = openMirror(':memory:');
    const a = readStoreData(db, '2026-11-22T00:00:00.000Z');
    const b = readStoreData(db, '2026-11-23T00:00:00.000Z');
    expect([a.asOf, b.asOf]).toEqual(['2026-11-22T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
    expect(b.skus).toBe(a.skus);
  });

  it('holds the OMS orders of failed orders only, and knows whether the mirror has any', async () => {
    const db = openMirror(':memory:');
    await importSnapshot(db, SMALL_STORE);
    // The small store's one OMS order belongs to the order that integrated.
    const first = readStoreData(db, '2026-11-22T00:00:00.000Z');
    expect(first.hasOmsOrders).toBe(true);
    expect([...first.omsOrdersByMarketplaceOrderId.keys()]).toEqual([]);

    db.prepare(
      `UPDATE marketplace_orders SET integration_status = 'error' WHERE marketplace_order_id = '702-0000001-0000001'`
    ).run();
    const second = readStoreData(db, '2026-11-22T00:00:00.000Z');
    expect(second.omsOrdersByMarketplaceOrderId.get('702-0000001-0000001')?.map((oms) => [oms.orderId, oms.status])).toEqual([
      ['1234560000001-01', 'ready-for-handling']
    ]);

    db.prepare('DELETE FROM oms_orders').run();
    expect(readStoreData(db, '2026-11-22T00:00:00.000Z').hasOmsOrders).toBe(false);
  });
});
