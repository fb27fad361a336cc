import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { OrderView } from '../../../src/shared/api/orders';
import type { Result } from '../../../src/shared/api/result';
import { seededMirror, testDeps } from '../actions/seed';

describe('the order view shows the sweep', () => {
  it('carries the inferred type, also-found findings and the checked families of the stored diagnosis', async () => {
    // An unrecognised message over an order for a SKU the store holds inactive.
    const db = seededMirror([
      {
        id: 1,
        marketplaceOrderId: '702-1234567-1234567',
        message: 'Pedido retido para análise antifraude do marketplace',
        items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }]
      }
    ]);
    const api = createApi(testDeps(db));
    const result = (await api.dispatch('orders/view', { id: 1 })) as Result<OrderView>;
    if (!result.ok) throw new Error(result.error.message);
    const diagnosis = result.value.diagnosis!;
    expect(diagnosis).toMatchObject({ errorType: 'unclassified', outcome: 'causes', inferredErrorType: 'sku_unavailable' });
    expect(diagnosis.causes.map((c) => c.code)).toContain('sku_inactive');
    expect(diagnosis.checked).toEqual(expect.arrayContaining(['catalog', 'duplicate', 'customer_data']));
  });
});
