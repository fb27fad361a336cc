import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { getDiagnosis } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';

const SMALL_STORE = join(__dirname, '../../fixtures/snapshots/small-store');
const NOW = new Date('2026-11-21T10:00:00.000Z');
const ORDER = '702-0000001-0000001';

/**
 * The small store with SKU 2001 left out of the prices file and its one order (no longer in OMS)
 * failing under a message no one recognises, the manifest declaring `partial` as given.
 */
function snapshotWithoutPriceOf2001(partial: string[] | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-partial-'));
  cpSync(SMALL_STORE, dir, { recursive: true });
  const rewrite = (file: string, change: (value: never) => unknown) =>
    writeFileSync(join(dir, file), JSON.stringify(change(JSON.parse(readFileSync(join(dir, file), 'utf8')) as never)));
  rewrite('prices.json', (prices: { itemId: string | number }[]) => prices.filter((p) => String(p.itemId) !== '2001'));
  rewrite('orders.json', (orders: { marketplaceOrderId: string; integration: object }[]) =>
    orders.map((o) =>
      o.marketplaceOrderId === ORDER
        ? { ...o, integration: { status: 'Processed with error', message: 'Zorblax wibbled the frobnicator', attempts: 1 } }
        : o
    )
  );
  // Its OMS order now belongs to another marketplace order, so it is no duplicate.
  rewrite('oms-orders.json', (oms: { marketplaceOrderId: string }[]) =>
    oms.map((o) => (o.marketplaceOrderId === ORDER ? { ...o, marketplaceOrderId: '702-0000009-0000009' } : o))
  );
  if (partial) rewrite('manifest.json', (manifest: object) => ({ ...manifest, partial }));
  return dir;
}

async function diagnosisOfOrder(partial: string[] | undefined) {
  const db = openMirror(':memory:');
  await importSnapshot(db, snapshotWithoutPriceOf2001(partial));
  runDiagnosis(db, { now: NOW });
  const id = db.prepare('SELECT id FROM marketplace_orders WHERE marketplace_order_id = ?').pluck().get(ORDER) as number;
  const diagnosis = getDiagnosis(db, id)!;
  db.close();
  return diagnosis;
}

describe("absence in an imported kind, against the manifest's partial", () => {
  it('a SKU missing from a prices file imported whole is a finding: no price record, price_missing inferred', async () => {
    const d = await diagnosisOfOrder(undefined);
    expect(d.errorType).toBe('unclassified');
    expect(d.causes.map((c) => c.code)).toContain('price_missing_for_trade_policy');
    expect(d).toMatchObject({ outcome: 'causes', inferredErrorType: 'price_missing' });
    expect(d.missing ?? []).not.toContain('prices');
  });

  it('the same absence in a prices file the manifest declares partial is missing data, never a finding', async () => {
    const d = await diagnosisOfOrder(['prices']);
    expect([...d.causes, ...(d.alsoFound ?? [])].map((c) => c.code)).not.toContain('price_missing_for_trade_policy');
    expect(d.missing).toContain('prices');
    expect(d.outcome).not.toBe('no_cause_found');
  });
});
