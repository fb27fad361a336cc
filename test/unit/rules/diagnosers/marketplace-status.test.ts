import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import type { MarketplaceOrder } from '../../../../src/shared/domain/model';
import { AS_OF, balance, codes, makeOrder, makeStore, sku, read } from './store-builder';

const run = (order: MarketplaceOrder, store = makeStore()) => diagnose(order, read('marketplace_status'), store);
const magalu = (overrides: Partial<MarketplaceOrder> = {}) =>
  makeOrder({ affiliateId: 'MGZ', connectorName: 'Magazine Luiza', marketplaceOrderId: 'MGZ-1', ...overrides });

describe('marketplace_status', () => {
  it('finds no cause for an integrable status inside the retry window', () => {
    expect(run(makeOrder()).outcome).toBe('no_cause_found');
    expect(run(makeOrder({ marketplaceOrderStatus: 'Pendente' })).outcome).toBe('no_cause_found');
  });

  it.each(['canceled', 'Cancelled', 'CANCELADO'])('order_canceled_at_marketplace for status %s', (status) => {
    const d = run(makeOrder({ marketplaceOrderStatus: status, createdAt: '2026-01-01T00:00:00.000Z', affiliateId: 'MGZ' }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'order_canceled_at_marketplace',
        evidence: { status, source: 'marketplace', vtexOrderId: null }
      })
    ]);
  });

  it('order_canceled_at_marketplace when OMS holds the order canceled', () => {
    const store = makeStore(
      (p) =>
        (p.omsOrders = [
          {
            orderId: 'v-5-01',
            marketplaceOrderId: 'MLB-1001',
            affiliateId: 'MLB',
            salesChannel: '1',
            status: 'canceled',
            creationDate: AS_OF,
            valueCents: 1,
            authorizationStatus: null,
            items: []
          }
        ])
    );
    expect(run(makeOrder(), store).causes[0]).toMatchObject({
      code: 'order_canceled_at_marketplace',
      evidence: { source: 'oms', vtexOrderId: 'v-5-01' }
    });
  });

  it('order_status_not_integrable for a status past new/approved/pending', () => {
    const d = run(makeOrder({ marketplaceOrderStatus: 'shipped' }));
    expect(d.causes).toEqual([
      expect.objectContaining({ code: 'order_status_not_integrable', evidence: expect.objectContaining({ status: 'shipped' }) })
    ]);
  });

  it('retry_window_expired for Magazine Luiza orders older than 30 days, by affiliate or connector name', () => {
    const d = run(magalu({ createdAt: '2026-10-01T00:00:00.000Z' }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'retry_window_expired',
        evidence: {
          createdAt: '2026-10-01T00:00:00.000Z',
          asOf: AS_OF,
          ageDays: 50,
          windowDays: 30,
          marketplace: 'Magazine Luiza'
        }
      })
    ]);
    expect(
      codes(run(makeOrder({ affiliateId: 'XYZ', connectorName: 'Magalu Connector', createdAt: '2026-10-01T00:00:00.000Z' })))
    ).toEqual(['retry_window_expired']);
    expect(run(magalu({ createdAt: '2026-10-25T00:00:00.000Z' })).outcome).toBe('no_cause_found');
    expect(run(makeOrder({ createdAt: '2026-01-01T00:00:00.000Z' })).outcome).toBe('no_cause_found');
  });

  it('marketplace_blocked_item when the marketplace says unavailable and the store sells the items', () => {
    const d = run(makeOrder({ marketplaceOrderStatus: 'Unavailable' }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'marketplace_blocked_item',
        evidence: { status: 'Unavailable', scope: 'item', skuIds: ['101'] }
      })
    ]);
    expect(codes(run(makeOrder({ integrationMessage: 'Unavailable' })))).toEqual(['marketplace_blocked_item']);
  });

  it('names the store-side cause when the store itself does not have the item available', () => {
    const noStock = makeStore((p) => (p.inventory[0] = balance('101', 'W1', 0)));
    expect(codes(run(makeOrder({ marketplaceOrderStatus: 'unavailable' }), noStock))).toEqual(['insufficient_stock']);
    const inactive = makeStore((p) => (p.skus[0] = sku('101', { isActive: false })));
    expect(codes(run(makeOrder({ marketplaceOrderStatus: 'unavailable' }), inactive))).toEqual(['sku_inactive']);
  });

  it('marketplace_blocked_item for a seller the marketplace made inactive', () => {
    const d = run(makeOrder({ integrationMessage: 'Seller 1234 is inactive' }));
    expect(d.causes).toEqual([
      expect.objectContaining({ code: 'marketplace_blocked_item', evidence: { status: 'approved', scope: 'seller', skuIds: [] } })
    ]);
  });

  it('insufficient_data when the marketplace status is unknown', () => {
    expect(run(makeOrder({ marketplaceOrderStatus: null }))).toMatchObject({
      outcome: 'insufficient_data',
      missing: ['order.marketplaceOrderStatus']
    });
  });
});
