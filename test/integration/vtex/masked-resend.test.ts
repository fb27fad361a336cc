import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvidedCustomer, ResendResult, VerifyResult } from '../../../src/shared/api/connected';
import type { MarketplaceOrder } from '../../../src/shared/domain/model';
import { listAudit } from '../../../src/main/core/db/repositories/audit-repository';
import { getOrder, iterateOrders } from '../../../src/main/core/db/repositories/order-repository';
import { filesHoldingSecrets } from '../../support/secret-forms';
import { connectedDesk, type ConnectedDesk } from './connected-harness';

// The import's default: the customer's document, phone and e-mail masked in the mirror (LGPD).
let desk: ConnectedDesk;
beforeAll(async () => {
  desk = await connectedDesk({ keepPersonalData: false });
});
afterAll(async () => desk.close());

const db = () => desk.host.deps.db;
const sent = () => desk.fake.requests.filter((r) => r.path === '/api/order-integration/orders');
const inOms = (marketplaceOrderId: string) =>
  [...desk.fake.store.oms.values()].some((o) => o.marketplaceOrderId === marketplaceOrderId);
/** The customer as the marketplace sent it: the snapshot the fake account was made from keeps it whole. */
const original = (order: MarketplaceOrder): ProvidedCustomer => {
  const profile = desk.fake.store.orders.find((o) => o.marketplaceOrderId === order.marketplaceOrderId)?.clientProfileData ?? {};
  return { email: profile.email, phone: profile.phone, document: profile.document, corporateDocument: profile.corporateDocument };
};

/** A failed Marketplace Protocol order with a masked document that VTEX's simulation would sell and deliver. */
async function resendable(): Promise<MarketplaceOrder> {
  const candidates = [...iterateOrders(db(), { status: 'error' })].filter(
    (o) => o.connectorName && o.address?.postalCode && o.customer.document?.includes('*') && !inOms(o.marketplaceOrderId)
  );
  for (const order of candidates) {
    const verify = await desk.call<VerifyResult>('connected/verify', { orderId: order.id });
    if (verify.ok && verify.value.vtexIntegrates) return order;
  }
  throw new Error('no masked failed order of the demo would integrate in VTEX');
}

describe('re-send from a mirror that masked personal data', () => {
  let order: MarketplaceOrder;

  it('says plainly why the stored copy cannot be sent and which ways remain, sending nothing', async () => {
    order = await resendable();
    const refused = await desk.call<ResendResult>('connected/resend', { orderId: order.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-supported', details: { masked: true } } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toContain(`This copy masked order ${order.marketplaceOrderId}'s personal data`);
    expect(message).toContain('re-send needs the original payload');
    expect(message).toContain('--keep-personal-data');
    expect(message).toContain('Connections > Orders');
    expect(sent()).toHaveLength(0);
  });

  it("refuses a customer who is not this order's (their data would not mask to what the copy kept)", async () => {
    const other = [...iterateOrders(db(), { status: 'error' })].find(
      (o) => o.customer.document && o.customer.document !== order.customer.document
    ) as MarketplaceOrder;
    const wrong = await desk.call('connected/resend', { orderId: order.id, customer: original(other) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(wrong.ok ? '' : wrong.error.message).toContain("is not this order's customer");
    expect(wrong.ok ? '' : wrong.error.message).toContain(order.customer.email as string);
    const masks = await desk.call('connected/resend', {
      orderId: order.id,
      customer: { ...original(order), document: order.customer.document }
    });
    expect(masks).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('in clear') } });
    expect(sent()).toHaveLength(0);
  });

  it("re-sends with the customer's data the agent provides, and keeps it nowhere", async () => {
    const customer = original(order);
    const answer = await desk.value<ResendResult>('connected/resend', { orderId: order.id, customer });
    // The fake, like VTEX, refuses a masked document (EOI005): the order integrated, so the clear values went.
    expect(answer).toMatchObject({ code: 'SOI001', outcome: 'integrated' });
    expect(sent()).toHaveLength(1);
    const after = getOrder(db(), order.id);
    expect(after).toMatchObject({ integrationStatus: 'success' });
    expect(after?.customer.document).toBe(order.customer.document);
    expect(listAudit(db(), { orderRef: order.marketplaceOrderId, offset: 0, limit: 1 }).rows[0]).toMatchObject({
      action: 'reprocess:resend',
      after: expect.objectContaining({ customerProvided: true })
    });
    db().pragma('wal_checkpoint(TRUNCATE)');
    const clear = [customer.document, customer.email, customer.phone].filter((v): v is string => Boolean(v));
    expect(clear.length).toBeGreaterThan(0);
    expect(filesHoldingSecrets(desk.dataDir, clear)).toEqual([]);
  });
});
