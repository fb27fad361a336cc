import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import type { MarketplaceOrder } from '../../../../src/shared/domain/model';
import { balance, codes, makeOrder, makeStore, sku, twoItemOrder, type StoreParts, read } from './store-builder';

// Store orders come from the storefront checkout (connector "Loja"): the sweep runs its stock checks.
const run = (store = makeStore(), order: MarketplaceOrder = makeOrder()) =>
  diagnose({ ...order, connectorName: 'Loja' }, read('store_order_not_created'), store);
const noStockFor101 = (p: StoreParts) => (p.inventory[0] = balance('101', 'W1', 0));

describe('store_order_not_created', () => {
  it('finds no cause when stock covers the order', () => {
    expect(run().outcome).toBe('no_cause_found');
  });

  it('insufficient_stock when some stock is there but not enough, naming the SKU', () => {
    const store = makeStore((p) => (p.inventory[1] = balance('102', 'W1', 1)));
    expect(run(store, twoItemOrder()).causes).toEqual([expect.objectContaining({ code: 'insufficient_stock', skuId: '102' })]);
  });

  it('out_of_stock_not_sellable with the SKU and its flags', () => {
    const d = run(makeStore(noStockFor101));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'out_of_stock_not_sellable',
        evidence: { skuId: '101', ordered: 1, available: 0, showIfNotAvailable: false, sellOutOfStock: false },
        fix: { kind: 'set_infinite_inventory', appliesInMirror: true, request: { skuId: '101', unlimited: true } }
      })
    ]);
  });

  it('no cause when the store sells the SKU out of stock and no feed hides it', () => {
    expect(run(makeStore((p) => (noStockFor101(p), (p.settings = { sellOutOfStock: { '101': true } })))).outcome).toBe(
      'no_cause_found'
    );
  });

  it('"show when out of stock" only keeps the product visible: with no stock the customer still cannot buy (insufficient_stock)', () => {
    const shown = run(makeStore((p) => (noStockFor101(p), (p.skus[0] = sku('101', { showIfNotAvailable: true })))));
    expect(shown.causes).toEqual([
      expect.objectContaining({
        code: 'insufficient_stock',
        skuId: '101',
        evidence: expect.objectContaining({ ordered: 1, available: 0 })
      })
    ]);
  });

  it('unlimited inventory is never out of stock', () => {
    expect(run(makeStore((p) => (p.inventory[0] = balance('101', 'W1', 0, 0, true)))).outcome).toBe('no_cause_found');
  });

  it('xml_hides_out_of_stock when the trade policy’s XML feed hides unavailable SKUs', () => {
    const xml = { name: 'Google Shopping', salesChannel: '1', showUnavailableSkus: false };
    const store = makeStore(
      (p) => (noStockFor101(p), (p.skus[0] = sku('101', { showIfNotAvailable: true })), (p.settings = { xmlIntegrations: [xml] }))
    );
    expect(run(store).causes).toEqual([
      expect.objectContaining({
        code: 'xml_hides_out_of_stock',
        evidence: { skuId: '101', tradePolicyId: '1', integrations: ['Google Shopping'] },
        fix: { kind: 'xml_show_out_of_stock', appliesInMirror: true, request: { integrationName: 'Google Shopping' } }
      })
    ]);
    const aboutFeed = makeStore((p) => (noStockFor101(p), (p.settings = { xmlIntegrations: [xml] })));
    expect(codes(run(aboutFeed, makeOrder({ integrationMessage: 'Product missing from the XML feed' })))).toEqual([
      'xml_hides_out_of_stock'
    ]);
    expect(codes(run(aboutFeed, makeOrder({ integrationMessage: 'The item 101 has no inventory' })))).toEqual([
      'out_of_stock_not_sellable'
    ]);
    const otherPolicy = makeStore(
      (p) => (
        noStockFor101(p),
        (p.skus[0] = sku('101', { showIfNotAvailable: true })),
        (p.settings = { xmlIntegrations: [{ ...xml, salesChannel: '2' }] })
      )
    );
    expect(codes(run(otherPolicy))).toEqual(['insufficient_stock']);
    // After the feed shows unavailable SKUs, the SKU is listed but still has no stock: never an all-clear.
    const shows = makeStore(
      (p) => (
        noStockFor101(p),
        (p.skus[0] = sku('101', { showIfNotAvailable: true })),
        (p.settings = { xmlIntegrations: [{ ...xml, showUnavailableSkus: true }] })
      )
    );
    expect(codes(run(shows))).toEqual(['insufficient_stock']);
  });

  it('uses every active warehouse when the order names no known affiliate', () => {
    const storefront = makeOrder({ affiliateId: '', connectorName: 'Loja' });
    expect(run(makeStore(), storefront).outcome).toBe('no_cause_found');
    expect(codes(run(makeStore(noStockFor101), storefront))).toEqual(['out_of_stock_not_sellable']);
  });

  it('insufficient_data when the SKU has no inventory record', () => {
    expect(run(makeStore((p) => (p.inventory = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['inventory'] });
  });
});
