import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { diagnosisCount, orderIdAt, rowsForInsert } from '../../../src/main/core/db/repositories/diagnosis-writes';
import { iterateOrders } from '../../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import {
  failedOrderPages,
  walkedOrderPages,
  WholeRunPipeline,
  type FailedOrderPages,
  type WholeRunOptions
} from '../../../src/main/core/services/diagnosis-pipeline';
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
  it('diagnoses every failed order exactly as the rules do on the owner thread, pages shared in any order', async () => {
    const file = await demoMirrorFile();
    const db = openMirror(file);
    const store = readStoreData(db, NOW);
    const expected = rowsForInsert(
      [...iterateOrders(db, { status: 'error' })].map((order) => diagnoseOrder(order, store)),
      { ranAt: NOW, asOf: store.asOf }
    );
    // Small pages, so that several threads share them.
    const pages = failedOrderPages(db, 7);
    const pageCount = pages.starts?.length ?? 0;
    expect(pageCount).toBeGreaterThan(5);
    // The owner alone walks the pages in id order, without knowing where each starts.
    const walked = walkedOrderPages(db, 7);
    expect(walked).toEqual({ ...pages, starts: null });
    const runs: [FailedOrderPages, WholeRunOptions][] = [
      [walked, { workers: 0 }],
      [pages, { workers: 0 }],
      [pages, { workers: 1, ownerDiagnoses: false }],
      [pages, { workers: 2, ownerDiagnoses: false }],
      [pages, { workers: 2 }]
    ];
    for (const [runPages, options] of runs) {
      const pipeline = new WholeRunPipeline(db, NOW, runPages, options);
      let batches;
      try {
        batches = [...pipeline.batches(store)];
      } finally {
        pipeline.close();
      }
      expect(batches).toHaveLength(pageCount);
      // Batches come as pages finish; in page order they are the owner's rows.
      batches.sort((a, b) => orderIdAt(a, 0) - orderIdAt(b, 0));
      expect({
        diagnoses: batches.flatMap((batch) => batch.diagnoses),
        causes: batches.flatMap((batch) => batch.causes),
        causeCounts: batches.flatMap((batch) => batch.causeCounts)
      }).toEqual(expected);
    }
    expect(diagnosisCount(expected)).toBe(pages.orders);
    expect(pages.orders).toBeGreaterThan(50);
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

  it('reports a worker that cannot open the mirror as an error, instead of waiting forever', async () => {
    const file = await demoMirrorFile();
    const db = openMirror(file);
    const pages = failedOrderPages(db);
    const store = readStoreData(db, NOW);
    // The worker is pointed at a file that is not there; the owner leaves the pages to it.
    const broken = Object.defineProperty(Object.create(db) as typeof db, 'name', {
      value: join(mkdtempSync(join(tmpdir(), 'worker-')), 'absent.db')
    });
    const pipeline = new WholeRunPipeline(broken, NOW, pages, { workers: 1, ownerDiagnoses: false });
    try {
      expect(() => [...pipeline.batches(store)]).toThrow(/Diagnosis worker failed/);
    } finally {
      pipeline.close();
      db.close();
    }
  });
});
