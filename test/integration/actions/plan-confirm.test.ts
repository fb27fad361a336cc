import { describe, expect, it } from 'vitest';
import { writeMeta } from '../../../src/main/core/db/repositories/meta-repository';
import { listPlannedChanges } from '../../../src/main/core/db/repositories/plan-repository';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { confirmPlannedChanges } from '../../../src/main/core/services/plan-service';
import { seededMirror, testDeps, SKU_AND_STOCK_ORDERS } from './seed';

const ORDERS = SKU_AND_STOCK_ORDERS;

describe('an import confirms the planned changes the store shows', () => {
  it('marks done a change made before the snapshot was exported and true in it; keeps the others planned', () => {
    const db = seededMirror(ORDERS);
    const deps = testDeps(db);
    // Both planned on 22 Nov at 12:00 (the test clock).
    const sku = applyFix(deps, { fix: { kind: 'activate_sku', skuIds: ['1002'] }, orderId: 1 }).plannedChanges[0];
    const stock = applyFix(deps, {
      fix: { kind: 'update_inventory', skuId: '1005', warehouseId: 'WH1', totalQuantity: 10 },
      orderId: 2
    }).plannedChanges[0];

    // A snapshot exported before the changes were planned cannot confirm them, whatever it holds.
    writeMeta(db, { exportedAt: '2026-11-22T08:00:00-03:00' });
    expect(confirmPlannedChanges(deps)).toBe(0);

    // A newer snapshot (10:00 in São Paulo is 13:00 UTC, after the plan): the SKU is active in the store,
    // but the count came back as the store has it, 0 — the agent did not make that change.
    writeMeta(db, { exportedAt: '2026-11-22T10:00:00-03:00' });
    db.prepare("UPDATE inventory SET total_quantity = 0 WHERE sku_id = '1005' AND warehouse_id = 'WH1'").run();
    expect(confirmPlannedChanges(deps)).toBe(1);
    expect(listPlannedChanges(db, { states: ['done'] })).toMatchObject([
      { id: sku.id, state: 'done', stateAt: '2026-11-22T12:00:00.000Z' }
    ]);
    expect(listPlannedChanges(db, { states: ['planned'] }).map((change) => change.id)).toEqual([stock.id]);
    // Nothing more to confirm: running again changes nothing.
    expect(confirmPlannedChanges(deps)).toBe(0);
  });
});
