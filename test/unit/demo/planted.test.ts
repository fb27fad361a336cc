import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cnpjProblem, cpfProblem, invoiceKeyProblem } from '../../../src/main/core/rules/checks/documents';
import { ean13CheckDigit } from '../../../src/main/core/demo/tax-ids';
import type { SnapshotOrder } from '../../../src/shared/domain/snapshot';
import { generateDemo, removeTempDirs, orderKey, plantedOrders, type DemoFixture } from './demo-fixture';

afterAll(removeTempDirs);

const DAY_MS = 86_400_000;

describe('demo store: referential sanity', () => {
  let demo: DemoFixture;
  beforeAll(async () => {
    demo = await generateDemo();
  });

  const planted = (order: SnapshotOrder) => demo.expected[orderKey(order)];

  it('sends only SKU ids of the catalog, except in the planted unknown-SKU orders', () => {
    const ids = new Set(demo.skus.map((s) => String(s.Id)));
    for (const order of demo.orders) {
      const unknown = order.items.filter((item) => !ids.has(item.id));
      expect(unknown.length > 0).toBe(planted(order)?.errorType === 'unknown_sku');
    }
  });

  it('gives SKUs valid EAN-13s, unique RefIds and positive dimensions (bar the planted listing gaps)', () => {
    for (const sku of demo.skus) {
      const ean = sku.AlternateIds?.Ean;
      if (ean) expect(Number(ean[12])).toBe(ean13CheckDigit(ean.slice(0, 12)));
      expect(sku.Dimension?.length).toBeGreaterThan(0);
    }
    expect(demo.skus.filter((s) => !s.AlternateIds?.Ean).length).toBeGreaterThan(0);
    expect(new Set(demo.skus.map((s) => s.AlternateIds?.RefId)).size).toBe(demo.skus.length);
  });

  it('gives customers valid CPFs/CNPJs and Brazilian mobiles, except the planted invalid ones', () => {
    for (const order of demo.orders) {
      const customer = order.clientProfileData ?? {};
      const cause = planted(order)?.causes ?? [];
      const problem =
        customer.documentType === 'cnpj' ? cnpjProblem(customer.document ?? '') : cpfProblem(customer.document ?? '');
      expect(problem !== null).toBe(cause.includes('customer_document_invalid'));
      if (!cause.includes('customer_phone_invalid')) expect(customer.phone).toMatch(/^\+55 \d{2} 9\d{4}-\d{4}$/);
      expect(order.shippingData?.selectedAddresses?.[0].country).toBe('BRA');
    }
  });

  it('charges items + freight on every order whose payment is not the planted fault', () => {
    for (const order of demo.orders) {
      if (planted(order)?.errorType === 'payment_data_invalid') continue;
      const items = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
      const freight = (order.shippingData?.logisticsInfo ?? []).reduce((sum, entry) => sum + (entry.price ?? 0), 0);
      expect(order.marketplacePaymentValue).toBe(items + freight);
    }
  });

  it('selects SLAs by shipping policy name and dates orders in the weeks before the export', () => {
    const names = new Set(demo.policies.map((p) => p.name));
    const exportedAt = Date.parse(demo.manifest.exportedAt ?? '');
    for (const order of demo.orders) {
      const age = exportedAt - Date.parse(order.createdAt);
      expect(age).toBeGreaterThan(0);
      if (planted(order)?.scenario !== 'marketplace-retry-window') expect(age).toBeLessThan(30 * DAY_MS);
      for (const entry of order.shippingData?.logisticsInfo ?? []) expect(names.has(entry.selectedSla ?? '')).toBe(true);
    }
  });
});

describe('demo store: planted causes are in the data', () => {
  let demo: DemoFixture;
  beforeAll(async () => {
    demo = await generateDemo();
  });

  const skuOf = (id: string) => demo.skus.find((s) => String(s.Id) === id);
  const balances = (id: string) => demo.inventory.find((i) => String(i.skuId) === id)?.balance ?? [];
  const tradePolicyOf = (order: SnapshotOrder) => String(demo.affiliates.find((a) => a.id === order.affiliateId)?.salesChannel);
  const activePolicies = () => new Set(demo.policies.filter((p) => p.isActive).map((p) => p.id));

  it('ships the uncovered orders to a CEP outside every active policy freight row', () => {
    const active = activePolicies();
    const orders = plantedOrders(demo, 'sla-postal-code-not-covered');
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      const cep = order.shippingData?.selectedAddresses?.[0].postalCode ?? '';
      expect(cep).toMatch(/^\d{8}$/);
      const covering = demo.freight.filter(
        (row) => active.has(row.shippingPolicyId) && row.zipCodeStart <= cep && cep <= row.zipCodeEnd
      );
      expect(covering).toEqual([]);
    }
  });

  it('holds more reserved than counted for the negative-inventory SKU, and no other stock', () => {
    for (const order of plantedOrders(demo, 'oos-negative-inventory')) {
      const rows = balances(demo.expected[orderKey(order)].skuId ?? '');
      expect(rows.some((b) => b.reservedQuantity > b.totalQuantity)).toBe(true);
      expect(rows.every((b) => b.totalQuantity <= b.reservedQuantity)).toBe(true);
    }
  });

  it('keeps the stock-outside SKU only in warehouses whose docks do not serve the order trade policy', () => {
    const orders = [
      ...plantedOrders(demo, 'sla-stock-outside-trade-policy'),
      ...plantedOrders(demo, 'oos-stock-outside-trade-policy')
    ];
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      const tradePolicy = tradePolicyOf(order);
      for (const row of balances(demo.expected[orderKey(order)].skuId ?? '').filter(
        (b) => b.totalQuantity > b.reservedQuantity
      )) {
        const links = demo.warehouses.find((w) => w.id === row.warehouseId)?.warehouseDocks ?? [];
        const serving = links.filter((l) =>
          demo.docks.some((d) => d.id === l.dockId && d.isActive && (d.salesChannels ?? []).map(String).includes(tradePolicy))
        );
        expect(serving).toEqual([]);
      }
    }
  });

  it('sends the heavy package beyond the weight limit of every active policy covering its CEP', () => {
    const active = activePolicies();
    for (const order of plantedOrders(demo, 'sla-package-exceeds-limits')) {
      const cep = order.shippingData?.selectedAddresses?.[0].postalCode ?? '';
      const weight = (skuOf(order.items[0].id)?.Dimension?.weight ?? 0) * order.items[0].quantity;
      const covering = demo.freight.filter(
        (row) => active.has(row.shippingPolicyId) && row.zipCodeStart <= cep && cep <= row.zipCodeEnd
      );
      expect(covering.length).toBeGreaterThan(0);
      expect(covering.every((row) => weight > row.weightEnd)).toBe(true);
    }
  });

  it('makes the catalog say why the SKU is unavailable', () => {
    for (const order of plantedOrders(demo, 'unavailable-sku-inactive')) expect(skuOf(order.items[0].id)?.IsActive).toBe(false);
    for (const order of plantedOrders(demo, 'unavailable-product-inactive'))
      expect(skuOf(order.items[0].id)?.IsProductActive).toBe(false);
    for (const order of plantedOrders(demo, 'unavailable-sku-not-in-trade-policy')) {
      expect((skuOf(order.items[0].id)?.SalesChannels ?? []).map(String)).not.toContain(tradePolicyOf(order));
    }
    const restricted = demo.salesChannels.find((t) => t.ProductClusterId !== null);
    for (const order of plantedOrders(demo, 'unavailable-sku-not-in-collection')) {
      expect(tradePolicyOf(order)).toBe(String(restricted?.Id));
      expect(Object.keys(skuOf(order.items[0].id)?.ProductClusterNames ?? {})).not.toContain(
        String(restricted?.ProductClusterId)
      );
    }
  });

  it('leaves the price-missing SKUs without a valid price for the trade policy', () => {
    const exportedAt = Date.parse(demo.manifest.exportedAt ?? '');
    for (const scenario of ['price-missing', 'price-expired']) {
      for (const order of plantedOrders(demo, scenario)) {
        const price = demo.prices.find((p) => String(p.itemId) === order.items[0].id);
        const fixed = (price?.fixedPrices ?? []).filter((f) => String(f.tradePolicyId) === tradePolicyOf(order));
        expect(price?.basePrice ?? null).toBeNull();
        if (scenario === 'price-missing') expect(fixed).toEqual([]);
        else expect(fixed.length > 0 && fixed.every((f) => Date.parse(f.dateRange?.to ?? '') < exportedAt)).toBe(true);
      }
    }
  });

  it('holds the duplicate and the awaiting-authorization orders in OMS', () => {
    for (const [scenario, status] of [
      ['duplicate-order', null],
      ['price-awaiting-approval', 'waiting-for-manual-authorization']
    ] as const) {
      for (const order of plantedOrders(demo, scenario)) {
        const held = demo.oms.filter(
          (o) => o.marketplaceOrderId === order.marketplaceOrderId && o.affiliateId === order.affiliateId
        );
        expect(held).toHaveLength(1);
        if (status) expect(held[0].status).toBe(status);
      }
    }
  });

  it('plants the marketplace, cart, carrier and invoice faults', () => {
    const exportedAt = Date.parse(demo.manifest.exportedAt ?? '');
    for (const order of plantedOrders(demo, 'marketplace-retry-window')) {
      expect(order.affiliateId).toBe('MGZ');
      expect(exportedAt - Date.parse(order.createdAt)).toBeGreaterThan(30 * DAY_MS);
    }
    for (const order of plantedOrders(demo, 'marketplace-canceled')) expect(order.marketplaceOrderStatus).toBe('canceled');
    const minimum = demo.affiliates.find((a) => a.minimumValueAccumulated)?.minimumValueAccumulated ?? 0;
    for (const order of plantedOrders(demo, 'cart-below-minimum')) {
      expect(order.items.reduce((sum, i) => sum + i.price * i.quantity, 0)).toBeLessThan(minimum);
    }
    for (const order of plantedOrders(demo, 'carrier-not-in-erp')) {
      const couriers = (order.shippingData?.logisticsInfo ?? []).flatMap((l) => l.deliveryIds ?? []).map((d) => d.courierName);
      expect(couriers.some((c) => !(demo.settings.erpCarriers ?? []).includes(c ?? ''))).toBe(true);
    }
    const invoices = plantedOrders(demo, 'invoice-key-invalid');
    expect(invoices.length).toBeGreaterThan(0);
    for (const order of invoices) expect(invoiceKeyProblem(order.invoiceKey ?? '')?.reason).toBe('check_digit');
  });

  it('sells nothing from the storefront SKUs that have no stock, and one XML feed hides them', () => {
    expect(demo.settings.xmlIntegrations?.some((x) => !x.showUnavailableSkus)).toBe(true);
    for (const scenario of ['storefront-out-of-stock-not-sellable', 'storefront-xml-hides-out-of-stock']) {
      for (const order of plantedOrders(demo, scenario)) {
        expect(order.connectorName).toBe('Loja');
        const skuId = demo.expected[orderKey(order)].skuId ?? '';
        expect(balances(skuId).every((b) => b.totalQuantity === 0 && !b.hasUnlimitedQuantity)).toBe(true);
        expect(skuOf(skuId)?.ShowIfNotAvailable).toBe(scenario === 'storefront-xml-hides-out-of-stock');
      }
    }
  });
});
