import { describe, expect, it } from 'vitest';
import type { ConnectedFixPreview, ConnectedFixResult } from '../../../src/shared/api/connected';
import type { FixResult } from '../../../src/shared/api/fixes';
import type { PlanApplyResult } from '../../../src/shared/api/plan';
import { readPrices } from '../../../src/main/core/db/repositories/stock-repository';
import { findSku } from '../../../src/main/core/db/repositories/store-write-repository';
import { fakeProduct } from '../../support/fake-vtex/product-price-routes';
import { useConnectedHost } from '../../support/connected-host';

const { desk, db, lastAudit, skusOfProduct } = useConnectedHost();

/** A product of the fake and the mirror, turned off in both (the case the fix is for); `skip` picks another. */
function inactiveProduct(skip: number): { productId: string; skuIds: string[] } {
  const productIds = [
    ...new Set(
      [...desk.fake.store.skus.values()].filter((s) => findSku(db(), String(s.Id)) !== null).map((s) => String(s.ProductId))
    )
  ];
  const productId = productIds[skip];
  if (!productId) throw new Error('the demo store has products');
  const skuIds = skusOfProduct(productId);
  for (const id of skuIds) desk.fake.store.skus.get(id)!.IsProductActive = false;
  fakeProduct(desk.fake.store, productId)!.IsActive = false;
  db().prepare('UPDATE skus SET is_product_active = 0 WHERE product_id = ?').run(productId);
  return { productId, skuIds };
}

describe('product activation through Catalog', () => {
  it('reads the product, sends it back whole and active with PUT, and mirrors its SKUs as VTEX returns them', async () => {
    const { productId, skuIds } = inactiveProduct(0);
    const registration = { ...fakeProduct(desk.fake.store, productId)! };
    const path = `/api/catalog/pvt/product/${productId}`;
    const fix = { kind: 'activate_product', productIds: [productId] };

    const preview = await desk.value<ConnectedFixPreview>('connected/preview', { fix });
    expect(preview).toMatchObject({ account: 'lojademo', through: 'api', admin: null });
    const result = await desk.value<ConnectedFixResult>('connected/apply', { fix });
    expect(result.failed).toEqual([]);
    expect(result.changed).toEqual([
      expect.objectContaining({
        entity: 'product',
        entityId: productId,
        before: false,
        after: true,
        call: { method: 'PUT', path, status: 200 }
      })
    ]);
    const calls = desk.fake.requests.slice(-(3 + skuIds.length)).map((r) => `${r.method} ${r.path}`);
    expect(calls.slice(0, 3)).toEqual([`GET ${path}`, `PUT ${path}`, `GET ${path}`]);
    // The whole registration went back, only its flag changed (VTEX clears what a PUT leaves out).
    expect(fakeProduct(desk.fake.store, productId)).toEqual({ ...registration, IsActive: true });
    for (const id of skuIds) expect(findSku(db(), id)?.isProductActive).toBe(true);
    expect(lastAudit()).toMatchObject({ id: result.auditId });
    expect(lastAudit().after).toEqual([
      expect.objectContaining({ account: 'lojademo', method: 'PUT', path, status: 200, value: true })
    ]);
  });

  it('names the License Manager resource when the key may not edit products, and changes nothing', async () => {
    const { productId, skuIds } = inactiveProduct(1);
    desk.fake.on('PUT', /^\/api\/catalog\/pvt\/product\/[^/]+$/, () => ({
      status: 403,
      body: { error: { message: 'Forbidden' } }
    }));
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'activate_product', productIds: [productId] }
    });
    expect(result.changed).toEqual([]);
    expect(result.failed).toEqual([
      expect.objectContaining({ entity: 'product', entityId: productId, call: expect.objectContaining({ status: 403 }) })
    ]);
    expect(result.failed[0].message).toContain('Catalog › Content › Product and SKU Management');
    for (const id of skuIds) expect(findSku(db(), id)?.isProductActive).toBe(false);
  });
});

/** A SKU with a fixed price that has an end date for a trade policy, in the fake and in the mirror alike. */
function datedFixedPrice(skip: number): { skuId: string; tradePolicyId: string; dateTo: string } {
  const found = [...desk.fake.store.prices.values()].flatMap((price) =>
    (price.fixedPrices ?? [])
      .filter(
        (f) =>
          f.dateRange?.to &&
          (readPrices(db(), { skuIds: [String(price.itemId)] })[0]?.fixedPrices ?? []).some(
            (m) => m.tradePolicyId === String(f.tradePolicyId) && m.dateTo !== null
          )
      )
      .map((f) => ({ skuId: String(price.itemId), tradePolicyId: String(f.tradePolicyId) }))
  );
  const picked = found.filter((f, i) => found.findIndex((g) => g.skuId === f.skuId) === i)[skip];
  if (!picked) throw new Error('the demo store has dated fixed prices');
  const dates = (desk.fake.store.prices.get(picked.skuId)?.fixedPrices ?? [])
    .filter((f) => String(f.tradePolicyId) === picked.tradePolicyId && f.dateRange?.to)
    .map((f) => f.dateRange!.to as string)
    .sort();
  return { ...picked, dateTo: dates.at(-1)! };
}

const mirroredDatesTo = (skuId: string, tradePolicyId: string) =>
  readPrices(db(), { skuIds: [skuId] })[0]
    .fixedPrices.filter((f) => f.tradePolicyId === tradePolicyId)
    .map((f) => f.dateTo);

describe('price renewal through Pricing', () => {
  it('posts the trade policy fixed prices with the new end date, and mirrors the price VTEX returns', async () => {
    const { skuId, tradePolicyId, dateTo } = datedFixedPrice(0);
    const others = (desk.fake.store.prices.get(skuId)?.fixedPrices ?? []).filter((f) => f.dateRange?.to !== dateTo);
    const renewed = '2031-06-30T23:59:59.000Z';
    const path = `/pricing/prices/${skuId}/fixed/${tradePolicyId}`;
    const fix = { kind: 'renew_price', skuId, tradePolicyId, dateTo: renewed };

    const preview = await desk.value<ConnectedFixPreview>('connected/preview', { fix });
    expect(preview).toMatchObject({ account: 'lojademo', through: 'api' });
    const result = await desk.value<ConnectedFixResult>('connected/apply', { fix });
    expect(result.failed).toEqual([]);
    expect(result.changed).toEqual([
      expect.objectContaining({
        entity: 'price',
        entityId: skuId,
        field: `fixedPrice[${tradePolicyId}].dateTo`,
        after: renewed,
        call: { method: 'POST', path, status: 200 }
      })
    ]);
    const calls = desk.fake.requests.slice(-3).map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([`GET /pricing/prices/${skuId}`, `POST ${path}`, `GET /pricing/prices/${skuId}`]);
    // The other fixed prices of the SKU are as they were; the one that ended last now ends later.
    const fixed = desk.fake.store.prices.get(skuId)?.fixedPrices ?? [];
    expect(fixed).toEqual(expect.arrayContaining(others));
    expect(fixed.filter((f) => f.dateRange?.to === renewed)).toHaveLength(1);
    expect(mirroredDatesTo(skuId, tradePolicyId)).toContain(renewed);
    expect(lastAudit().after).toEqual([
      expect.objectContaining({ account: 'lojademo', method: 'POST', path, status: 200, value: renewed })
    ]);
  });

  it('starts a renewed price now when the store kept no start date (VTEX needs both ends)', async () => {
    const { skuId, tradePolicyId, dateTo } = datedFixedPrice(2);
    const latest = desk.fake.store.prices.get(skuId)!.fixedPrices!.find((f) => f.dateRange?.to === dateTo)!;
    latest.dateRange = { to: dateTo };
    const renewed = '2032-01-31T23:59:59.000Z';
    const before = Date.now();
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'renew_price', skuId, tradePolicyId, dateTo: renewed }
    });
    expect(result.failed).toEqual([]);
    const stored = desk.fake.store.prices.get(skuId)!.fixedPrices!.find((f) => f.dateRange?.to === renewed);
    expect(Date.parse(stored?.dateRange?.from ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('sends no write when the store has no dated fixed price left to renew, and says so', async () => {
    const { skuId, tradePolicyId } = datedFixedPrice(3);
    const price = desk.fake.store.prices.get(skuId)!;
    price.fixedPrices = (price.fixedPrices ?? []).filter((f) => String(f.tradePolicyId) !== tradePolicyId);
    // The store is read first: what it holds, not the copy, decides there is nothing to renew.
    const sent = desk.fake.requests.length;
    const reply = await desk.call<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'renew_price', skuId, tradePolicyId, dateTo: '2031-06-30T23:59:59.000Z' }
    });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not-found', message: expect.stringContaining(`SKU ${skuId}`) })
    });
    expect(desk.fake.requests.slice(sent).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /pricing/prices/${skuId}`]);
  });

  it('names the License Manager resource when the key may not change prices, and changes nothing', async () => {
    const { skuId, tradePolicyId } = datedFixedPrice(1);
    const before = readPrices(db(), { skuIds: [skuId] });
    const stored = structuredClone(desk.fake.store.prices.get(skuId));
    desk.fake.on('POST', /^\/pricing\/prices\/[^/]+\/fixed\/[^/]+$/, () => ({
      status: 403,
      body: { error: { message: 'Forbidden' } }
    }));
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'renew_price', skuId, tradePolicyId, dateTo: '2031-06-30T23:59:59.000Z' }
    });
    expect(result.changed).toEqual([]);
    expect(result.failed).toEqual([
      expect.objectContaining({
        entity: 'price',
        entityId: skuId,
        call: expect.objectContaining({ method: 'POST', path: `/pricing/prices/${skuId}/fixed/${tradePolicyId}`, status: 403 })
      })
    ]);
    expect(result.failed[0].message).toContain('Pricing › Price List › Modify prices');
    expect(readPrices(db(), { skuIds: [skuId] })).toEqual(before);
    expect(desk.fake.store.prices.get(skuId)).toEqual(stored);
  });
});

describe('planned product activation and price renewal applied from the change plan', () => {
  it('sends both through the APIs in one confirmed batch and marks them done', async () => {
    const { productId, skuIds } = inactiveProduct(2);
    const { skuId, tradePolicyId } = datedFixedPrice(4);
    const renewed = '2033-03-31T23:59:59.000Z';
    const planned = async (fix: unknown) => (await desk.value<FixResult>('fixes/apply', { fix })).plannedChanges;
    const [product] = await planned({ kind: 'activate_product', productIds: [productId] });
    const [price] = await planned({ kind: 'renew_price', skuId, tradePolicyId, dateTo: renewed });

    const result = await desk.value<PlanApplyResult>('plan/apply', { ids: [product.id, price.id] });
    expect(result.lines.map((l) => [l.changeId, l.outcome, l.state, l.call?.method])).toEqual([
      [product.id, 'done', 'done', 'PUT'],
      [price.id, 'done', 'done', 'POST']
    ]);
    for (const id of skuIds) expect(desk.fake.store.skus.get(id)?.IsProductActive).toBe(true);
    expect(desk.fake.store.prices.get(skuId)?.fixedPrices?.map((f) => f.dateRange?.to)).toContain(renewed);
  });
});
