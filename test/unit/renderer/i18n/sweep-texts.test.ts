import { describe, expect, it } from 'vitest';
import { formatPercent, translate, type Locale, type MessageKey } from '../../../../src/renderer/src/i18n';
import { checkedWords, inferredSentence, isUnexplained } from '../../../../src/renderer/src/i18n/domain/sweep';
import { causeVerdict, domainTexts } from '../../../../src/renderer/src/i18n/domain/verdict';
import { UNCERTAIN_BELOW } from '../../../../src/shared/domain/classification';
import type { Cause, CheckFamily, StockBlocker } from '../../../../src/shared/domain/diagnosis';

const LOCALES: Locale[] = ['en', 'pt-BR', 'es'];
const format = {
  money: (c: number) => `R$ ${(c / 100).toFixed(2)}`,
  number: (n: number) => String(n),
  date: (iso: string) => iso.slice(0, 10),
  percent: (r: number) => `${Math.round(r * 100)}%`
};

// A record keyed by the union makes the compiler reject this list when a family is added or renamed.
const FAMILIES: Record<CheckFamily, true> = {
  catalog: true,
  trade_policy: true,
  stock: true,
  delivery: true,
  price: true,
  price_divergence: true,
  shipping_data: true,
  customer_data: true,
  invoice: true,
  payment: true,
  marketplace_status: true,
  duplicate: true,
  connector: true,
  listing: true,
  storefront: true
};
const BLOCKER_KINDS: Record<StockBlocker['kind'], true> = {
  dock_inactive: true,
  dock_not_linked: true,
  warehouse_inactive: true,
  warehouse_not_on_dock: true
};

const NEW_KEYS: MessageKey[] = [
  'type.inferred',
  'type.uncertain',
  'type.inferredTitle',
  'type.uncertainTitle',
  'type.confidence',
  'order.unexplained',
  'order.unexplainedAdvice',
  'order.checked',
  'order.couldNotCheck',
  'order.alsoFound',
  'order.alsoFoundLead',
  'evidence.blockers',
  'evidence.blockedBy',
  'evidence.unitsFreed',
  'evidence.fixedPrices',
  'evidence.basePrice',
  'evidence.validFrom',
  'evidence.validUntil',
  'evidence.minQuantity',
  'evidence.noFixedPrices',
  'wizard.unrecognised',
  'wizard.uncertain',
  'wizard.sweepFoundNothing',
  'wizard.noReprocess'
];

function blocked(blockers: StockBlocker[]): Cause {
  return {
    code: 'stock_outside_trade_policy',
    skuId: '10110',
    tradePolicyId: '1',
    evidence: { skuId: '10110', tradePolicyId: '1', ordered: 2, warehouses: [], tradePolicyDockIds: ['dk1'], blockers },
    fix: { kind: 'activate_dock', appliesInMirror: true, request: { dockId: 'dk-n' } }
  };
}
const inactiveDock: StockBlocker = {
  kind: 'dock_inactive',
  warehouseId: 'wh-n',
  warehouseName: 'Estoque Norte',
  dockId: 'dk-n',
  dockName: 'CD Norte',
  unitsFreed: 12
};

const expiredPrice = {
  code: 'price_expired_for_trade_policy',
  skuId: '2040',
  tradePolicyId: '1',
  evidence: {
    skuId: '2040',
    tradePolicyId: '1',
    asOf: '2026-03-20T00:00:00Z',
    expired: [{ valueCents: 1000, minQuantity: 1, dateFrom: '2026-01-01T00:00:00Z', dateTo: '2026-03-15T00:00:00Z' }]
  },
  fix: { kind: 'renew_price', appliesInMirror: true }
} as Cause;

describe('sweep texts in every language', () => {
  it.each(LOCALES)('%s names every check family, every stock blocker, the units and the inferred sentence', (locale) => {
    const texts = domainTexts(locale);
    for (const family of Object.keys(FAMILIES) as CheckFamily[])
      expect(texts.checkFamilies[family].length, family).toBeGreaterThan(3);
    for (const kind of Object.keys(BLOCKER_KINDS) as StockBlocker['kind'][]) {
      expect(texts.blockers[kind].label.length, kind).toBeGreaterThan(3);
      expect(texts.blockers[kind].verdict, kind).toContain('{units}');
      expect(texts.blockers[kind].verdict, kind).toContain('{sku}');
    }
    expect(texts.blockers.dock_inactive.label).toContain('{dock}');
    expect(texts.units.one).toContain('{n}');
    expect(texts.units.other).toContain('{n}');
    for (const slot of ['{because}', '{verdict}', '{type}']) expect(texts.inferred.sentence).toContain(slot);
    for (const key of NEW_KEYS) expect(translate(locale, key).length, key).toBeGreaterThan(3);
  });

  it('is really translated: Portuguese and Spanish differ from English', () => {
    const en = domainTexts('en');
    for (const locale of ['pt-BR', 'es'] as const) {
      const other = domainTexts(locale);
      expect((Object.keys(FAMILIES) as CheckFamily[]).filter((f) => other.checkFamilies[f] === en.checkFamilies[f])).toEqual([]);
      expect(
        (Object.keys(BLOCKER_KINDS) as StockBlocker['kind'][]).filter((k) => other.blockers[k].verdict === en.blockers[k].verdict)
      ).toEqual([]);
      expect(other.inferred.unrecognised).not.toBe(en.inferred.unrecognised);
      expect(NEW_KEYS.filter((key) => translate(locale, key) === translate('en', key))).toEqual([]);
    }
  });

  it('lists what was checked in the agent’s words', () => {
    expect(checkedWords(['price', 'duplicate'], 'en')).toEqual(['price validity', 'duplicates in OMS']);
    expect(checkedWords(['stock'], 'pt-BR')).toEqual(['estoque e alcance']);
    expect(checkedWords(undefined, 'es')).toEqual([]);
  });

  it('writes the confidence as a percentage of the locale', () => {
    expect(formatPercent('en', 0.62)).toBe('62%');
    expect(formatPercent('pt-BR', 0.315)).toMatch(/^32\s?%$/);
  });
});

describe('stock blocked from the trade policy', () => {
  it('names the inactive dock and the units activating it frees', () => {
    expect(causeVerdict(blocked([inactiveDock]), 'en', {}, format)).toBe(
      'Dock CD Norte is inactive: activating it frees 12 units of SKU 10110'
    );
    expect(causeVerdict(blocked([inactiveDock]), 'pt-BR', {}, format)).toBe(
      'A doca CD Norte está inativa: ativá-la libera 12 unidades do SKU 10110'
    );
    expect(causeVerdict(blocked([inactiveDock]), 'es', {}, format)).toBe(
      'El muelle CD Norte está inactivo: activarlo libera 12 unidades del SKU 10110'
    );
  });

  it('says one unit, takes the dock’s name from the records when the evidence lacks it, and names each blocker', () => {
    const unnamed: StockBlocker = {
      kind: 'dock_not_linked',
      warehouseId: 'wh-s',
      warehouseName: null,
      dockId: 'dk-s',
      dockName: null,
      unitsFreed: 1
    };
    const names = {
      dockName: (id: string) => (id === 'dk-s' ? 'CD Sul' : null),
      tradePolicyName: (id: string) => (id === '1' ? 'Principal' : null)
    };
    expect(causeVerdict(blocked([unnamed, { ...inactiveDock, kind: 'warehouse_inactive' }]), 'en', names, format)).toBe(
      'Dock CD Sul is not linked to trade policy 1 (Principal): linking it frees 1 unit of SKU 10110; Warehouse Estoque Norte is inactive: activating it frees 12 units of SKU 10110'
    );
  });

  it('keeps the warehouses sentence when no blocker was recorded', () => {
    expect(causeVerdict(blocked([]), 'en', {}, format)).toBe(
      'SKU 10110 has stock only in warehouses whose docks do not serve trade policy 1 (none)'
    );
  });
});

describe('an error type the evidence points to', () => {
  const base = { errorType: 'unclassified' as const, inferredErrorType: 'price_missing' as const, causes: [expiredPrice] };

  it('says the message was not recognised and what the data shows, from the top cause’s verdict', () => {
    expect(inferredSentence(base, 0, 'en', {}, format)).toBe(
      'Message not recognised; the data shows the only price of SKU 2040 for trade policy 1 ended on 2026-03-15 → Price missing'
    );
    expect(inferredSentence(base, 0, 'pt-BR', {}, format)).toBe(
      'Mensagem não reconhecida; os dados mostram que o único preço do SKU 2040 para a política comercial 1 terminou em 2026-03-15 → Preço sem vigência'
    );
  });

  it('says how unsure the classifier was, or that the message’s own checks passed', () => {
    // Relative to the threshold, which is tuned on the corpus and may move.
    const unsure = UNCERTAIN_BELOW - 0.05;
    expect(inferredSentence({ ...base, errorType: 'out_of_stock' }, unsure, 'en', {}, format)).toBe(
      `Message not clearly recognised (${format.percent(unsure)} confidence); the data shows the only price of SKU 2040 for trade policy 1 ended on 2026-03-15 → Price missing`
    );
    expect(inferredSentence({ ...base, errorType: 'out_of_stock' }, 0.9, 'es', {}, format)).toMatch(
      /^El mensaje apunta a Falta de stock, pero las verificaciones de ese tipo pasan; los datos muestran que/
    );
  });

  it('keeps an acronym’s capitals inside the sentence and says nothing when nothing was inferred', () => {
    const inactive = {
      code: 'sku_inactive',
      skuId: '7',
      evidence: { skuId: '7', skuName: 'Bola' },
      fix: { kind: 'activate_sku', appliesInMirror: true }
    } as Cause;
    expect(
      inferredSentence({ ...base, inferredErrorType: 'sku_unavailable', causes: [inactive] }, 0, 'en', {}, format)
    ).toContain('the data shows SKU 7 Bola is inactive');
    expect(inferredSentence({ ...base, inferredErrorType: undefined }, 0, 'en', {}, format)).toBeNull();
  });
});

describe('isUnexplained', () => {
  it('is true for the unexplained outcome and for an unrecognised message with no cause, never for a recognised all-clear', () => {
    expect(isUnexplained({ outcome: 'unexplained', errorType: 'unclassified' })).toBe(true);
    expect(isUnexplained({ outcome: 'no_cause_found', errorType: 'unclassified' })).toBe(true);
    expect(isUnexplained({ outcome: 'no_cause_found', errorType: 'out_of_stock' })).toBe(false);
    expect(isUnexplained({ outcome: 'causes', errorType: 'unclassified' })).toBe(false);
    expect(isUnexplained(null)).toBe(false);
  });
});
