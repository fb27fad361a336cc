import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { testDeps } from '../actions/seed';
import { cli } from '../cli/cli-io';
import { FRESH_STORE } from './expected';

/** Imports the fresh store into a mirror file and plans activating its inactive SKU 51002 there. */
async function mirrorWithPlannedActivation(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'fresh-planned-')), 'mirror.db');
  expect((await cli(['import', FRESH_STORE, '--db', db])).code).toBe(0);
  const mirror = openMirror(db);
  try {
    const orderId = mirror
      .prepare("SELECT id FROM marketplace_orders WHERE marketplace_order_id = 'NTS-5540012'")
      .pluck()
      .get() as number;
    const fixed = applyFix(testDeps(mirror), { fix: { kind: 'activate_sku', skuIds: ['51002'] }, orderId });
    expect(fixed.plannedChanges.map((change) => change.state)).toEqual(['planned']);
  } finally {
    mirror.close();
  }
  return db;
}

describe('a planned change on the fresh store is never called done by the command line', () => {
  it('precheck says the orders would integrate once the planned change is made, not that they would integrate', async () => {
    const db = await mirrorWithPlannedActivation();
    const json = JSON.parse((await cli(['precheck', 'NTS-5540012', 'CRF-77101', '--db', db, '--json'])).stdout);
    expect(json).toMatchObject({ localCopy: true, total: 2, wouldSucceed: 2 });
    expect(json.plannedChanges).toHaveLength(1);
    const text = await cli(['precheck', 'NTS-5540012', 'CRF-77101', '--db', db]);
    expect(text.stdout.split('\n')[0]).toBe(
      '2 of 2 would integrate once 1 planned change is made in the Admin (local copy only; nothing was sent to VTEX)'
    );
  });

  it('reprocess marks them would integrate, waiting for the planned change, never integrated', async () => {
    const db = await mirrorWithPlannedActivation();
    const run = JSON.parse((await cli(['reprocess', 'NTS-5540012', 'CRF-77101', '--db', db, '--json'])).stdout);
    expect(run).toMatchObject({ localCopy: true, succeeded: 0, wouldIntegrate: 2 });
    for (const outcome of run.outcomes) expect(outcome).toMatchObject({ result: 'would_integrate', vtexOrderId: null });
    expect(run.outcomes[0].plannedChangeIds).toHaveLength(1);
  });

  it('diagnose says a pass rests on the planned change, in text and JSON, never a plain all-clear', async () => {
    const db = await mirrorWithPlannedActivation();
    const text = (await cli(['diagnose', 'NTS-5540012', '--db', db])).stdout;
    expect(text).toContain(
      '  no_cause_found on the local copy only: waits for planned change #1 (make it in the Admin, then reprocess)\n'
    );
    const json = JSON.parse((await cli(['diagnose', 'NTS-5540012', '--db', db, '--json'])).stdout);
    expect(json).toMatchObject({ outcome: 'no_cause_found', plannedChangeIds: [1] });
    // An order no change touched keeps its own diagnosis and no planned change.
    const other = JSON.parse((await cli(['diagnose', 'CRF-77118', '--db', db, '--json'])).stdout);
    expect(other).toMatchObject({ outcome: 'unexplained', plannedChangeIds: [] });
  });
});
