import { describe, expect, it } from 'vitest';
import { orderJson, writeReviewJson } from '../../../src/main/core/export/review-json';
import type { ReportedOrder } from '../../../src/main/core/export/review-source';

function reported(missing: string[]): ReportedOrder {
  return {
    id: 1,
    marketplaceOrderId: 'CRF-1',
    affiliateId: 'CRF',
    errorType: 'sla_unavailable',
    message: 'No SLA',
    valueCents: 1000,
    outcome: missing.length > 0 ? 'insufficient_data' : 'no_cause_found',
    missing,
    causes: [],
    inferredErrorType: null,
    alsoFound: [],
    checked: ['catalog'],
    state: 'open',
    resolution: null,
    messageSource: 'vtex'
  };
}

describe('the review JSON', () => {
  it('always writes missing, as an empty list when nothing was lacking', () => {
    expect(orderJson(reported([]))).toHaveProperty('missing', []);
    expect(orderJson(reported(['inventory']))).toHaveProperty('missing', ['inventory']);
  });

  it('keeps the key in the streamed report', () => {
    let text = '';
    writeReviewJson(
      {
        asOf: '2026-11-27T18:00:00.000Z',
        summary: { failed: 1, byErrorType: {}, byCause: {} },
        groups: [],
        orders: () => [reported([])]
      },
      (chunk) => void (text += chunk)
    );
    const report = JSON.parse(text) as { orders: Record<string, unknown>[] };
    expect(report.orders[0].missing).toEqual([]);
  });
});
