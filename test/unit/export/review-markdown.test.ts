import { describe, expect, it } from 'vitest';
import { reviewSource } from '../../../src/main/core/export';
import { writeReviewMarkdown } from '../../../src/main/core/export/review-markdown';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { importSnapshot } from '../../../src/main/core/import';
import { fixtureRecords, folderWith, freshMirror, smallStoreAs } from '../../integration/import/snapshot-dir';

const ORDER_ID = '<script>alert(1)</script>|`x`';
const MESSAGE =
  'Order with SKU inactive or out of sales channel <img src=x onerror=alert(1)> | [click](javascript:alert(1)) *x*\n# Injected heading\n| a | b |';
const SKU_NAME = '<b>Tênis</b> ``` `|';

/** The review of the small store with data an attacker controls: an order id, its message, a SKU name. */
async function hostileReview(): Promise<string> {
  const db = freshMirror();
  await importSnapshot(db, smallStoreAs('json'));
  const fixture = fixtureRecords('orders')[1] as Record<string, unknown>;
  const order = {
    ...fixture,
    marketplaceOrderId: ORDER_ID,
    integration: { ...(fixture.integration as object), message: MESSAGE }
  };
  const sku = { ...(fixtureRecords('skus')[0] as Record<string, unknown>), NameComplete: SKU_NAME };
  await importSnapshot(db, folderWith({ 'orders.json': JSON.stringify([order]), 'skus.json': JSON.stringify([sku]) }));
  const summary = runDiagnosis(db, { now: new Date('2026-11-20T15:00:00Z') });
  let text = '';
  writeReviewMarkdown(reviewSource(db, summary.asOf), (chunk) => void (text += chunk));
  return text;
}

describe('the Markdown review with hostile data', () => {
  it('passes no raw HTML through', async () => {
    const md = await hostileReview();
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\\|\\`x\\`');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const outsideCode = md.replace(/(`+)[^`][\s\S]*?\1/g, '');
    expect(outsideCode).not.toMatch(/<script|<img|<b>/i);
  });

  it('keeps its structure: no injected heading, link, or table row', async () => {
    const md = await hostileReview();
    expect(md).not.toMatch(/^# Injected heading/m);
    expect(md).not.toMatch(/^\| a \| b \|/m);
    expect(md).not.toContain('[click](');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    const headings = md.split('\n').filter((line) => /^#{1,3} /.test(line));
    expect(headings[0]).toBe('# Integration review');
    expect(headings.filter((line) => /Injected/.test(line))).toEqual([]);
    expect(headings.filter((line) => line.startsWith('### ') && line.includes('&lt;script&gt;'))).toHaveLength(1);
    for (const row of md.split('\n').filter((line) => line.startsWith('| '))) {
      // Every table row keeps its columns: no unescaped pipe came from the data.
      expect(row.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(3);
      expect(row.replace(/\\\|/g, '').split('|').length).toBeLessThanOrEqual(6);
    }
  });

  it('keeps the message on its quote line, escaped', async () => {
    const md = await hostileReview();
    const quote = md.split('\n').find((line) => line.startsWith('> ') && line.includes('Injected'));
    expect(quote).toContain('Order with SKU inactive or out of sales channel &lt;img');
    // The line break became a space, so the # is mid-line and opens nothing.
    expect(quote).toContain('\\*x\\* # Injected heading \\| a \\| b \\|');
  });
});
