import { describe, expect, it } from 'vitest';
import type { OrderView } from '../../../src/shared/api/orders';
import type { Cause } from '../../../src/shared/domain/diagnosis';
import { initialFixRequest, narrowestRange } from '../../../src/renderer/src/features/wizard/fix-request';

const view = {
  order: { id: 7, items: [{ skuId: '1003', quantity: 2, priceCents: 19990 }] },
  records: {
    skus: [],
    inventory: [
      {
        skuId: '1003',
        warehouseId: 'wh-sp',
        warehouseName: 'Estoque SP',
        totalQuantity: 3,
        reservedQuantity: 5,
        hasUnlimitedQuantity: false
      }
    ],
    prices: [],
    docks: [],
    warehouses: [],
    shippingPolicies: []
  }
} as unknown as OrderView;

function cause(partial: Partial<Cause> & Pick<Cause, 'code' | 'fix'>): Cause {
  return { evidence: {}, ...partial } as Cause;
}

describe('initialFixRequest', () => {
  it('asks for enough stock for the order on top of what is reserved', () => {
    const fix = initialFixRequest(
      cause({
        code: 'negative_inventory',
        skuId: '1003',
        fix: { kind: 'update_inventory', appliesInMirror: true, params: { skuId: '1003', warehouseId: 'wh-sp' } }
      }),
      view
    );
    expect(fix).toEqual({ kind: 'update_inventory', skuId: '1003', warehouseId: 'wh-sp', totalQuantity: 7 });
  });

  it('adds the units other orders’ planned reprocesses hold in that warehouse, so the fix covers this order too', () => {
    const row = {
      warehouseId: 'wh-sp',
      warehouseName: 'Estoque SP',
      totalQuantity: 3,
      reservedQuantity: 5,
      availableQuantity: 0,
      unlimited: false,
      warehouseActive: true,
      dockIds: [],
      servesTradePolicy: true
    };
    const fix = initialFixRequest(
      cause({
        code: 'insufficient_stock',
        skuId: '1003',
        evidence: {
          skuId: '1003',
          ordered: 2,
          available: 0,
          warehouses: [{ ...row, held: [{ orderId: 3, marketplaceOrderId: 'LU-3', units: 4 }] }]
        },
        fix: { kind: 'update_inventory', appliesInMirror: true, params: { skuId: '1003', warehouseId: 'wh-sp' } }
      }),
      view
    );
    expect(fix).toEqual({ kind: 'update_inventory', skuId: '1003', warehouseId: 'wh-sp', totalQuantity: 11 });
  });

  it('defaults to the narrowest divergence range that covers the order, not a wide store-wide one', () => {
    const fix = initialFixRequest(
      cause({
        code: 'price_divergence_over_allowance',
        evidence: { percent: 7.3, rules: [{ from: 0, to: 2.5, action: 'authorize' }] } as never,
        fix: { kind: 'add_divergence_rule', appliesInMirror: true, params: { fromPercent: 0, toPercent: 8 } }
      }),
      view
    );
    expect(fix).toEqual({ kind: 'add_divergence_rule', from: 7.3, to: 7.4, action: 'authorize' });
  });

  it('keeps the narrow range inside the gap the configured rules leave', () => {
    expect(
      narrowestRange(11.64, [
        { from: 0, to: 2.5 },
        { from: 2.5, to: 5 }
      ])
    ).toEqual({ from: 11.6, to: 11.7 });
    expect(
      narrowestRange(5.02, [
        { from: 2.5, to: 5.01 },
        { from: 5.05, to: 9 }
      ])
    ).toEqual({ from: 5.01, to: 5.05 });
    expect(narrowestRange(0, [])).toEqual({ from: 0, to: 0.1 });
  });

  it('maps the diagnoser’s parameter names onto the fix request', () => {
    expect(
      initialFixRequest(
        cause({
          code: 'carrier_not_mapped_in_erp',
          fix: { kind: 'register_erp_carrier', appliesInMirror: true, params: { carrier: 'Jadlog' } }
        }),
        view
      )
    ).toEqual({
      kind: 'register_erp_carrier',
      name: 'Jadlog'
    });
    expect(
      initialFixRequest(
        cause({
          code: 'sku_inactive',
          skuId: '1003',
          fix: { kind: 'activate_sku', appliesInMirror: true, params: { skuId: '1003' } }
        }),
        view
      )
    ).toEqual({
      kind: 'activate_sku',
      skuIds: ['1003']
    });
  });

  it('offers nothing to apply for fixes that happen at the marketplace', () => {
    expect(
      initialFixRequest(
        cause({ code: 'connector_credentials_invalid', fix: { kind: 'act_at_marketplace', appliesInMirror: false } }),
        view
      )
    ).toBeNull();
  });
});
