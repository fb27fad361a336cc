/**
 * Worker thread of an import (or of a diagnosis left pending): opens its own connection to the mirror
 * file, imports the snapshot in one transaction that records the diagnosis as pending, then diagnoses
 * every failed order and clears the flag. The owner's thread meanwhile only reads, and sees only what
 * this connection committed (WAL). Progress is posted back; a `cancel` message stops the import at
 * its next batch, and nothing is changed. The import's second thread, parsing the orders file while
 * this one writes, runs its own entry (order-parse-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportErrorDetails, ImportProgress } from '../../../shared/api/import';
import { openMirror, type Db } from '../db/connection';
import { ImportError, type ImportSummary } from '../import';
import { PARSE_THREAD_FROM_BYTES } from '../import/import-snapshot';
import { classifyAtImport } from '../writer/classify-at-import';
import { finishDiagnosis, importMarkingDiagnosisPending } from '../writer/mirror-jobs';

export interface ImportWorkerData {
  file: string;
  /** The snapshot folder; null to only finish a pending diagnosis. */
  dir: string | null;
  /** How long to wait for another process's write lock on the file. */
  busyTimeoutMs: number;
}

export type ImportWorkerMessage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'diagnosed'; diagnosed: number }
  | { kind: 'diagnosis-failed'; message: string }
  | { kind: 'failed'; message: string; details?: ImportErrorDetails; importError: boolean };

export type ImportWorkerCommand = { kind: 'cancel' };

const port = parentPort!;
const post = (message: ImportWorkerMessage) => port.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The diagnosis run reads before it writes, in a deferred transaction: when another process's import
 * committed in between (it was waiting for this one's lock), SQLite refuses the stale snapshot at once
 * with SQLITE_BUSY instead of waiting. A fresh run reads the new mirror, which needs diagnosing anyway.
 */
function diagnoseRetryingBusy(db: Db, attempts = 5): number {
  for (let attempt = 1; ; attempt++) {
    try {
      return finishDiagnosis(db, new Date()).diagnosed;
    } catch (error) {
      const busy = String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY');
      if (!busy || attempt >= attempts) throw error;
    }
  }
}

async function run({ file, dir, busyTimeoutMs }: ImportWorkerData): Promise<void> {
  const cancel = new AbortController();
  port.on('message', (command: ImportWorkerCommand) => {
    if (command.kind === 'cancel') cancel.abort();
  });
  let db: Db | null = null;
  try {
    db = openMirror(file, { busyTimeoutMs });
    if (dir !== null) {
      const summary = await importMarkingDiagnosisPending(db, dir, {
        classify: classifyAtImport,
        parseThreadFromBytes: PARSE_THREAD_FROM_BYTES,
        signal: cancel.signal,
        onProgress: (progress) => post({ kind: 'progress', progress })
      });
      post({ kind: 'imported', summary });
    }
  } catch (error) {
    post({
      kind: 'failed',
      message: messageOf(error),
      details: error instanceof ImportError ? { ...error.details } : undefined,
      importError: error instanceof ImportError
    });
    db?.close();
    port.unref();
    return;
  }
  try {
    post({ kind: 'diagnosed', diagnosed: diagnoseRetryingBusy(db) });
  } catch (error) {
    post({ kind: 'diagnosis-failed', message: messageOf(error) });
  } finally {
    db.close();
    port.unref();
  }
}

void run(workerData as ImportWorkerData);
