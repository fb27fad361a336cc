import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection';
import { countFailedOrders, readFailedOrderWordings } from '../db/repositories/diagnosis-repository';
import { rowsForInsert, type InsertRows } from '../db/repositories/diagnosis-writes';
import { orderPageStarts, readOrderPage } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { startCoreWorker } from '../jobs/core-worker';
import { Handover } from '../jobs/handover';
import { PageClaims } from '../jobs/page-claims';
import { SyncChannel } from '../jobs/sync-channel';
import type { StoreData } from '../model/store-data';
import type { DiagnosisWorkerData, DiagnosisWorkerMessage, DiagnosisWorkerStart } from '../workers/diagnosis-worker';
import { diagnoseOrder } from '../rules/diagnose-order';
import { MAX_READINGS, readMessages, rememberingReader, type MessageReadings } from '../rules/message-readings';

/** Long enough for the store of a million-order mirror to load, short enough to notice a dead worker. */
const STALL_MS = 120_000;

/**
 * The rules allocate many short-lived objects per order: a young generation larger than V8's
 * default collects them less often (a whole run at 100k: 6.2–6.8 → 5.9–6.1 s of CPU, three pairs of runs).
 */
export const DIAGNOSIS_THREAD_LIMITS = { maxYoungGenerationSizeMb: 96 };

/**
 * Failed orders per page: one batch of rows, read, diagnosed and written at a time. A page's orders,
 * diagnoses and rows stay alive until it is written, so every young-generation collection meanwhile
 * copies them and the larger pages promoted them to the old generation: at 100k, one thread, pages
 * of 2,000 → 500 cut the rules' share of the run's CPU (GC threads included) by about a fifth
 * (1.29–1.45 s → 0.92–1.0 s, at load 13–15), while reads and writes, 84 pages instead of 21, cost the same.
 */
export const PAGE_SIZE = 500;

/**
 * The failed orders' pages: how many orders, the id each page follows (null when one thread walks
 * them in id order), and their size.
 */
export interface FailedOrderPages {
  orders: number;
  starts: number[] | null;
  pageSize: number;
}

/** Where the pages of the mirror's failed orders start: what threads sharing a run claim pages by. */
export function failedOrderPages(db: Db, pageSize = PAGE_SIZE): FailedOrderPages {
  return { ...orderPageStarts(db, 'error', pageSize), pageSize };
}

/**
 * The pages of a run that this thread alone diagnoses, each read after the last id of the one
 * before: finding where every page starts first scans the whole orders table (40-60 ms at 100k).
 */
export function walkedOrderPages(db: Db, pageSize = PAGE_SIZE): FailedOrderPages {
  return { orders: countFailedOrders(db), starts: null, pageSize };
}

const pageCount = (pages: FailedOrderPages) => pages.starts?.length ?? Math.ceil(pages.orders / pages.pageSize);

/**
 * Workers beside the owner, who runs the rules too whenever no batch is waiting: one per idle core
 * besides the owner's, at most two (each holds its own copy of the store). Each worker pays its own
 * start — V8 compiles and optimises the rules again on every new thread — which only pays back when
 * the worker has a core of its own: at 100k failed orders on two busy cores the owner alone spent
 * 1.8–1.9× the floor's CPU against 2.4–2.5× with one worker, and finished sooner. So cores already
 * busy (the last minute's load, where the system reports one) are not counted as idle. `atLeastOne`
 * is for callers that ask for a worker whatever the load (tests of the worker path).
 */
export function diagnosisWorkerCount(atLeastOne = false, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  const idle = Math.round(cores - load);
  return Math.max(atLeastOne ? 1 : 0, Math.min(2, idle - 1));
}

export interface WholeRunOptions {
  /** Worker threads to start (none: this thread runs every page); they need a mirror file. */
  workers?: number;
  /** Whether this thread also runs the rules (default yes); no only to test the workers alone. */
  ownerDiagnoses?: boolean;
}

/**
 * The failed orders of the mirror as insert-ready batches, one per page, for a whole run. Started
 * before the caller opens its transaction, so the workers load while this thread reads the store
 * and the wordings for them and the caller empties the tables; then `batches` yields, synchronously, the pages the workers finished and, whenever
 * none is waiting, one this thread diagnoses itself, so the caller writes them inside one
 * transaction while the workers read and run the rules. Pages come in the order they finish.
 */
export class WholeRunPipeline {
  private readonly claims: PageClaims;
  private readonly channel = new SyncChannel<DiagnosisWorkerMessage>();
  private readonly threads: Worker[] = [];
  private readonly ownerDiagnoses: boolean;
  private readonly handover = new Handover<DiagnosisWorkerStart>();
  private readonly readings: MessageReadings | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: string,
    private readonly pages: FailedOrderPages,
    options: WholeRunOptions = {}
  ) {
    this.claims = new PageClaims(pageCount(pages));
    this.ownerDiagnoses = options.ownerDiagnoses ?? true;
    const { starts } = pages;
    if ((options.workers ?? 0) > 0 && starts === null) throw new Error('Workers claim pages by where they start.');
    try {
      for (let index = 0; starts !== null && index < (options.workers ?? 0); index++) {
        const channel = this.channel.sender();
        const data: DiagnosisWorkerData = {
          file: db.name,
          now,
          pageStarts: starts,
          pageSize: pages.pageSize,
          claims: this.claims.counter,
          channel,
          start: this.handover.receiver()
        };
        const thread = startCoreWorker('diagnosis-worker', data, [channel.port, data.start.port], DIAGNOSIS_THREAD_LIMITS);
        // A worker that fails to start must not take the process down: the pages it did not claim
        // are diagnosed here, and one it claimed and never sent stalls the run into an error.
        thread.on('error', () => undefined);
        this.threads.push(thread);
      }
      // The workers start meanwhile; then they run the rules on this store with these readings. The
      // store is read here once (the caller's readStoreData then finds it in the connection's cache).
      if (this.threads.length > 0) {
        const store = readStoreData(db, now);
        const wordings = readFailedOrderWordings(db, MAX_READINGS);
        this.readings = wordings && readMessages(wordings);
        this.handover.give({ store, readings: this.readings });
      }
    } catch (error) {
      this.close();
      throw error;
    }
  }

  *batches(store: StoreData): Generator<InsertRows> {
    const meta = { ranAt: this.now, asOf: store.asOf };
    const readingOf = rememberingReader(this.readings, MAX_READINGS);
    // Where the next page starts when this thread walks them in id order (no workers).
    let walkedTo = 0;
    for (let written = 0; written < pageCount(this.pages); written++) {
      const ready = this.channel.poll();
      if (ready !== undefined) {
        yield rowsOf(ready);
        continue;
      }
      const page = this.ownerDiagnoses ? this.claims.claim() : null;
      if (page === null) {
        // Every page is taken: wait for the workers' last ones.
        if (this.threads.length === 0) throw new Error('Pages left with no one to diagnose them.');
        yield rowsOf(this.channel.take(STALL_MS));
        continue;
      }
      const orders = readOrderPage(this.db, this.pages.starts?.[page] ?? walkedTo, 'error', this.pages.pageSize);
      walkedTo = orders.at(-1)?.id ?? walkedTo;
      yield rowsForInsert(
        orders.map((order) => diagnoseOrder(order, store, readingOf(order))),
        meta
      );
    }
  }

  close(): void {
    this.channel.close();
    this.handover.close();
    for (const thread of this.threads) void thread.terminate();
  }
}

function rowsOf(message: DiagnosisWorkerMessage): InsertRows {
  if (message.kind === 'error') throw new Error(`Diagnosis worker failed: ${message.message}`);
  return message.rows;
}
