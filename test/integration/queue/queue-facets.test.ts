import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { queueFacets, type QueueCriteria } from '../../../src/main/core/db/repositories/queue-repository';
import { NO_FILTER, seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

const facets = (filter: Partial<QueueCriteria>) => queueFacets(db, { ...NO_FILTER, ...filter });

describe('queue facets', () => {
  it('counts failed orders per value, largest first, with names for affiliates and trade policies', () => {
    expect(facets({})).toEqual({
      atLeast: false,
      // Every state, counted with the other filters: five failed orders, one integrated, none resolved yet.
      states: [
        { value: 'open', label: null, count: 5 },
        { value: 'resolved', label: null, count: 0 },
        { value: 'integrated', label: null, count: 1 }
      ],
      errorTypes: [
        { value: 'sla_unavailable', label: null, count: 3 },
        { value: 'out_of_stock', label: null, count: 1 },
        { value: 'price_divergence', label: null, count: 1 }
      ],
      causes: [
        { value: 'sku_inactive', label: null, count: 2 },
        { value: 'insufficient_data', label: null, count: 1 },
        { value: 'insufficient_stock', label: null, count: 1 },
        { value: 'no_cause_found', label: null, count: 1 },
        { value: 'no_dock_for_trade_policy', label: null, count: 1 },
        { value: 'price_divergence_rule_missing', label: null, count: 1 }
      ],
      affiliates: [
        { value: 'AMZ', label: 'Amazon BR', count: 2 },
        { value: 'MGZ', label: 'Magazine Luiza', count: 2 },
        // No order names MLB's connector: the affiliate's own name.
        { value: 'MLB', label: 'Mercado Livre', count: 1 }
      ],
      tradePolicies: [
        { value: '2', label: 'Marketplaces', count: 3 },
        { value: '1', label: 'Loja principal', count: 2 }
      ]
    });
  });

  it('counts each facet with every other filter but its own', () => {
    const result = facets({ errorTypes: ['sla_unavailable'], affiliates: ['AMZ', 'MLB'] });
    // Error types: only the affiliate filter applies.
    expect(result.errorTypes).toEqual([
      { value: 'sla_unavailable', label: null, count: 2 },
      { value: 'out_of_stock', label: null, count: 1 }
    ]);
    // Affiliates: only the error type filter applies, so MGZ still shows its one sla_unavailable order.
    expect(result.affiliates.map(({ value, count }) => [value, count])).toEqual([
      ['AMZ', 1],
      ['MGZ', 1],
      ['MLB', 1]
    ]);
    // Trade policies: both filters apply (the affiliate filter is not the trade policy's own).
    expect(result.tradePolicies.map(({ value, count }) => [value, count])).toEqual([
      ['1', 1],
      ['2', 1]
    ]);
    expect(result.causes.map(({ value, count }) => [value, count])).toEqual([
      ['no_cause_found', 1],
      ['no_dock_for_trade_policy', 1],
      ['sku_inactive', 1]
    ]);
  });

  it('leaves the trade policy filter out of its own facet but applies it to affiliates', () => {
    const result = facets({ tradePolicies: ['1'] });
    expect(result.tradePolicies.map(({ value, count }) => [value, count])).toEqual([
      ['2', 3],
      ['1', 2]
    ]);
    expect(result.affiliates.map(({ value, count }) => [value, count])).toEqual([['AMZ', 2]]);
    expect(result.errorTypes.map(({ value, count }) => [value, count])).toEqual([
      ['out_of_stock', 1],
      ['sla_unavailable', 1]
    ]);
  });

  it('leaves the cause filter out of the cause facet, and applies search and dates to all', () => {
    const byCause = facets({ causes: ['sku_inactive'] });
    expect(byCause.causes.find((value) => value.value === 'no_cause_found')?.count).toBe(1);
    expect(byCause.errorTypes.map(({ value, count }) => [value, count])).toEqual([
      ['out_of_stock', 1],
      ['sla_unavailable', 1]
    ]);
    const searched = facets({ search: 'tenis', from: '2026-11-02T00:00:00Z' });
    expect(searched.errorTypes.map(({ value, count }) => [value, count])).toEqual([
      ['out_of_stock', 1],
      ['sla_unavailable', 1]
    ]);
    expect(searched.causes.map(({ value, count }) => [value, count])).toEqual([
      ['insufficient_data', 1],
      ['insufficient_stock', 1],
      ['sku_inactive', 1]
    ]);
  });

  it('counts an order once per cause code even when the code names several of its items', () => {
    db.prepare(
      `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, evidence_json, fix_json) VALUES (2, 2, 'insufficient_stock', 'sku:1003', '1003', '{}', '{}')`
    ).run();
    expect(facets({}).causes.find((value) => value.value === 'insufficient_stock')?.count).toBe(1);
  });
});
