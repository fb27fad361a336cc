import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../src/shared/api/result';
import { WriteQueue } from '../../../src/main/core/writer/write-queue';
import type { MirrorOwner } from '../../../src/main/core/writer/mirror-owner';

const later = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
}

describe('the write queue', () => {
  it('runs writes one after another, each to its end, and catches up after every one', async () => {
    const log: string[] = [];
    const queue = new WriteQueue({ afterWrite: () => log.push('catch-up') });
    const slow = queue.write(async () => {
      log.push('a starts');
      await later();
      log.push('a ends');
    });
    const quick = queue.write(() => log.push('b'));
    await Promise.all([slow, quick]);
    expect(log).toEqual(['a starts', 'a ends', 'catch-up', 'b', 'catch-up']);
  });

  it('refuses writes as busy while a job holds the mirror, after running those accepted before it', async () => {
    const done: string[] = [];
    const queue = new WriteQueue();
    let finishImport!: () => void;
    const accepted = queue.write(async () => {
      await later();
      done.push('note before the import');
    });
    const job = queue.runJob('import', () =>
      new Promise<void>((resolve) => (finishImport = resolve)).then(() => done.push('import'))
    );
    expect(queue.job).toBe('import');
    const refused = await failureOf(queue.write(() => done.push('note during the import')));
    expect(refused.code).toBe('busy');
    expect(refused.message).toBe('An import is running — try again when it ends.');
    const reset = await failureOf(queue.runJob('reset', () => done.push('reset')));
    expect(reset.code).toBe('busy');
    await accepted;
    await later();
    finishImport();
    await job;
    expect(queue.job).toBeNull();
    await queue.write(() => done.push('note after'));
    expect(done).toEqual(['note before the import', 'import', 'note after']);
  });

  it('frees the mirror when a job fails, and a failed write does not stop the next', async () => {
    const queue = new WriteQueue();
    await expect(queue.runJob('import', () => Promise.reject(new Error('bad snapshot')))).rejects.toThrow('bad snapshot');
    await expect(
      queue.write(() => {
        throw new Error('constraint');
      })
    ).rejects.toThrow('constraint');
    await expect(queue.write(() => 42)).resolves.toBe(42);
  });

  it("refuses a write while another process's job holds the file, naming it; an import may wait for it instead", async () => {
    const other: MirrorOwner = { pid: 4242, process: 'cli', job: 'import', since: '2026-12-03T06:00:00.000Z' };
    const claims: string[] = [];
    const queue = new WriteQueue({
      otherOwner: () => other,
      claim: (job) => {
        claims.push(`claim ${job}`);
        return () => claims.push(`release ${job}`);
      }
    });
    const refused = await failureOf(queue.write(() => 1));
    expect(refused.code).toBe('busy');
    expect(refused.message).toContain('cli import (pid 4242');
    await expect(queue.runJob('import', () => 'imported', { waitForOtherProcess: true })).resolves.toBe('imported');
    expect(claims).toEqual(['claim import', 'release import']);
  });
});
