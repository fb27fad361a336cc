import { describe, expect, it } from 'vitest';
import type { OrderView } from '../../../src/shared/api/orders';
import { createApi } from '../../../src/main/core/api';
import { recordAttempt } from '../../../src/main/core/db/repositories/replay-repository';
import { REVIEW_WRITERS, reviewSource, type ReviewFormat } from '../../../src/main/core/export';
import { escalationPack } from '../../../src/main/core/export/escalation-pack';
import { reprocessOrders } from '../../../src/main/core/services/reprocess-service';
import { NOW, seededMirror, SKU_AND_STOCK_ORDERS, testDeps } from './seed';

const written = (db: Parameters<typeof reviewSource>[0], format: ReviewFormat): string => {
  let text = '';
  REVIEW_WRITERS[format](reviewSource(db, NOW.toISOString()), (chunk) => void (text += chunk));
  return text;
};

describe('review exports tell a desk replay’s message apart from VTEX’s', () => {
  it('labels the order the desk replayed on the local copy in JSON, CSV, Markdown, HTML and the escalation pack; VTEX’s stay VTEX’s', async () => {
    const db = seededMirror(SKU_AND_STOCK_ORDERS);
    const deps = testDeps(db);
    const [replayed, untouched] = SKU_AND_STOCK_ORDERS;
    expect((await reprocessOrders(deps, [replayed.id])).outcomes[0].result).toBe('still_failing');

    const json = JSON.parse(written(db, 'json')) as { orders: { marketplaceOrderId: string; messageSource: string }[] };
    expect(Object.fromEntries(json.orders.map((o) => [o.marketplaceOrderId, o.messageSource]))).toEqual({
      [replayed.marketplaceOrderId]: 'desk-replay',
      [untouched.marketplaceOrderId]: 'vtex'
    });

    const rows = written(db, 'csv').trim().split('\r\n');
    expect(rows[0].split(',').at(-1)).toBe('messageSource');
    const sourceOf = (id: string) => rows.filter((r) => r.startsWith(`${id},`)).map((r) => r.split(',').at(-1));
    expect(new Set(sourceOf(replayed.marketplaceOrderId))).toEqual(new Set(['desk-replay']));
    expect(new Set(sourceOf(untouched.marketplaceOrderId))).toEqual(new Set(['vtex']));

    const md = written(db, 'md');
    const section = (id: string) => md.slice(md.indexOf(`${id} —`), md.indexOf('\n### ', md.indexOf(`${id} —`)) >>> 0);
    expect(section(replayed.marketplaceOrderId)).toContain('desk replay on the local copy');
    expect(section(untouched.marketplaceOrderId)).not.toContain('desk replay');
    expect(written(db, 'html').match(/desk replay on the local copy/g)).toHaveLength(1);

    const view = await createApi(deps).dispatch('orders/view', { id: replayed.id });
    if (!view.ok) throw new Error(view.error.message);
    expect(escalationPack(view.value as OrderView, NOW).html).toContain('desk replay on the local copy');

    // VTEX answers a re-send afterwards: its message is VTEX's again, in every format.
    db.transaction(() =>
      recordAttempt(db, {
        orderId: replayed.id,
        status: 'error',
        message: 'EOI001: refused',
        processedAt: NOW.toISOString(),
        vtexOrderId: null
      })
    )();
    expect(written(db, 'md')).not.toContain('desk replay');
    expect((JSON.parse(written(db, 'json')) as typeof json).orders.every((o) => o.messageSource === 'vtex')).toBe(true);
    const after = await createApi(deps).dispatch('orders/view', { id: replayed.id });
    if (!after.ok) throw new Error(after.error.message);
    expect(escalationPack(after.value as OrderView, NOW).html).not.toContain('desk replay on the local copy');
  });
});
