import type { AdminChecklist, ChecklistSummary } from '../../../shared/api/checklist';
import { CHECKLIST_MAX_ORDERS } from '../../../shared/api/checklist';
import { ApiFailure } from '../../../shared/api/result';
import {
  addChecklistLines,
  checklistLines,
  deleteChecklist,
  insertChecklist,
  listChecklists,
  readChecklist,
  setWatchState,
  type StoredSummary
} from '../db/repositories/checklist-repository';
import { checkAccountName } from '../vtex/config';
import type { WriteQueue } from '../writer/write-queue';
import { createChecklistWatcher } from './checklist-watch';
import { syncAccount } from './connected-account';
import type { CoreDeps } from './deps';
import { selectOrders } from './reprocess-selection';

type Source = { orderIds: number[] } | { cause: string; key?: string };

/** Connections > Orders of the connected account (see vtex-apis.md §2: the "bridge" module); null offline. */
function connectionsLink(deps: CoreDeps): string | null {
  const account = syncAccount(deps);
  if (!account) return null;
  try {
    return `https://${checkAccountName(account).toLowerCase()}.myvtex.com/admin/bridge/#/marketplace/order`;
  } catch {
    return null;
  }
}

const csvCell = (value: string | null): string => {
  const text = value ?? '';
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The bulk "reprocess in the Admin" checklist: a list of failed orders kept in the mirror, the
 * agent's way through Connections > Orders, with the OMS watch (checklist-watch.ts) checking each line
 * off as the order appears in OMS.
 */
export function createChecklistHandlers(deps: CoreDeps, writer: WriteQueue) {
  const watcher = createChecklistWatcher(deps, writer);

  const withRunning = (summary: StoredSummary): ChecklistSummary => ({ ...summary, running: watcher.isRunning(summary.id) });

  function view(id: number): AdminChecklist {
    const summary = readChecklist(deps.db, id);
    if (!summary) throw new ApiFailure('not-found', `No Admin checklist ${id} in this mirror.`);
    const lines = checklistLines(deps.db, id).map(({ orderCreatedAt: _, ...line }) => line);
    return { ...withRunning(summary), connectionsLink: connectionsLink(deps), lines };
  }

  function ordersOf(source: Source): number[] {
    const ids = selectOrders(deps, source);
    if (ids.length > CHECKLIST_MAX_ORDERS)
      throw new ApiFailure(
        'invalid-argument',
        `A checklist holds at most ${CHECKLIST_MAX_ORDERS} orders (the watch asks OMS for each one); this selection has ${ids.length}.`
      );
    return ids;
  }

  function create({ source, title }: { source: Source; title?: string }): AdminChecklist {
    const ids = ordersOf(source);
    const now = deps.clock.now().toISOString();
    const id = deps.db.transaction(() => {
      const created = insertChecklist(deps.db, {
        title:
          title ?? ('cause' in source ? [source.cause, source.key].filter(Boolean).join(' · ') : `Orders of ${now.slice(0, 10)}`),
        createdAt: now
      });
      if (addChecklistLines(deps.db, created, ids) === 0)
        throw new ApiFailure(
          'invalid-argument',
          'None of these orders is still failing: there is nothing to reprocess in the Admin.'
        );
      return created;
    })();
    return view(id);
  }

  function add({ id, orderIds }: { id: number; orderIds: number[] }): AdminChecklist {
    view(id);
    const ids = ordersOf({ orderIds });
    const total = readChecklist(deps.db, id)?.total ?? 0;
    if (total + ids.length > CHECKLIST_MAX_ORDERS)
      throw new ApiFailure(
        'invalid-argument',
        `A checklist holds at most ${CHECKLIST_MAX_ORDERS} orders; this one has ${total}.`
      );
    addChecklistLines(deps.db, id, ids);
    return view(id);
  }

  function exportUnchecked({ id }: { id: number }): { fileName: string; csv: string } {
    const checklist = view(id);
    const link = checklist.connectionsLink;
    const header = 'marketplace_order_id,affiliate_id,marketplace,connections_orders_link';
    const rows = checklist.lines
      .filter((line) => line.seenAt === null)
      .map((line) => [line.marketplaceOrderId, line.affiliateId, line.marketplace, link].map(csvCell).join(','));
    return { fileName: `admin-checklist-${id}-unchecked.csv`, csv: `${[header, ...rows].join('\n')}\n` };
  }

  return {
    'checklist/list': (): ChecklistSummary[] => {
      watcher.resume();
      return listChecklists(deps.db).map(withRunning);
    },
    'checklist/get': ({ id }: { id: number }) => {
      watcher.resume();
      return view(id);
    },
    'checklist/create': create,
    'checklist/add': add,
    'checklist/watch': ({ id, intervalSeconds }: { id: number; intervalSeconds?: number }) => {
      view(id);
      setWatchState(deps.db, id, 'watching', intervalSeconds);
      watcher.start(id);
      return view(id);
    },
    'checklist/stop': ({ id }: { id: number }) => {
      view(id);
      watcher.stop(id);
      setWatchState(deps.db, id, 'stopped');
      return view(id);
    },
    'checklist/check': async ({ id }: { id: number }) => {
      view(id);
      await watcher.pass(id);
      return view(id);
    },
    'checklist/export': exportUnchecked,
    'checklist/delete': ({ id }: { id: number }) => {
      watcher.stop(id);
      return { deleted: deleteChecklist(deps.db, id) };
    }
  };
}
