import { ApiFailure } from '../../../shared/api/result';
import type { Db } from '../db/connection';
import {
  checklistLinesPage,
  countUncheckedLines,
  markLineSeen,
  markLinesIntegratedInMirror,
  readChecklist,
  recordChecklistPass,
  setWatchState,
  watchingChecklistIds
} from '../db/repositories/checklist-repository';
import { VtexError } from '../vtex/errors';
import type { WriteQueue } from '../writer/write-queue';
import { connectedClient } from './connected-account';
import type { CoreDeps } from './deps';
import { lookUpInOms, recordSighting } from './oms-watch-service';

const SECOND_MS = 1_000;
/** Unchecked lines read from the mirror at a time: a pass walks a list of any length one batch after another. */
export const WATCH_WINDOW = 100;

/** A running watch: which mirror it belongs to (an account switch points the host elsewhere), its timer and its pass's abort. */
interface Running {
  db: Db;
  timer: NodeJS.Timeout | null;
  controller: AbortController;
}

export interface ChecklistWatcher {
  /** Runs one pass now: lines the mirror already holds integrated, then OMS for the rest. */
  pass(checklistId: number): Promise<void>;
  /** Starts the background watch (the list must already be marked watching). */
  start(checklistId: number): void;
  /** Stops it; a pass in flight is abandoned before it records anything more. */
  stop(checklistId: number): void;
  /** Starts the watch of every list the mirror keeps as watching that no loop runs in this process (after a restart). */
  resume(): void;
  isRunning(checklistId: number): boolean;
}

const failureText = (error: unknown): string =>
  error instanceof ApiFailure || error instanceof VtexError ? error.message : String(error);

/**
 * The Admin checklist's OMS watch, in the background of the host: each pass looks OMS up for the
 * list's unchecked lines one after another, outside any transaction, and records each sighting as its
 * own short write through the host's write queue, so the desk stays usable and a long list ticks line
 * by line. The next pass is scheduled when one ends (a slow VTEX never stacks passes); timers are
 * unref'd, so the watch never keeps a process alive. A watch stops by itself when every line is seen.
 */
export function createChecklistWatcher(deps: CoreDeps, writer: WriteQueue): ChecklistWatcher {
  const running = new Map<number, Running>();

  const changed = (checklistId: number) => deps.events.emit('checklist/changed', { id: checklistId });

  async function runPass(checklistId: number, db: Db, signal: AbortSignal): Promise<void> {
    // A closed connection or an account switch (deps.db points elsewhere) ends the pass quietly.
    const current = () => deps.db === db && db.open && !signal.aborted;
    await writer.write(() => current() && markLinesIntegratedInMirror(db, checklistId));
    if (!current()) return;
    let error: string | null = null;
    let seen = 0;
    try {
      const { account, http } = connectedClient(deps);
      // Keyset windows over the unchecked lines, each read fresh between OMS calls (no read held open
      // across the network); a line checked meanwhile by another pass simply drops out of the next one.
      for (let after = -1; ;) {
        if (!current()) return;
        const batch = checklistLinesPage(db, checklistId, { afterPosition: after, limit: WATCH_WINDOW, unchecked: true });
        if (batch.length === 0) break;
        after = batch[batch.length - 1].position;
        for (const line of batch) {
          if (!current()) return;
          const now = deps.clock.now();
          const sighting = await lookUpInOms(
            http,
            { marketplaceOrderId: line.marketplaceOrderId, affiliateIds: [line.affiliateId], createdAt: [line.orderCreatedAt] },
            now,
            signal
          );
          if (!sighting || !current()) continue;
          const seenAt = now.toISOString();
          await writer.write(() => {
            if (!current()) return;
            db.transaction(() => {
              recordSighting(deps, account, line.marketplaceOrderId, sighting, seenAt);
              markLineSeen(db, checklistId, { ...line, vtexOrderId: sighting.vtexOrderId, seenAt });
            })();
          });
          seen += 1;
          changed(checklistId);
        }
      }
    } catch (failure) {
      if (!current()) return;
      error = failureText(failure);
    }
    await writer.write(() => {
      if (!current() || !readChecklist(db, checklistId)) return;
      recordChecklistPass(db, checklistId, deps.clock.now().toISOString(), error);
      if (countUncheckedLines(db, checklistId) === 0) setWatchState(db, checklistId, 'stopped');
    });
    if (seen > 0) deps.events.emit('mirror/changed', { reason: 'reprocess' });
    changed(checklistId);
  }

  function schedule(checklistId: number, entry: Running, delayMs: number): void {
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void tick(checklistId, entry);
    }, delayMs);
    entry.timer.unref();
  }

  async function tick(checklistId: number, entry: Running): Promise<void> {
    const stillOurs = () =>
      running.get(checklistId) === entry && deps.db === entry.db && entry.db.open && !entry.controller.signal.aborted;
    if (!stillOurs()) return void forget(checklistId, entry);
    try {
      await runPass(checklistId, entry.db, entry.controller.signal);
    } catch (error) {
      // A write refused (a job holds the mirror): the next pass tries again.
      if (!(error instanceof ApiFailure && error.code === 'busy')) (deps.log ?? console.error)(error);
    }
    const checklist = stillOurs() ? readChecklist(entry.db, checklistId) : null;
    if (!checklist?.watching) return void forget(checklistId, entry);
    schedule(checklistId, entry, checklist.intervalSeconds * SECOND_MS);
  }

  function forget(checklistId: number, entry: Running): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.controller.abort();
    if (running.get(checklistId) === entry) {
      running.delete(checklistId);
      changed(checklistId);
    }
  }

  function start(checklistId: number): void {
    const existing = running.get(checklistId);
    if (existing && existing.db === deps.db) return;
    if (existing) forget(checklistId, existing);
    const entry: Running = { db: deps.db, timer: null, controller: new AbortController() };
    running.set(checklistId, entry);
    schedule(checklistId, entry, 0);
  }

  return {
    pass: async (checklistId) => {
      const controller = new AbortController();
      await runPass(checklistId, deps.db, controller.signal);
    },
    start,
    stop: (checklistId) => {
      const entry = running.get(checklistId);
      if (entry) forget(checklistId, entry);
    },
    resume: () => {
      for (const checklistId of watchingChecklistIds(deps.db)) if (!running.has(checklistId)) start(checklistId);
    },
    isRunning: (checklistId) => running.get(checklistId)?.db === deps.db
  };
}
