import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { FixPreview, FixRequest } from '../../../src/shared/api/fixes';
import { MESSAGES, seededMirror, testDeps } from './seed';

const ORDERS = [
  {
    id: 1,
    marketplaceOrderId: '702-0000001-0000001',
    message: MESSAGES.skuUnavailable,
    items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }]
  },
  ...[2, 3, 4].map((id) => ({
    id,
    marketplaceOrderId: `702-000000${id}-000000${id}`,
    message:
      'PEDIDO 3352226239 27/03/2017 16:32:37 Interface = 15  Msg = transportadora / servico de entrega (Jadlog - Jadlog) nao cadastrados',
    items: [{ skuId: id === 4 ? '1003' : '1001', quantity: 1, priceCents: 4990 }],
    courier: 'Jadlog'
  }))
];

async function preview(fix: FixRequest): Promise<FixPreview> {
  const api = createApi(testDeps(seededMirror(ORDERS)));
  const result = await api.dispatch('fixes/preview', { fix });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as FixPreview;
}

describe('a fix preview says how far the fix reaches', () => {
  it('a store-wide record (the ERP carrier list) reaches every order naming it, and their SKUs', async () => {
    const seen = await preview({ kind: 'register_erp_carrier', name: 'Jadlog' });
    expect(seen.affectedOrderIds).toEqual([2, 3, 4]);
    expect(seen.reach).toEqual({ shared: true, skuCount: 2 });
  });

  it('an order’s own SKU is not a shared record', async () => {
    const seen = await preview({ kind: 'activate_sku', skuIds: ['1002'] });
    expect(seen.affectedOrderIds).toEqual([1]);
    expect(seen.reach).toEqual({ shared: false, skuCount: 1 });
  });
});
