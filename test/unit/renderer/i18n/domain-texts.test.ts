import { describe, expect, it } from 'vitest';
import { adminTargetFor, adminUrl } from '../../../../src/renderer/src/i18n/domain/admin-links';
import { causeVerdict, domainTexts, outcomeVerdict } from '../../../../src/renderer/src/i18n/domain/verdict';
import type { Locale } from '../../../../src/renderer/src/i18n';
import { CAUSE_CODES, ERROR_TYPES } from '../../../../src/shared/domain/error-types';
import type { Cause } from '../../../../src/shared/domain/diagnosis';

const LOCALES: Locale[] = ['en', 'pt-BR', 'es'];
const format = {
  money: (c: number) => `R$ ${(c / 100).toFixed(2)}`,
  number: (n: number) => String(n),
  date: (iso: string) => iso.slice(0, 10)
};
const names = {
  skuName: (id: string) => (id === '1003' ? 'Tênis Corrida 42' : null),
  tradePolicyName: (id: string) => (id === '3' ? 'Amazon' : null)
};

const stockCause = {
  code: 'insufficient_stock',
  skuId: '1003',
  tradePolicyId: '3',
  evidence: {
    skuId: '1003',
    ordered: 2,
    available: 0,
    warehouses: [
      {
        warehouseId: 'wh',
        warehouseName: 'Estoque SP',
        totalQuantity: 3,
        reservedQuantity: 5,
        availableQuantity: 0,
        unlimited: false,
        warehouseActive: true,
        dockIds: ['d'],
        servesTradePolicy: true
      }
    ]
  },
  fix: { kind: 'update_inventory', appliesInMirror: true }
} as Cause;

describe('domain texts', () => {
  it.each(LOCALES)(
    '%s has a title, a short label and an explanation for every error type, and words for every cause',
    (locale) => {
      const texts = domainTexts(locale);
      for (const type of ERROR_TYPES) {
        expect(texts.errorTypes[type].title.length).toBeGreaterThan(2);
        expect(texts.errorTypes[type].short.length).toBeGreaterThan(0);
        expect(texts.errorTypes[type].explanation.length).toBeGreaterThan(30);
      }
      for (const code of CAUSE_CODES) {
        expect(texts.causes[code].title.length).toBeGreaterThan(2);
        expect(texts.causes[code].fix.length).toBeGreaterThan(2);
        expect(texts.causes[code].verdict.length).toBeGreaterThan(10);
      }
    }
  );

  it('is really translated: Portuguese and Spanish titles differ from the English ones', () => {
    const en = domainTexts('en');
    for (const locale of ['pt-BR', 'es'] as const) {
      const other = domainTexts(locale);
      const same = CAUSE_CODES.filter((code) => other.causes[code].verdict === en.causes[code].verdict);
      expect(same).toEqual([]);
      const sameTitles = ERROR_TYPES.filter((type) => other.errorTypes[type].title === en.errorTypes[type].title);
      expect(sameTitles.length / ERROR_TYPES.length).toBeLessThan(0.1);
    }
  });

  it('builds verdicts with the evidence in each language', () => {
    expect(causeVerdict(stockCause, 'en', names, format)).toBe(
      'SKU 1003 Tênis Corrida 42: 2 ordered, 0 available in warehouses serving trade policy 3 (Amazon) (Estoque SP: 3 in stock, 5 reserved)'
    );
    expect(causeVerdict(stockCause, 'pt-BR', names, format)).toBe(
      'SKU 1003 Tênis Corrida 42: 2 pedidos, 0 disponíveis nos estoques que atendem a política comercial 3 (Amazon) (Estoque SP: 3 em estoque, 5 reservados)'
    );
    const inactive = {
      code: 'sku_inactive',
      skuId: '1003',
      evidence: { skuId: '1003', skuName: 'Tênis Corrida 42' },
      fix: { kind: 'activate_sku', appliesInMirror: true }
    } as Cause;
    expect(causeVerdict(inactive, 'es', names, format)).toBe('El SKU 1003 Tênis Corrida 42 está inactivo');
    // A trade policy without a known collection (older mirrors, hand-written evidence) leaves no placeholder.
    const noCollection = {
      code: 'sku_not_in_collection',
      evidence: { skuId: '1003', productId: '7', tradePolicyId: '3', collectionId: '', skuCollectionIds: [] },
      fix: { kind: 'add_to_collection', appliesInMirror: true }
    } as unknown as Cause;
    expect(causeVerdict(noCollection, 'en', names, format)).toBe(
      'SKU 1003 Tênis Corrida 42 is not in collection —, the only one trade policy 3 (Amazon) sells'
    );
    const divergence = {
      code: 'price_divergence_over_allowance',
      evidence: {
        paidCents: 12000,
        expectedCents: 10000,
        differenceCents: 2000,
        percent: 20,
        rules: [{ from: 0, to: 2.5, action: 'authorize' }],
        connectorAllowancePercent: null
      },
      fix: { kind: 'add_divergence_rule', appliesInMirror: true }
    } as Cause;
    expect(causeVerdict(divergence, 'en', names, format)).toBe(
      'Paid R$ 120.00 vs expected R$ 100.00: 20% divergence, outside every authorize range (0–2.5%)'
    );
  });

  it('leaves no {slot} unfilled for any cause code', () => {
    for (const locale of LOCALES) {
      for (const code of CAUSE_CODES) {
        const template = domainTexts(locale).causes[code].verdict;
        const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(placeholders.every((p) => /^[a-z]+$/i.test(p))).toBe(true);
      }
    }
    expect(outcomeVerdict('insufficient_data', ['inventory', 'docks'], 'en')).toContain('inventory, loading docks');
    expect(outcomeVerdict('no_cause_found', [], 'es')).not.toMatch(/\{/);
  });
});

describe('adminUrl', () => {
  it('links into the account’s Admin', () => {
    expect(adminUrl('lojademo', { kind: 'connections-orders' })).toBe(
      'https://lojademo.myvtex.com/admin/bridge/#/marketplace/order'
    );
    expect(adminUrl('lojademo', { kind: 'sku', skuId: '10&x=1' })).toBe(
      'https://lojademo.myvtex.com/admin/Site/SkuForm.aspx?IdSku=10%26x%3D1'
    );
  });

  it.each(['evil.com/x', 'a b', '', 'UPPER', 'x.myvtex.com#'])('refuses the account name %j', (account) => {
    expect(adminUrl(account, { kind: 'docks' })).toBeNull();
  });
});

describe('adminTargetFor', () => {
  it('opens the page where each cause is fixed', () => {
    expect(adminTargetFor(stockCause)).toEqual({ kind: 'inventory' });
    const duplicate = {
      code: 'order_already_in_oms',
      evidence: { vtexOrderId: '123-01', status: 'invoiced', otherVtexOrderIds: [] },
      fix: { kind: 'none', appliesInMirror: false }
    } as Cause;
    expect(adminUrl('lojademo', adminTargetFor(duplicate))).toBe('https://lojademo.myvtex.com/admin/orders/123-01');
  });
});
