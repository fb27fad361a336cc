import { z } from 'zod';
import { entry } from './contract-entry';

/**
 * The bulk "reprocess in the Admin" checklist (issue 10): orders no public API can reprocess, listed
 * for the agent to click Reprocess on in Connections > Orders, each line ticking itself when OMS
 * shows the order.
 */

/** One order of a checklist. */
export interface ChecklistLine {
  marketplaceOrderId: string;
  affiliateId: string;
  /** The affiliate's name in the mirror, when it knows it. */
  marketplace: string | null;
  /** Set when OMS showed the order (or the mirror already had it integrated): the line is checked. */
  vtexOrderId: string | null;
  seenAt: string | null;
}

export interface ChecklistSummary {
  id: number;
  title: string;
  createdAt: string;
  total: number;
  /** Lines OMS has shown: "12 of 40 seen". */
  seen: number;
  /** The agent asked for the OMS watch and has not stopped it (kept across restarts). */
  watching: boolean;
  /** True while this process runs the watch now (false offline, or before a restart resumed it). */
  running: boolean;
  intervalSeconds: number;
  lastCheckedAt: string | null;
  /** Why the last pass could not look OMS up (no account, VTEX refused), in words; null when it could. */
  lastError: string | null;
}

export interface AdminChecklist extends ChecklistSummary {
  /** The account's Admin page where the orders are reprocessed (Connections > Orders); null offline. */
  connectionsLink: string | null;
  lines: ChecklistLine[];
}

/** At most this many orders a list: the watch asks OMS once per unchecked order each pass. */
export const CHECKLIST_MAX_ORDERS = 500;

const id = z.number().int().positive();
const orderIds = z.array(id).min(1).max(CHECKLIST_MAX_ORDERS);

/** Which orders: the desk's ids (the queue's selected order, a list) or every order of a cause group. */
const source = z.union([
  z.object({ orderIds }).strict(),
  z.object({ cause: z.string().min(1).max(100), key: z.string().max(500).optional() }).strict()
]);

export const checklistContract = {
  'checklist/list': entry<ChecklistSummary[]>()(z.object({}).strict()),
  'checklist/get': entry<AdminChecklist>()(z.object({ id }).strict()),
  /** A new checklist of the orders still failing among those named (integrated or resolved ones are left out). */
  'checklist/create': entry<AdminChecklist>()(z.object({ source, title: z.string().trim().min(1).max(200).optional() }).strict()),
  /** Adds orders to a checklist (those it already holds are kept as they are). */
  'checklist/add': entry<AdminChecklist>()(z.object({ id, orderIds }).strict()),
  /** Starts the OMS watch in the background (every `intervalSeconds`, 60 by default) until every line is seen or it is stopped. */
  'checklist/watch': entry<AdminChecklist>()(
    z.object({ id, intervalSeconds: z.number().int().min(1).max(3600).optional() }).strict()
  ),
  /** Stops the OMS watch of a checklist; the pass in flight is abandoned. */
  'checklist/stop': entry<AdminChecklist>()(z.object({ id }).strict()),
  /** One OMS pass now, whether or not the watch runs. */
  'checklist/check': entry<AdminChecklist>()(z.object({ id }).strict()),
  /** The lines still unchecked, as CSV for the agent's own list. */
  'checklist/export': entry<{ fileName: string; csv: string }>()(z.object({ id }).strict()),
  'checklist/delete': entry<{ deleted: boolean }>()(z.object({ id }).strict())
};
