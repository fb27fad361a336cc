import { describe, expect, it } from 'vitest';
import { writeResolution } from '../../../src/main/core/db/repositories/resolution-repository';
import { writeReviewJson } from '../../../src/main/core/export/review-json';
import { reviewSource } from '../../../src/main/core/export/review-source';
import { NOW, seededMirror, inactiveSkuOrder } from './seed';

describe('review JSON and the order state', () => {
  it('says whether each failed order is open or resolved, with the resolution', () => {
    const db = seededMirror([inactiveSkuOrder(1, '702-1'), inactiveSkuOrder(2, '702-2')]);
    const resolution = { reason: 'duplicate' as const, note: 'Same as 702-1', resolvedAt: NOW.toISOString(), resolvedBy: 'Ana' };
    writeResolution(db, 2, resolution);
    let text = '';
    writeReviewJson(reviewSource(db, NOW.toISOString()), (chunk) => (text += chunk));
    const orders = (JSON.parse(text) as { orders: { marketplaceOrderId: string; state: string; resolution?: unknown }[] }).orders;
    expect(orders.map((order) => [order.marketplaceOrderId, order.state, order.resolution ?? null])).toEqual([
      ['702-1', 'open', null],
      ['702-2', 'resolved', resolution]
    ]);
  });
});
