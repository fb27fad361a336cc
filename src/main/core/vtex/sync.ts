import type { Db } from '../db/connection';
import { upsertOmsOrder } from '../db/repositories/oms-repository';
import { mapOmsOrder } from '../import/store-mappers';
import { systemClock, type Clock } from '../ports';
import { VtexError, type VtexErrorKind } from './errors';
import type { VtexHttp } from './http';
import { listOrders, readOmsOrder } from './oms';
import { KINDS, SYNC_KINDS, type SyncKind, type SyncTargets } from './sync-kinds';
import {
  claimMirror,
  fingerprint,
  markOmsSyncedUntil,
  markSynced,
  OMS_CHECKPOINT,
  readCheckpoint,
  TARGETED_CHECKPOINT,
  writeCheckpoint
} from './sync-state';

export interface SyncProgress {
  kind: SyncKind;
  /** `listing`: a full sync listing the catalog's SKU ids (done = ids listed so far). */
  phase: 'listing' | 'fetching' | 'applied' | 'resumed' | 'failed';
  done: number;
  total: number;
}

export interface SyncOptions {
  /** The kinds to bring; all of them by default. */
  kinds?: readonly SyncKind[];
  targets: SyncTargets;
  clock?: Clock;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncResult {
  /** Records written per kind. */
  applied: Partial<Record<SyncKind, number>>;
  /** Records VTEX answered 404 for (a SKU id it does not know, a SKU without price). */
  missing: Partial<Record<SyncKind, number>>;
  /** Kinds that failed: the mirror keeps their previous data. */
  failed: Partial<Record<SyncKind, { kind: VtexErrorKind; message: string }>>;
  /** Kinds a previous, interrupted run of the same sync had already applied. */
  resumed: SyncKind[];
}

interface TargetedCheckpoint {
  fingerprint: string;
  done: SyncKind[];
}

/** Errors that would fail every remaining kind too: the sync stops (its checkpoint stays). */
const FATAL: ReadonlySet<VtexErrorKind> = new Set(['unauthorized', 'cancelled']);

/**
 * Targeted sync: brings each requested kind for the objects the failed orders name. Each kind is
 * fetched whole, then written in one transaction with its checkpoint and its synced-at time, so a
 * kind that fails (a 403, a server down) leaves the previous data, and a crashed run, started again
 * with the same request, resumes after the last kind it applied.
 */
export async function syncTargets(db: Db, http: VtexHttp, options: SyncOptions): Promise<SyncResult> {
  const clock = options.clock ?? systemClock;
  const kinds = SYNC_KINDS.filter((kind) => !options.kinds || options.kinds.includes(kind));
  const { searchWindow, ...ids } = options.targets;
  const print = fingerprint({
    account: http.account.account,
    kinds,
    ids,
    range: [searchWindow.from.toISOString(), searchWindow.to.toISOString()]
  });
  const checkpoint = readCheckpoint<TargetedCheckpoint>(db, TARGETED_CHECKPOINT, print) ?? { fingerprint: print, done: [] };
  db.transaction(() => claimMirror(db, http.account.account))();
  const result: SyncResult = { applied: {}, missing: {}, failed: {}, resumed: [] };
  const report = (kind: SyncKind, phase: SyncProgress['phase'], done: number, total: number) =>
    options.onProgress?.({ kind, phase, done, total });

  for (const kind of kinds) {
    if (checkpoint.done.includes(kind)) {
      result.resumed.push(kind);
      report(kind, 'resumed', 0, 0);
      continue;
    }
    if (options.signal?.aborted) throw new SyncCancelledError(http.account.account);
    let fetched;
    try {
      fetched = await KINDS[kind]({
        http,
        db,
        targets: options.targets,
        signal: options.signal,
        fetched: (done, total) => report(kind, 'fetching', done, total)
      });
    } catch (error) {
      if (!(error instanceof VtexError) || FATAL.has(error.kind)) throw error;
      result.failed[kind] = { kind: error.kind, message: error.message };
      report(kind, 'failed', 0, 0);
      continue;
    }
    const { records, apply } = fetched;
    db.transaction(() => {
      for (const record of records) apply(db, record);
      checkpoint.done.push(kind);
      writeCheckpoint(db, TARGETED_CHECKPOINT, checkpoint);
      markSynced(db, kind, clock.now());
    })();
    result.applied[kind] = records.length;
    if (fetched.missing > 0) result.missing[kind] = fetched.missing;
    report(kind, 'applied', records.length, records.length);
  }
  // A run with failures keeps its checkpoint: the next run of the same request retries only those kinds.
  if (Object.keys(result.failed).length === 0) db.transaction(() => writeCheckpoint(db, TARGETED_CHECKPOINT, null))();
  return result;
}

export interface OmsIncrementalOptions {
  from: Date;
  to: Date;
  perPage?: number;
  clock?: Clock;
  signal?: AbortSignal;
  onProgress?: (progress: { windowsDone: number; orders: number; doneUntil: string }) => void;
}

interface OmsCheckpoint {
  fingerprint: string;
  doneUntil: string;
}

/**
 * OMS incremental by creation date: every marketplace order created in [from, to], read in windows
 * that stay inside the 30-page limit. Each range is written in one transaction with a checkpoint
 * at its end, so an interrupted run from the same date resumes after the last range it applied.
 */
export async function syncOmsIncremental(
  db: Db,
  http: VtexHttp,
  options: OmsIncrementalOptions
): Promise<{ orders: number; windows: number; resumedFrom: string | null }> {
  const clock = options.clock ?? systemClock;
  // The end is not part of the request's identity: windows are applied oldest first, so a run
  // started again later (its end is "now" again) still resumes after the last range applied.
  const print = fingerprint({ account: http.account.account, from: options.from.toISOString() });
  const checkpoint = readCheckpoint<OmsCheckpoint>(db, OMS_CHECKPOINT, print);
  const from = checkpoint ? new Date(Date.parse(checkpoint.doneUntil) + 1) : options.from;
  db.transaction(() => claimMirror(db, http.account.account))();
  let orders = 0;
  let windows = 0;
  if (from.getTime() <= options.to.getTime()) {
    for await (const chunk of listOrders(http, { from, to: options.to, perPage: options.perPage }, options.signal)) {
      // Orders not placed through a marketplace have no marketplace order id: the desk has no use for them.
      const ids = chunk.items.filter((item) => item.marketPlaceOrderId !== null).map((item) => item.orderId);
      const records = (await Promise.all(ids.map((id) => readOmsOrder(http, id, options.signal)))).filter((r) => r !== null);
      const doneUntil = chunk.range.to.toISOString();
      db.transaction(() => {
        for (const record of records) upsertOmsOrder(db, mapOmsOrder(record));
        const next: OmsCheckpoint = { fingerprint: print, doneUntil };
        writeCheckpoint(db, OMS_CHECKPOINT, next);
      })();
      orders += records.length;
      windows += 1;
      options.onProgress?.({ windowsDone: windows, orders, doneUntil });
    }
  }
  db.transaction(() => {
    writeCheckpoint(db, OMS_CHECKPOINT, null);
    markSynced(db, 'oms-orders', clock.now());
    markOmsSyncedUntil(db, options.to);
  })();
  return { orders, windows, resumedFrom: checkpoint ? checkpoint.doneUntil : null };
}

/** A sync stopped by its signal; the kinds (or windows) applied before it are kept. */
export class SyncCancelledError extends Error {
  readonly kind = 'cancelled';
  constructor(account: string) {
    super(`The sync of account "${account}" was cancelled; what was already applied is kept and the next run resumes from it`);
    this.name = 'SyncCancelledError';
  }
}
