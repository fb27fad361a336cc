import { z } from 'zod';
import { LOCALE_IDS } from './app';
import { CHECKLIST_PAGE_MAX } from './checklist-pages';
import { entry } from './contract-entry';

/**
 * The bulk "reprocess in the Admin" checklist (issue 10): orders no public API can reprocess, listed
 * for the agent to click Reprocess on in Connections > Orders, each line ticking itself when OMS
 * shows the order.
 */

/** One order of a checklist. */
export interface ChecklistLine {
  /** Its place in the list (the key a next page starts after). */
  position: number;
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
  /** One page of the list's lines, in order (`total` counts them all). */
  lines: ChecklistLine[];
  /** The position the next page starts after; null when this page is the last. */
  nextAfter: number | null;
}

export { CHECKLIST_PAGE, CHECKLIST_PAGE_MAX } from './checklist-pages';

export const CHECKLIST_EXPORT_FORMATS = ['csv', 'md'] as const;
export type ChecklistExportFormat = (typeof CHECKLIST_EXPORT_FORMATS)[number];

const id = z.number().int().positive();
/** A list named id by id (a cause group names any number); bounded only so one call stays under the bridge's 1 MB. */
const orderIds = z.array(id).min(1).max(50_000);

/** Which orders: the desk's ids (the queue's selected order, a list) or every order of a cause group. */
const source = z.union([
  z.object({ orderIds }).strict(),
  z.object({ cause: z.string().min(1).max(100), key: z.string().max(500).optional() }).strict()
]);

export const checklistContract = {
  'checklist/list': entry<ChecklistSummary[]>()(z.object({}).strict()),
  /** The list with one page of its lines: from the first, or after the position `after`. */
  'checklist/get': entry<AdminChecklist>()(
    z
      .object({
        id,
        after: z.number().int().min(-1).optional(),
        limit: z.number().int().min(1).max(CHECKLIST_PAGE_MAX).optional()
      })
      .strict()
  ),
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
  /**
   * The lines still unchecked (all of them, however many), as CSV or a Markdown task list for the
   * agent's own list, worded in `locale` (the desk's language; English by default).
   */
  'checklist/export': entry<{ fileName: string; text: string }>()(
    z.object({ id, format: z.enum(CHECKLIST_EXPORT_FORMATS).default('csv'), locale: z.enum(LOCALE_IDS).default('en') }).strict()
  ),
  'checklist/delete': entry<{ deleted: boolean }>()(z.object({ id }).strict())
};
