import type { AdminChecklist, ChecklistExportFormat, ChecklistSummary } from '../../../shared/api/checklist';
import { CHECKLIST_PAGE } from '../../../shared/api/checklist';
import { ApiFailure } from '../../../shared/api/result';
import type { AdminPathLocale } from '../../../shared/domain/admin-paths';
import {
  addChecklistLines,
  checklistLinesPage,
  deleteChecklist,
  iterateChecklistLines,
  insertChecklist,
  listChecklists,
  readChecklist,
  setWatchState,
  type StoredSummary
} from '../db/repositories/checklist-repository';
import { adminChecklistFile } from '../export/admin-checklist-export';
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

/**
 * The bulk "reprocess in the Admin" checklist: a list of failed orders kept in the mirror, the
 * agent's way through Connections > Orders, with the OMS watch (checklist-watch.ts) checking each line
 * off as the order appears in OMS.
 */
export function createChecklistHandlers(deps: CoreDeps, writer: WriteQueue) {
  const watcher = createChecklistWatcher(deps, writer);

  const withRunning = (summary: StoredSummary): ChecklistSummary => ({ ...summary, running: watcher.isRunning(summary.id) });
  // Only a host with an account resumes the watches a restart interrupted: offline (the CLI reading a
  // list, a desk with no account) a pass could only record "no account" on a list another desk watches.
  const resume = () => {
    if (syncAccount(deps)) watcher.resume();
  };

  function summaryOf(id: number): StoredSummary {
    const summary = readChecklist(deps.db, id);
    if (!summary) throw new ApiFailure('not-found', `No Admin checklist ${id} in this mirror.`);
    return summary;
  }

  /** The list with one page of its lines (keyset on position); its counts come from SQL, not from the page. */
  function view(id: number, page: { after?: number; limit?: number } = {}): AdminChecklist {
    const summary = summaryOf(id);
    const limit = page.limit ?? CHECKLIST_PAGE;
    // One line more than the page tells whether another page follows.
    const read = checklistLinesPage(deps.db, id, { afterPosition: page.after, limit: limit + 1 });
    const lines = read.slice(0, limit).map(({ orderCreatedAt: _, ...line }) => line);
    const nextAfter = read.length > limit ? lines[lines.length - 1].position : null;
    return { ...withRunning(summary), connectionsLink: connectionsLink(deps), lines, nextAfter };
  }

  function create({ source, title }: { source: Source; title?: string }): AdminChecklist {
    const ids = selectOrders(deps, source);
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
    summaryOf(id);
    const ids = selectOrders(deps, { orderIds });
    deps.db.transaction(() => addChecklistLines(deps.db, id, ids))();
    return view(id);
  }

  /** Every unchecked line, read page by page from the mirror, as CSV or Markdown in the desk's language. */
  function exportUnchecked({ id, format, locale }: { id: number; format: ChecklistExportFormat; locale: AdminPathLocale }) {
    const summary = summaryOf(id);
    const text = adminChecklistFile(
      {
        title: summary.title,
        connectionsLink: connectionsLink(deps),
        lines: iterateChecklistLines(deps.db, id, { unchecked: true })
      },
      format,
      locale
    );
    return { fileName: `admin-checklist-${id}-unchecked.${format}`, text };
  }

  return {
    'checklist/list': (): ChecklistSummary[] => {
      resume();
      return listChecklists(deps.db).map(withRunning);
    },
    'checklist/get': ({ id, after, limit }: { id: number; after?: number; limit?: number }) => {
      resume();
      return view(id, { after, limit });
    },
    'checklist/create': create,
    'checklist/add': add,
    'checklist/watch': ({ id, intervalSeconds }: { id: number; intervalSeconds?: number }) => {
      summaryOf(id);
      setWatchState(deps.db, id, 'watching', intervalSeconds);
      watcher.start(id);
      return view(id);
    },
    'checklist/stop': ({ id }: { id: number }) => {
      summaryOf(id);
      watcher.stop(id);
      setWatchState(deps.db, id, 'stopped');
      return view(id);
    },
    'checklist/check': async ({ id }: { id: number }) => {
      summaryOf(id);
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
