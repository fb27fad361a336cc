import { describe, expect, it } from 'vitest';
import type { OrderView } from '../../../src/shared/api/orders';
import { createApi } from '../../../src/main/core/api';
import { recordAttempt } from '../../../src/main/core/db/repositories/replay-repository';
import { reprocessOrders } from '../../../src/main/core/services/reprocess-service';
import { NOW, seededMirror, SKU_AND_STOCK_ORDERS, testDeps } from './seed';

describe('a replay on the snapshot mirror that still fails is labelled as the desk’s own', () => {
  it('reads as "desk-replay" in the order view, while an attempt VTEX answered stays VTEX’s', async () => {
    const db = seededMirror(SKU_AND_STOCK_ORDERS);
    const deps = testDeps(db);
    const [order] = SKU_AND_STOCK_ORDERS;
    const summary = await reprocessOrders(deps, [order.id]);
    expect(summary.outcomes[0].result).toBe('still_failing');
    // Then VTEX itself answers a re-send of the same order (what connected/resend records).
    db.transaction(() =>
      recordAttempt(db, {
        orderId: order.id,
        status: 'pending',
        message: 'SOI002: enqueued',
        processedAt: NOW.toISOString(),
        vtexOrderId: null
      })
    )();
    const result = await createApi(deps).dispatch('orders/view', { id: order.id });
    if (!result.ok) throw new Error(result.error.message);
    const attempts = (result.value as OrderView).attempts;
    expect(attempts.map((a) => [a.attempt, a.source])).toEqual([
      [1, 'import'],
      [2, 'desk-replay'],
      [3, 'reprocess']
    ]);
    // The desk's attempt is still worded as VTEX would answer.
    expect(attempts[1].message).toBe(summary.outcomes[0].message);
  });
});
