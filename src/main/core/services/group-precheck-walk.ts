import type { ReprocessPrecheck } from '../../../shared/api/reprocess';
import type { CoreDeps } from './deps';
import { precheckReprocess } from './reprocess-precheck';
import { selectOrders } from './reprocess-selection';

/** Which orders a group's pre-check walks: the group's open orders now, or a snapshot's (by id). */
export type GroupPrecheckInput = { cause: string; key: string } | { orderIds: number[] };

export interface GroupWalk {
  precheck: ReprocessPrecheck;
  /** The orders walked, oldest first: what the host keeps as the group's snapshot. */
  orderIds: number[];
}

/** How often the walk says how far it got: often enough to move a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 200;

/** The pre-check of a group (on the worker, or inline for an in-memory mirror), reporting progress now and then. */
export function walkGroup(
  deps: CoreDeps,
  input: GroupPrecheckInput,
  onProgress: (done: number, total: number) => void
): GroupWalk {
  const orderIds = selectOrders(deps, input);
  let reported = 0;
  const precheck = precheckReprocess(deps, orderIds, (done, total) => {
    const now = Date.now();
    if (done > 0 && now - reported < PROGRESS_EVERY_MS) return;
    reported = now;
    onProgress(done, total);
  });
  onProgress(orderIds.length, orderIds.length);
  return { precheck, orderIds };
}
