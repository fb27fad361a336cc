import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/main/core/simulation';
import type { SimulationRequest } from '../../../src/shared/domain/diagnosis';
import { balance, dock, freight, makeStore, policy, sku, warehouse } from '../rules/diagnosers/store-builder';

const request = (overrides: Partial<SimulationRequest> = {}): SimulationRequest => ({
  affiliateId: 'MLB',
  postalCode: '01310-100',
  country: 'BRA',
  items: [{ id: '101', quantity: 1 }],
  ...overrides
});

describe('simulate: availability', () => {
  it('offers the reachable SLA with freight + warehouse cost and time + dock time', () => {
    const result = simulate(makeStore(), request());
    expect(result.tradePolicyId).toBe('1');
    expect(result.package).toEqual({ weightGrams: 500, largestMeasureCm: 10, measureSumCm: 30 });
    const [item] = result.items;
    expect(item.availability).toBe('available');
    expect(item.availableQuantity).toBe(10);
    expect(item.slas).toEqual([
      {
        id: 'Normal',
        shippingPolicyId: 'SP1',
        name: 'Normal',
        priceCents: 1600,
        estimate: '4.00:00:00',
        estimateSeconds: 4 * 86_400,
        dockId: 'D1',
        warehouseId: 'W1'
      }
    ]);
    expect(item.ruledOut).toEqual([]);
  });

  it('adds the dock fake time to the estimate', () => {
    const store = makeStore((p) => (p.docks = [dock('D1', { dockTimeFake: '0.12:00:00' })]));
    expect(simulate(store, request()).items[0].slas[0].estimate).toBe('4.12:00:00');
  });

  it('resolves the trade policy from the sales channel when no affiliate is given', () => {
    const result = simulate(makeStore(), request({ affiliateId: undefined, salesChannel: '1' }));
    expect(result.tradePolicyId).toBe('1');
    expect(result.items[0].availability).toBe('available');
  });

  it('prefers the affiliate trade policy over the sales channel', () => {
    expect(simulate(makeStore(), request({ salesChannel: '9' })).tradePolicyId).toBe('1');
  });

  it('reports unknownSku for an id the catalog lacks', () => {
    const [item] = simulate(makeStore(), request({ items: [{ id: '999', quantity: 1 }] })).items;
    expect(item.availability).toBe('unknownSku');
    expect(item.slas).toEqual([]);
  });

  it.each([
    ['sku_inactive', sku('101', { isActive: false })],
    ['product_inactive', sku('101', { isProductActive: false })],
    ['not_in_trade_policy', sku('101', { tradePolicyIds: ['2'] })]
  ] as const)('reports inactive with the reason %s', (reason, changed) => {
    const store = makeStore((p) => (p.skus = [changed]));
    const [item] = simulate(store, request()).items;
    expect(item.availability).toBe('inactive');
    expect(item.inactiveReasons).toEqual([reason]);
  });

  it('reports inactive when the trade policy sells only a collection the SKU is not in', () => {
    const store = makeStore((p) => (p.tradePolicies[0].productClusterId = '140'));
    expect(simulate(store, request()).items[0].inactiveReasons).toEqual(['not_in_collection']);
    const inCollection = makeStore((p) => {
      p.tradePolicies[0].productClusterId = '140';
      p.skus = [sku('101', { collections: { '140': 'Summer' } })];
    });
    expect(simulate(inCollection, request()).items[0].availability).toBe('available');
  });

  it('reports withoutStock when reachable stock is below the quantity, summing reachable warehouses', () => {
    const store = makeStore((p) => {
      p.warehouses.push(warehouse('W2', ['D1']));
      p.inventory = [balance('101', 'W1', 3, 1), balance('101', 'W2', 4)];
    });
    const enough = simulate(store, request({ items: [{ id: '101', quantity: 6 }] })).items[0];
    expect(enough.availableQuantity).toBe(6);
    expect(enough.availability).toBe('available');
    const short = simulate(store, request({ items: [{ id: '101', quantity: 7 }] })).items[0];
    expect(short.availability).toBe('withoutStock');
    expect(short.slas).toEqual([]);
  });

  it('treats unlimited inventory as available whatever the count', () => {
    const store = makeStore((p) => (p.inventory = [balance('101', 'W1', 0, 0, true)]));
    const [item] = simulate(store, request({ items: [{ id: '101', quantity: 50 }] })).items;
    expect(item.unlimited).toBe(true);
    expect(item.availability).toBe('available');
  });

  it('does not count stock in an inactive warehouse', () => {
    const store = makeStore((p) => (p.warehouses = [warehouse('W1', ['D1'], { isActive: false })]));
    const [item] = simulate(store, request()).items;
    expect(item.availability).toBe('withoutStock');
    expect(item.availableQuantity).toBe(0);
    expect(item.ruledOut).toContainEqual({ kind: 'warehouse', id: 'W1', reason: 'inactive' });
  });
});

describe('simulate: ruled out', () => {
  it('rules out docks not linked to the trade policy and inactive docks listing it', () => {
    const store = makeStore((p) => {
      p.docks.push(dock('D2', { tradePolicyIds: ['2'] }), dock('D3', { isActive: false }));
    });
    const { ruledOut } = simulate(store, request()).items[0];
    expect(ruledOut).toEqual([
      { kind: 'dock', id: 'D2', reason: 'not_linked_to_trade_policy' },
      { kind: 'dock', id: 'D3', reason: 'inactive' }
    ]);
  });

  it('rules out warehouses outside the trade policy, without stock, or unknown to the mirror', () => {
    const store = makeStore((p) => {
      p.docks.push(dock('D2', { tradePolicyIds: ['2'] }));
      p.warehouses.push(warehouse('W2', ['D2']), warehouse('W3', ['D1']));
      p.inventory.push(balance('101', 'W2', 8), balance('101', 'W9', 4));
    });
    const { ruledOut } = simulate(store, request()).items[0];
    expect(ruledOut.filter((r) => r.kind === 'warehouse')).toEqual([
      { kind: 'warehouse', id: 'W2', reason: 'not_linked_to_trade_policy' },
      { kind: 'warehouse', id: 'W3', reason: 'no_stock' },
      { kind: 'warehouse', id: 'W9', reason: 'not_in_mirror' }
    ]);
  });

  it('rules out a policy that covers no row for the postal code: cannotBeDelivered', () => {
    const [item] = simulate(makeStore(), request({ postalCode: '20040-020' })).items;
    expect(item.availability).toBe('cannotBeDelivered');
    expect(item.ruledOut).toEqual([{ kind: 'shippingPolicy', id: 'SP1', reason: 'postal_code_not_covered' }]);
  });

  it('rules out a row of another country', () => {
    const [item] = simulate(makeStore(), request({ country: 'ARG' })).items;
    expect(item.ruledOut).toEqual([{ kind: 'shippingPolicy', id: 'SP1', reason: 'postal_code_not_covered' }]);
  });

  it('checks the weight against covering rows separately from coverage', () => {
    const heavy = makeStore((p) => (p.inventory = [balance('101', 'W1', 100)]));
    const over = simulate(heavy, request({ items: [{ id: '101', quantity: 61 }] }));
    expect(over.package.weightGrams).toBe(30_500);
    expect(over.items[0].ruledOut).toEqual([{ kind: 'shippingPolicy', id: 'SP1', reason: 'weight_over_limit' }]);
    const lightStore = makeStore((p) => (p.freightValues = [freight('SP1', { weightStart: 1000 })]));
    expect(simulate(lightStore, request()).items[0].ruledOut).toEqual([
      { kind: 'shippingPolicy', id: 'SP1', reason: 'weight_under_limit' }
    ]);
  });

  it('rules out a policy whose maximum dimensions the package exceeds (largest side or sum)', () => {
    const long = makeStore((p) => (p.skus = [sku('101', { lengthCm: 120 })]));
    expect(simulate(long, request()).items[0].ruledOut).toEqual([
      { kind: 'shippingPolicy', id: 'SP1', reason: 'size_over_limit' }
    ]);
    const bulky = makeStore((p) => (p.skus = [sku('101', { lengthCm: 90, widthCm: 90, heightCm: 30 })]));
    expect(simulate(bulky, request()).items[0].ruledOut).toEqual([
      { kind: 'shippingPolicy', id: 'SP1', reason: 'size_over_limit' }
    ]);
    const unlimited = makeStore((p) => {
      p.skus = [sku('101', { lengthCm: 120 })];
      p.shippingPolicies = [policy('SP1', 'Normal', { largestMeasure: 0, maxMeasureSum: null })];
    });
    expect(simulate(unlimited, request()).items[0].availability).toBe('available');
  });

  it('rules out inactive policies and policies the mirror does not hold', () => {
    const store = makeStore((p) => {
      p.docks = [dock('D1', { shippingPolicyIds: ['SP1', 'SP404'] })];
      p.shippingPolicies = [policy('SP1', 'Normal', { isActive: false })];
    });
    expect(simulate(store, request()).items[0].ruledOut).toEqual([
      { kind: 'shippingPolicy', id: 'SP1', reason: 'inactive' },
      { kind: 'shippingPolicy', id: 'SP404', reason: 'not_in_mirror' }
    ]);
  });
});

describe('simulate: SLAs', () => {
  it('orders SLAs by price then estimate, one per policy with its best route', () => {
    const store = makeStore((p) => {
      p.docks = [dock('D1', { shippingPolicyIds: ['SP1', 'SP2', 'SP3'] }), dock('D2', { shippingPolicyIds: ['SP1'] })];
      p.warehouses = [
        warehouse('W1', ['D1']),
        { id: 'W2', name: 'W2', isActive: true, docks: [{ dockId: 'D2', time: null, costCents: 0 }] }
      ];
      p.inventory.push(balance('101', 'W2', 1));
      p.shippingPolicies.push(policy('SP2', 'Expressa'), policy('SP3', 'Economica'));
      p.freightValues.push(
        freight('SP2', { costCents: 3000, timeCost: '1.00:00:00' }),
        freight('SP3', { costCents: 1500, timeCost: '8.00:00:00' })
      );
    });
    const slas = simulate(store, request()).items[0].slas;
    expect(slas.map((s) => [s.id, s.priceCents, s.estimate, s.dockId, s.warehouseId])).toEqual([
      ['Normal', 1500, '3.00:00:00', 'D2', 'W2'],
      ['Economica', 1600, '9.00:00:00', 'D1', 'W1'],
      ['Expressa', 3100, '2.00:00:00', 'D1', 'W1']
    ]);
  });

  it('prices a policy with its cheapest covering row for the weight', () => {
    const store = makeStore((p) =>
      p.freightValues.push(freight('SP1', { zipCodeStart: '01300000', zipCodeEnd: '01399999', costCents: 900 }))
    );
    expect(simulate(store, request()).items[0].slas[0].priceCents).toBe(1000);
  });

  it('compares CEPs as equal-length digit strings, whatever separators or lost leading zeros', () => {
    const store = makeStore((p) => (p.freightValues = [freight('SP1', { zipCodeStart: '1000000', zipCodeEnd: '1999999' })]));
    expect(simulate(store, request({ postalCode: '01310100' })).items[0].availability).toBe('available');
    expect(simulate(store, request({ postalCode: '02000-000' })).items[0].availability).toBe('cannotBeDelivered');
  });

  it('weighs the whole request as one package', () => {
    const result = simulate(
      makeStore(),
      request({
        items: [
          { id: '101', quantity: 2 },
          { id: '102', quantity: 3 }
        ]
      })
    );
    expect(result.package).toEqual({ weightGrams: 4000, largestMeasureCm: 20, measureSumCm: 60 });
  });
});
