import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { rowsForInsert } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { iterateOrders } from '../../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { diagnoseFailedOrdersInWorker } from '../../../src/main/core/services/diagnosis-pipeline';
import { diagnoseOrder, runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
const NOW = '2026-11-21T10:00:00.000Z';

async function demoMirrorFile(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'worker-')), 'mirror.db');
  const db = openMirror(file);
  await importSnapshot(db, DEMO);
  db.close();
  return file;
}

describe('diagnosis on a worker thread', () => {
  it('diagnoses every failed order exactly as the rules do on the owner thread, taken synchronously', async () => {
    const file = await demoMirrorFile();
    const db = openMirror(file);
    const store = readStoreData(db, NOW);
    const expected = rowsForInsert(
      [...iterateOrders(db, { status: 'error' })].map((order) => diagnoseOrder(order, store)),
      { ranAt: NOW, asOf: store.asOf }
    );

    for (const workers of [1, 2, 3]) {
      let asOf: string | null = null;
      const batches = [...diagnoseFailedOrdersInWorker(file, NOW, (value) => (asOf = value), workers)];
      expect(asOf).toBe(store.asOf);
      expect({
        diagnoses: batches.flatMap((batch) => batch.diagnoses),
        causes: batches.flatMap((batch) => batch.causes),
        causeCounts: batches.flatMap((batch) => batch.causeCounts)
      }).toEqual(expected);
    }
    expect(expected.diagnoses.length).toBeGreaterThan(50);
    db.close();
  });

  it('stores the same diagnoses in a whole run whether the rules ran on the worker or on this thread', async () => {
    const file = await demoMirrorFile();
    const db = openMirror(file);
    const stored = () => ({
      diagnoses: db.prepare('SELECT * FROM diagnoses ORDER BY order_id').all(),
      causes: db.prepare('SELECT * FROM diagnosis_causes ORDER BY order_id, position').all()
    });
    const inThread = runDiagnosis(db, { now: new Date(NOW), worker: 'never' });
    const before = stored();
    const onWorker = runDiagnosis(db, { now: new Date(NOW), worker: 'always' });
    expect(onWorker).toEqual(inThread);
    expect(stored()).toEqual(before);
    expect(before.diagnoses.length).toBe(inThread.diagnosed);
    db.close();
  });

  it('reports a worker that cannot open the mirror as an error, instead of waiting forever', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'worker-')), 'absent.db');
    expect(() => [...diagnoseFailedOrdersInWorker(missing, NOW, () => undefined)]).toThrow(/Diagnosis worker failed/);
  });
});
