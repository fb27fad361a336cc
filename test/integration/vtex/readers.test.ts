import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../../src/main/core/vtex/connection';
import { VtexHttp } from '../../../src/main/core/vtex/http';
import { findOrdersByMarketplaceId, readOmsOrder } from '../../../src/main/core/vtex/oms';
import {
  readAffiliates,
  readDocks,
  readFreightValues,
  readInventory,
  readPrice,
  readSalesChannels,
  readShippingPolicies,
  readShippingPolicy,
  readSku,
  readWarehouses
} from '../../../src/main/core/vtex/readers';
import { simulateFulfillment } from '../../../src/main/core/vtex/simulation';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('VTEX readers against the fake account', () => {
  it('reads a SKU by id in the catalog shape, and null for an unknown id', async () => {
    const [id, expected] = [...h.fake.store.skus.entries()][3];
    expect(await readSku(h.http(), id)).toEqual(expected);
    expect(await readSku(h.http(), '999999999')).toBeNull();
    const call = h.fake.requests.find((r) => r.path === `/api/catalog_system/pvt/sku/stockkeepingunitbyid/${id}`);
    expect(call?.headers.accept).toBe('application/json');
  });

  it('reads inventory per warehouse and prices (null when the SKU has no price)', async () => {
    const [id, inventory] = [...h.fake.store.inventory.entries()][0];
    expect(await readInventory(h.http(), id)).toEqual(inventory);
    const [priced, price] = [...h.fake.store.prices.entries()][0];
    expect(await readPrice(h.http(), priced)).toEqual(price);
    h.fake.store.prices.delete(priced);
    expect(await readPrice(h.http(), priced)).toBeNull();
    h.fake.store.prices.set(priced, price);
  });

  it('reads the trade policies, affiliates, docks and warehouses lists', async () => {
    const http = h.http();
    expect(await readSalesChannels(http)).toEqual(h.fake.store.salesChannels);
    expect(await readAffiliates(http)).toEqual(h.fake.store.affiliates);
    expect(await readDocks(http)).toEqual(h.fake.store.docks);
    expect(await readWarehouses(http)).toEqual(h.fake.store.warehouses);
  });

  it('reads every page of shipping policies, and one policy by id', async () => {
    const all = await readShippingPolicies(h.http());
    expect(all.map((p) => p.id)).toEqual(h.fake.store.shippingPolicies.map((p) => p.id));
    const policy = h.fake.store.shippingPolicies[1];
    expect(await readShippingPolicy(h.http(), policy.id)).toEqual(policy);
    expect(await readShippingPolicy(h.http(), 'no-such-policy')).toBeNull();
  });

  it('reads the freight rows covering a postal code, with the policy id added', async () => {
    const row = h.fake.store.freightValues[0];
    const rows = await readFreightValues(h.http(), row.shippingPolicyId, row.zipCodeStart);
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (r) =>
          r.shippingPolicyId === row.shippingPolicyId && r.zipCodeStart <= row.zipCodeStart && row.zipCodeStart <= r.zipCodeEnd
      )
    ).toBe(true);
    expect(await readFreightValues(h.http(), row.shippingPolicyId, '00000001')).toEqual([]);
  });

  it('finds OMS orders by marketplace order id and reads them whole', async () => {
    const order = [...h.fake.store.oms.values()][0];
    const window = { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    const found = await findOrdersByMarketplaceId(h.http(), order.marketplaceOrderId, window);
    expect(found.map((f) => f.orderId)).toEqual([order.orderId]);
    expect(found[0].marketPlaceOrderId).toBe(order.marketplaceOrderId);
    expect(await readOmsOrder(h.http(), order.orderId)).toMatchObject({
      orderId: order.orderId,
      marketplaceOrderId: order.marketplaceOrderId,
      value: order.value
    });
    expect(await readOmsOrder(h.http(), 'nope-01')).toBeNull();
    const search = h.fake.requests.find((r) => r.query.includes(`q=${order.marketplaceOrderId}`));
    expect(search?.query).toContain(
      'f_creationDate=creationDate%3A%5B2020-01-01T00%3A00%3A00.000Z%20TO%202027-01-01T00%3A00%3A00.000Z%5D'
    );
  });

  it("runs VTEX's fulfillment simulation with the trade policy and affiliate", async () => {
    const affiliate = h.fake.store.affiliates[0];
    const sku = [...h.fake.store.skus.values()].find(
      (s) => s.IsActive && (s.SalesChannels ?? []).map(String).includes(String(affiliate.salesChannel))
    );
    const code = h.fake.store.freightValues[0].zipCodeStart;
    const result = await simulateFulfillment(h.http(), {
      items: [{ id: String(sku?.Id), quantity: 1 }],
      postalCode: code,
      country: 'BRA',
      salesChannel: String(affiliate.salesChannel),
      affiliateId: affiliate.id
    });
    expect(result.items).toHaveLength(1);
    expect(result.items[0].id).toBe(String(sku?.Id));
    expect(result.logisticsInfo[0].itemIndex).toBe(0);
    const call = h.fake.requests.filter((r) => r.path === '/api/checkout/pub/orderForms/simulation').at(-1);
    expect(call?.method).toBe('POST');
    expect(call?.query).toBe(`?sc=${affiliate.salesChannel}&affiliateId=${affiliate.id}`);
  });

  it('authenticates with a user token in VtexIdclientAutCookie as well as with a key pair', async () => {
    const http = new VtexHttp({ account: h.account.account, apiBase: h.fake.url, userToken: h.fake.credentials.appToken });
    expect(await readSalesChannels(http)).toEqual(h.fake.store.salesChannels);
    const call = h.fake.requests.at(-1);
    expect(call?.status).toBe(200);
    expect(Object.keys(call?.headers ?? {})).not.toContain('vtexidclientautcookie');
  });

  it("shows VTEX's simulation answer as VTEX gives it, even when it disagrees with the store", async () => {
    h.fake.on('POST', /^\/api\/checkout\/pub\/orderForms\/simulation$/, () => ({
      status: 200,
      body: {
        items: [{ id: '10000', requestIndex: 0, quantity: 1, seller: '1', price: 100, availability: 'withoutStock' }],
        logisticsInfo: [],
        messages: [{ code: 'withoutStock', text: 'The item 10000 has no inventory', status: 'error' }]
      }
    }));
    const result = await simulateFulfillment(h.http(), {
      items: [{ id: '10000', quantity: 1 }],
      postalCode: '01000000',
      country: 'BRA',
      salesChannel: '1'
    });
    expect(result.items[0].availability).toBe('withoutStock');
    expect(result.messages).toEqual([{ code: 'withoutStock', text: 'The item 10000 has no inventory', status: 'error' }]);
    h.fake.reset();
  });

  it('tests a connection: every module readable with a full key', async () => {
    const report = await testConnection(h.http());
    expect(report.account).toBe(h.fake.store.account);
    expect(Object.values(report.modules).every((m) => m.readable)).toBe(true);
    expect(Object.keys(report.modules).sort()).toEqual(['catalog', 'fulfillment', 'logistics', 'oms', 'pricing']);
  });
});
