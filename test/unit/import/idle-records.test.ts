import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idleRecords, nextWhileWriting } from '../../../src/main/core/import/idle-records';
import { FieldError, ImportError } from '../../../src/main/core/import/import-error';
import { importLimits } from '../../../src/main/core/import/limits';
import type { SnapshotFile } from '../../../src/main/core/import/snapshot-files';

/** An .ndjson file of `count` records { n }. */
function recordsFile(count: number): SnapshotFile {
  const dir = mkdtempSync(join(tmpdir(), 'idle-records-'));
  const path = join(dir, 'oms-orders.ndjson');
  const lines = Array.from({ length: count }, (_, n) => JSON.stringify({ n }));
  writeFileSync(path, lines.join('\n') + '\n');
  return { file: 'oms-orders.ndjson', path, kind: 'oms-orders', format: 'ndjson', size: 0 };
}

/** An iterator whose one value arrives when `ready` says so, checked at every turn of the event loop. */
function arrivingWhen(ready: () => boolean): AsyncIterator<string> {
  let given = false;
  return {
    next: () =>
      new Promise((resolve) => {
        if (given) return resolve({ done: true, value: undefined });
        const check = () => (ready() ? ((given = true), resolve({ done: false, value: 'batch' })) : setImmediate(check));
        check();
      })
  };
}

describe('records written while the writer waits for the next batch', () => {
  it('are written a step at a time until the batch arrives, then no more', async () => {
    const written: unknown[] = [];
    const idle = idleRecords(recordsFile(2_000), importLimits(), (value) => written.push(value));
    const next = await nextWhileWriting(
      arrivingWhen(() => written.length >= 600),
      idle
    );
    expect(next).toEqual({ done: false, value: 'batch' });
    // Steps of 256: the batch was seen after the third.
    expect(written).toHaveLength(768);
    expect(written.slice(0, 3)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(idle.records).toBe(768);
    await idle.close();
  });

  it('a batch already there is taken without writing any', async () => {
    const written: unknown[] = [];
    const idle = idleRecords(recordsFile(100), importLimits(), (value) => written.push(value));
    expect(
      await nextWhileWriting(
        arrivingWhen(() => true),
        idle
      )
    ).toEqual({ done: false, value: 'batch' });
    expect(written).toEqual([]);
    await idle.close();
  });

  it('end with the file, the rest of the wait spent waiting', async () => {
    const written: unknown[] = [];
    const idle = idleRecords(recordsFile(300), importLimits(), (value) => written.push(value));
    let turns = 0;
    const next = await nextWhileWriting(
      arrivingWhen(() => ++turns > 50),
      idle
    );
    expect(next.done).toBe(false);
    expect(written).toHaveLength(300);
    expect(await idle.step()).toBe(false);
  });

  it('a bad record names its file, line and field once the batch awaited has arrived', async () => {
    const idle = idleRecords(recordsFile(1_000), importLimits(), (value) => {
      if ((value as { n: number }).n === 400) throw new FieldError('n', 'anything but 400', 400);
    });
    let arrived = false;
    const error = await nextWhileWriting(
      arrivingWhen(() => (arrived = idle.records >= 400)),
      idle
    ).catch((e: unknown) => e);
    expect(arrived).toBe(true);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).details).toMatchObject({ file: 'oms-orders.ndjson', line: 401, field: 'n' });
    await idle.close();
  });
});
