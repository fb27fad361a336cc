import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { importSnapshot } from '../../../src/main/core/import';
import type { SyncTargets } from '../../../src/main/core/vtex/sync-kinds';
import type { Harness } from './harness';

/** A mirror file on disk, seeded with the fake account's own snapshot: the "previous data" a sync refreshes. */
export async function seededMirror(
  h: Harness
): Promise<{ dir: string; file: string; db: Db; reopen: () => Db; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'vtex-sync-'));
  const file = join(dir, 'mirror.sqlite');
  const state = { db: openMirror(file) };
  await importSnapshot(state.db, h.fake.store.dir);
  return {
    dir,
    file,
    get db() {
      return state.db;
    },
    reopen: () => {
      state.db.close();
      state.db = openMirror(file);
      return state.db;
    },
    dispose: () => {
      if (state.db.open) state.db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** What the failed orders of the demo name: their SKUs, postal codes and marketplace ids. */
export function failedOrderTargets(h: Harness, limit = 12): SyncTargets {
  const failed = h.fake.store.orders.filter((o) => o.integration.status === 'error').slice(0, limit);
  const known = (id: string) => h.fake.store.skus.has(id);
  return {
    skuIds: [...new Set(failed.flatMap((o) => o.items.map((i) => i.id)).filter(known))],
    postalCodes: [
      ...new Set(
        failed.map((o) => o.shippingData?.selectedAddresses?.[0]?.postalCode?.replace('-', '') ?? '').filter((c) => c !== '')
      )
    ].slice(0, 3),
    marketplaceOrderIds: failed.map((o) => o.marketplaceOrderId),
    searchWindow: { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T23:59:59.999Z') }
  };
}
