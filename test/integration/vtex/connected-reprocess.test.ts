import { describe, expect, it } from 'vitest';
import type { OmsWatchResult, ResendResult, VerifyResult } from '../../../src/shared/api/connected';
import type { MarketplaceOrder } from '../../../src/shared/domain/model';
import { listAudit } from '../../../src/main/core/db/repositories/audit-repository';
import {
  findOrdersByMarketplaceOrderId,
  getOrder,
  iterateOrders,
  listAttempts
} from '../../../src/main/core/db/repositories/order-repository';
import { filesHoldingSecrets } from '../../support/secret-forms';
import { useConnectedHost } from '../../support/connected-host';

const { desk, db } = useConnectedHost();
const failedOrders = (): MarketplaceOrder[] => [...iterateOrders(db(), { status: 'error' })].filter((o) => o.address?.postalCode);
const inOms = (marketplaceOrderId: string) =>
  [...desk.fake.store.oms.values()].some((o) => o.marketplaceOrderId === marketplaceOrderId);

/** The first order (of `orders`) VTEX's simulation would sell and deliver whole. */
async function firstIntegrating(orders: MarketplaceOrder[]): Promise<{ order: MarketplaceOrder; verify: VerifyResult } | null> {
  for (const order of orders) {
    const verify = await desk.call<VerifyResult>('connected/verify', { orderId: order.id });
    if (verify.ok && verify.value.vtexIntegrates && verify.value.differences.length === 0) return { order, verify: verify.value };
  }
  return null;
}

describe('Verify with VTEX itself', () => {
  it("runs VTEX's simulation for the order beside the local one, and names the items where VTEX disagrees", async () => {
    const orders = desk.fake.store.orders
      .flatMap((o) => findOrdersByMarketplaceOrderId(db(), o.marketplaceOrderId))
      .filter((o) => o.address?.postalCode);
    const found = await firstIntegrating(orders);
    if (!found) throw new Error('no order of the demo integrates in both simulations');
    const { order, verify } = found;
    expect(verify.account).toBe('lojademo');
    expect(verify.request.items).toEqual(order.items.map((i) => ({ id: i.skuId, quantity: i.quantity })));
    const simulation = desk.fake.requests.filter((r) => r.path === '/api/checkout/pub/orderForms/simulation').at(-1);
    expect(simulation?.query).toContain(`sc=${verify.request.salesChannel}`);
    expect(simulation?.query).toContain(`affiliateId=${order.affiliateId}`);

    // The store's stock ran out since the mirror was taken: VTEX's answer is the one that holds.
    const skuId = order.items[0].skuId;
    const inventory = desk.fake.store.inventory.get(skuId);
    for (const balance of inventory?.balance ?? [])
      Object.assign(balance, { totalQuantity: 0, reservedQuantity: 0, hasUnlimitedQuantity: false });
    const again = await desk.value<VerifyResult>('connected/verify', { orderId: order.id });
    expect(again.vtexIntegrates).toBe(false);
    expect(again.differences).toContainEqual({ skuId, local: 'available', vtex: 'withoutStock' });
    expect(again.local.items[0].availability).toBe('available');
  });
});

describe('reprocess that reaches VTEX', () => {
  it('re-sends a Marketplace Protocol order and records the result code in its history', async () => {
    const candidates = failedOrders().filter((o) => o.connectorName && !inOms(o.marketplaceOrderId));
    const refused = candidates[0];
    // The store cannot deliver it: VTEX answers EOI002.
    for (const item of refused.items) desk.fake.store.inventory.set(item.skuId, { skuId: item.skuId, balance: [] });
    const answer = await desk.value<ResendResult>('connected/resend', { orderId: refused.id });
    expect(answer).toMatchObject({
      code: 'EOI002',
      outcome: 'refused',
      call: { method: 'POST', path: '/api/order-integration/orders', status: 200 }
    });
    expect(listAttempts(db(), refused.id).at(-1)).toMatchObject({
      status: 'error',
      source: 'reprocess',
      message: expect.stringContaining('EOI002')
    });
    const sent = desk.fake.requests.filter((r) => r.path === '/api/order-integration/orders').at(-1);
    expect(sent?.query).toContain(`affiliateId=${refused.affiliateId}`);
    expect(sent?.query).toContain('an=lojademo');

    const integrating = await firstIntegrating(candidates.slice(1));
    if (!integrating) throw new Error('no failed order of the demo would integrate in VTEX');
    const ok = await desk.value<ResendResult>('connected/resend', { orderId: integrating.order.id });
    expect(ok).toMatchObject({ code: 'SOI001', outcome: 'integrated' });
    const after = getOrder(db(), integrating.order.id);
    expect(after?.integrationStatus).toBe('success');
    expect(after?.vtexOrderId).toMatch(/-01$/);
    expect(inOms(integrating.order.marketplaceOrderId)).toBe(true);
    // Sent twice, VTEX refuses the duplicate.
    const duplicate = await desk.value<ResendResult>('connected/resend', { orderId: integrating.order.id });
    expect(duplicate).toMatchObject({ code: 'EOI007', outcome: 'refused' });
    expect(listAudit(db(), { orderRef: integrating.order.marketplaceOrderId, offset: 0, limit: 5 }).rows[0]).toMatchObject({
      action: 'reprocess:resend'
    });
  });

  it('watches OMS for reprocessed orders and turns a row integrated with the VTEX order id and the time seen', async () => {
    const [seen, waiting] = failedOrders().filter((o) => !inOms(o.marketplaceOrderId) && o.integrationStatus === 'error');
    const first = await desk.value<OmsWatchResult>('connected/watch', {
      marketplaceOrderIds: [seen.marketplaceOrderId, waiting.marketplaceOrderId]
    });
    expect(first).toEqual({ integrated: [], waiting: [seen.marketplaceOrderId, waiting.marketplaceOrderId] });

    // The agent reprocessed it in Connections > Orders: OMS now holds it.
    const template = [...desk.fake.store.oms.values()][0];
    const vtexOrderId = 'WATCH0000001-01';
    desk.fake.store.oms.set(vtexOrderId, {
      ...template,
      orderId: vtexOrderId,
      marketplaceOrderId: seen.marketplaceOrderId,
      affiliateId: seen.affiliateId,
      creationDate: seen.createdAt ?? template.creationDate
    });
    const second = await desk.value<OmsWatchResult>('connected/watch', {
      marketplaceOrderIds: [seen.marketplaceOrderId, waiting.marketplaceOrderId]
    });
    expect(second.integrated).toEqual([{ marketplaceOrderId: seen.marketplaceOrderId, vtexOrderId, seenAt: expect.any(String) }]);
    expect(second.waiting).toEqual([waiting.marketplaceOrderId]);
    expect(getOrder(db(), seen.id)).toMatchObject({
      integrationStatus: 'success',
      vtexOrderId,
      processedAt: second.integrated[0].seenAt
    });
    expect(listAttempts(db(), seen.id).at(-1)?.message).toBe(`Seen in OMS as ${vtexOrderId}`);
    expect(getOrder(db(), waiting.id)?.integrationStatus).toBe('error');
  });
});

describe('credentials', () => {
  it('are in no file the connected desk wrote', async () => {
    db().pragma('wal_checkpoint(PASSIVE)');
    const leaks = filesHoldingSecrets(desk.dataDir, [desk.fake.credentials.appKey, desk.fake.credentials.appToken]);
    expect(leaks).toEqual([]);
    // The scan reads the files the desk wrote: the mirror holds the account's audit and orders.
    expect(listAudit(db(), { offset: 0, limit: 1 }).total).toBeGreaterThan(0);
  });
});
