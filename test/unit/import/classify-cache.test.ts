import { describe, expect, it } from 'vitest';
import { ORDER_ROW } from '../../../src/main/core/db/repositories/order-writes';
import { classifyingRows, type ClassifyOrder } from '../../../src/main/core/import/classify-cache';

/** An order row with only what classification reads set (the rest of appendOrderRow's layout is left empty). */
function row(status: string, message: string): unknown[] {
  const values: unknown[] = new Array(ORDER_ROW.reportedAttempts + 1).fill(null);
  values[ORDER_ROW.connectorName] = 'Marketplace';
  values[ORDER_ROW.integrationStatus] = status;
  values[ORDER_ROW.integrationMessage] = message;
  return values;
}

function counting(): { classify: ClassifyOrder; asked: string[] } {
  const asked: string[] = [];
  return { asked, classify: ({ integrationMessage }) => (asked.push(integrationMessage ?? ''), 'platform_error') };
}

describe('classifying order rows where they are built', () => {
  it('sets the error type of failed orders only, asking once per wording', () => {
    const { classify, asked } = counting();
    const classifyRow = classifyingRows(classify);
    const rows = [row('error', 'out of stock'), row('error', 'out of stock'), row('success', 'ok'), row('error', 'bad cart')];
    for (const r of rows) classifyRow(r, 0);
    expect(rows.map((r) => r[ORDER_ROW.errorType])).toEqual(['platform_error', 'platform_error', null, 'platform_error']);
    expect(asked).toEqual(['out of stock', 'bad cart']);
  });

  it('remembers wordings up to a size, not a count: 60,000 short ones are each asked once', () => {
    const { classify, asked } = counting();
    const classifyRow = classifyingRows(classify);
    for (let pass = 0; pass < 2; pass++) for (let n = 0; n < 60_000; n++) classifyRow(row('error', `message ${n}`), 0);
    expect(asked).toHaveLength(60_000);
  });

  it('forgets once long wordings pass the size, so a hostile file cannot grow it without end', () => {
    const { classify, asked } = counting();
    const classifyRow = classifyingRows(classify);
    const long = (n: number) => `${n} ${'x'.repeat(1_000_000)}`;
    classifyRow(row('error', long(0)), 0);
    for (let n = 1; n <= 16; n++) classifyRow(row('error', long(n)), 0);
    classifyRow(row('error', long(0)), 0);
    expect(asked.filter((message) => message === long(0))).toHaveLength(2);
  });
});
