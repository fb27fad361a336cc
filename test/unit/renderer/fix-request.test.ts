import { describe, expect, it } from 'vitest';
import type { FixRequestKind } from '../../../src/shared/api/fixes';
import { fixRequestSchema } from '../../../src/shared/api/fixes';
import type { OrderView } from '../../../src/shared/api/orders';
import type { Cause, DeskFixSuggestion, StockRow } from '../../../src/shared/domain/diagnosis';
import { initialFixRequest, narrowestRange, REQUEST_BUILDERS } from '../../../src/renderer/src/features/wizard/fix-request';

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

const row: StockRow = {
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

const NEXT_YEAR = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Per desk fix kind: the suggestion a rule makes (its typed draft), and the request the wizard opens
 * with. Typed as a record over the kinds, so a new kind needs a row here too.
 */
const MAPPINGS: { [K in FixRequestKind]: { draft: Extract<DeskFixSuggestion, { kind: K }>['request']; request: unknown } } = {
  update_inventory: {
    draft: { skuId: '1003', warehouseId: 'wh-sp' },
    request: { kind: 'update_inventory', skuId: '1003', warehouseId: 'wh-sp', totalQuantity: 7 }
  },
  set_infinite_inventory: {
    draft: { skuId: '1003', unlimited: true },
    request: { kind: 'set_infinite_inventory', skuId: '1003', warehouseId: 'wh-sp', unlimited: true }
  },
  activate_sku: { draft: { skuIds: ['1003'] }, request: { kind: 'activate_sku', skuIds: ['1003'] } },
  activate_product: { draft: { productIds: ['p1'] }, request: { kind: 'activate_product', productIds: ['p1'] } },
  associate_trade_policy: {
    draft: { productId: 'p1', tradePolicyId: '2' },
    request: { kind: 'associate_trade_policy', productId: 'p1', tradePolicyId: '2' }
  },
  add_to_collection: {
    draft: { productId: 'p1', collectionId: 'c9' },
    request: { kind: 'add_to_collection', productId: 'p1', collectionId: 'c9' }
  },
  link_dock_trade_policy: {
    draft: { dockId: 'dk1', tradePolicyId: '1' },
    request: { kind: 'link_dock_trade_policy', dockId: 'dk1', tradePolicyId: '1' }
  },
  activate_dock: { draft: { dockId: 'dk1' }, request: { kind: 'activate_dock', dockId: 'dk1' } },
  activate_shipping_policy: {
    draft: { shippingPolicyId: 'sp1' },
    request: { kind: 'activate_shipping_policy', shippingPolicyId: 'sp1' }
  },
  set_price: {
    draft: { skuId: '1003', tradePolicyId: '1' },
    request: { kind: 'set_price', skuId: '1003', tradePolicyId: '1', valueCents: 19990 }
  },
  renew_price: {
    draft: { skuId: '1003', tradePolicyId: '1' },
    request: { kind: 'renew_price', skuId: '1003', tradePolicyId: '1', dateTo: expect.stringMatching(NEXT_YEAR) }
  },
  add_divergence_rule: {
    draft: { action: 'authorize' },
    request: { kind: 'add_divergence_rule', from: 0, to: 0.1, action: 'authorize' }
  },
  register_erp_carrier: { draft: { name: 'Jadlog' }, request: { kind: 'register_erp_carrier', name: 'Jadlog' } },
  xml_show_out_of_stock: {
    draft: { integrationName: 'Google Shopping' },
    request: { kind: 'xml_show_out_of_stock', integrationName: 'Google Shopping' }
  }
};

describe('initialFixRequest: a suggestion’s typed draft becomes the request', () => {
  it.each(Object.entries(MAPPINGS))(
    '%s: the draft’s fields, completed from the order, pass the contract',
    (kind, { draft, request }) => {
      const built = initialFixRequest(
        cause({ code: 'sku_inactive', fix: { kind, appliesInMirror: true, request: draft } as DeskFixSuggestion }),
        view
      );
      expect(built).toEqual(request);
      expect(fixRequestSchema.safeParse(built).success).toBe(true);
    }
  );

  it('has one builder for each kind of the contract, and no other', () => {
    const contractKinds = fixRequestSchema.options.map((option) => option.shape.kind.value);
    expect(Object.keys(REQUEST_BUILDERS).sort()).toEqual([...contractKinds].sort());
  });

  it('keeps what the cause already knows over the order’s defaults', () => {
    const built = initialFixRequest(
      cause({
        code: 'item_price_differs',
        fix: { kind: 'set_price', appliesInMirror: true, request: { skuId: '1003', tradePolicyId: '1', valueCents: 18000 } }
      }),
      view
    );
    expect(built).toEqual({ kind: 'set_price', skuId: '1003', tradePolicyId: '1', valueCents: 18000 });
  });

  it('leaves an id the cause does not know empty for the agent, rather than guessing it', () => {
    const built = initialFixRequest(
      cause({
        code: 'insufficient_stock',
        evidence: { skuId: '1003', ordered: 2, available: 0, warehouses: [] },
        fix: { kind: 'update_inventory', appliesInMirror: true, request: { skuId: '1003' } }
      }),
      view
    );
    expect(built).toMatchObject({ kind: 'update_inventory', skuId: '1003', warehouseId: '' });
    expect(fixRequestSchema.safeParse(built).success).toBe(false);
  });

  it('adds the units other orders’ planned reprocesses hold in that warehouse, so the fix covers this order too', () => {
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
        fix: { kind: 'update_inventory', appliesInMirror: true, request: { skuId: '1003', warehouseId: 'wh-sp' } }
      }),
      view
    );
    expect(fix).toEqual({ kind: 'update_inventory', skuId: '1003', warehouseId: 'wh-sp', totalQuantity: 11 });
  });

  it('defaults to the narrowest divergence range that covers the order, not a wide store-wide one', () => {
    const fix = initialFixRequest(
      cause({
        code: 'price_divergence_over_allowance',
        evidence: {
          paidCents: 10_730,
          expectedCents: 10_000,
          differenceCents: 730,
          percent: 7.3,
          rules: [{ from: 0, to: 2.5, action: 'authorize' }],
          connectorAllowancePercent: null
        },
        fix: { kind: 'add_divergence_rule', appliesInMirror: true, request: { action: 'authorize' } }
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

  it('offers nothing to apply for fixes made outside the desk', () => {
    for (const kind of ['act_at_marketplace', 'act_in_admin', 'approve_in_oms', 'reprocess_later', 'none'] as const) {
      expect(
        initialFixRequest(cause({ code: 'connector_credentials_invalid', fix: { kind, appliesInMirror: false } }), view)
      ).toBeNull();
    }
  });
});
