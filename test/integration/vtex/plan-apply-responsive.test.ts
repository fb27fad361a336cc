import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixResult } from '../../../src/shared/api/fixes';
import type { PlanApplyResult } from '../../../src/shared/api/plan';
import { findInventory } from '../../../src/main/core/db/repositories/store-write-repository';
import { connectedDesk, type ConnectedDesk } from './connected-harness';

/*
 * Why plan/apply may stay on the host thread: each line waits on the network (read, write, read
 * back), and the host's own work between calls is a short transaction per object, so the event loop
 * answers the desk's reads meanwhile. Held here with a slow store: queue pages asked all through an
 * apply of many lines answer within 100 ms (p95; on a shared two-core machine under load a rare read
 * waits for the CPU, not for the apply, so the few over it are bounded rather than forbidden).
 */

const LINES = 60;
const LATENCY_MS = 25;
const BUDGET_MS = 100;

let desk: ConnectedDesk;
beforeAll(async () => {
  desk = await connectedDesk({ orders: 600 });
}, 120_000);
afterAll(async () => desk.close());

describe('the host stays responsive while a change plan is applied through a slow VTEX', () => {
  it(`answers queue pages within ${BUDGET_MS} ms (p95, at most 1% over) during an apply of ${LINES} lines at ${LATENCY_MS} ms a call`, async () => {
    const db = desk.host.deps.db;
    const balances = [...desk.fake.store.inventory.values()]
      .flatMap((inv) =>
        inv.balance
          .filter((b) => !b.hasUnlimitedQuantity)
          .map((b) => ({ skuId: String(inv.skuId), warehouseId: b.warehouseId, totalQuantity: b.totalQuantity }))
      )
      .filter((b) => findInventory(db, b.skuId, b.warehouseId) !== null)
      .slice(0, LINES);
    expect(balances).toHaveLength(LINES);
    const ids: number[] = [];
    for (const b of balances) {
      const fixed = await desk.value<FixResult>('fixes/apply', {
        fix: { kind: 'update_inventory', ...b, totalQuantity: b.totalQuantity + 3 }
      });
      ids.push(...fixed.plannedChanges.map((c) => c.id));
    }
    expect(ids).toHaveLength(LINES);

    desk.fake.latency(LATENCY_MS);
    let finished = false;
    const started = performance.now();
    const applying = desk.value<PlanApplyResult>('plan/apply', { ids }).finally(() => (finished = true));
    const answers: number[] = [];
    while (!finished) {
      const asked = performance.now();
      const page = await desk.call('queue/list', { limit: 100 });
      answers.push(performance.now() - asked);
      expect(page.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const result = await applying;
    const applyMs = performance.now() - started;
    desk.fake.reset();

    expect(result.lines.filter((line) => line.outcome === 'done')).toHaveLength(LINES);
    const sorted = [...answers].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    // The figures quoted in the report (vitest prints them with --reporter=verbose or on failure).
    console.info(
      `plan/apply ${LINES} lines at ${LATENCY_MS} ms/call: ${Math.round(applyMs)} ms; queue/list during it: ` +
        `${answers.length} reads, p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`
    );
    expect(answers.length).toBeGreaterThan(20);
    expect(p(0.95)).toBeLessThanOrEqual(BUDGET_MS);
    expect(answers.filter((ms) => ms > BUDGET_MS).length).toBeLessThanOrEqual(Math.ceil(answers.length / 100));
  }, 120_000);
});
