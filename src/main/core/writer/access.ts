import type { ApiName } from '../../../shared/api';

/**
 * How each contract name touches the mirror. `read` runs at once on the host's connection and never
 * writes; `write` is a short write that waits its turn in the write queue; a job is long work that
 * holds the mirror until it ends (other writes meanwhile are refused as `busy`).
 */
export type Access = 'read' | 'write' | { job: JobKind };

/** What a job is called in a `busy` message and in the mirror's owner file. */
export type JobKind = 'import' | 'reset' | 'reprocess' | 'diagnosis' | 'sync' | 'account' | 'plan-apply';

const ACCESS = {
  'app/info': 'read',
  'mirror/reset': { job: 'reset' },
  'preferences/get': 'read',
  'preferences/set': 'write',
  'orders/view': 'read',
  'orders/add-note': 'write',
  'orders/resolve': 'write',
  'orders/reopen': 'write',
  'orders/escalation-pack': 'read',
  'import/inspect': 'read',
  'import/snapshot': { job: 'import' },
  'import/pick': 'read',
  // Must not wait behind the import it cancels.
  'import/cancel': 'read',
  'queue/list': 'read',
  'queue/facets': 'read',
  'queue/position': 'read',
  'trends/overview': 'read',
  'groups/list': 'read',
  'groups/orders': 'read',
  // Runs on a worker with its own connection: a read, so the host keeps answering meanwhile.
  'groups/precheck': 'read',
  'groups/precheck-cancel': 'read',
  // A preview applies the fix in a transaction it rolls back: a write transaction all the same.
  'fixes/preview': 'write',
  'fixes/apply': 'write',
  // Batches yield between transactions; holding the mirror keeps other writes out of its stock reservations.
  'reprocess/run': { job: 'reprocess' },
  'reprocess/precheck': 'read',
  'reprocess/verify': 'read',
  // Pages commit one by one in a worker; holding the mirror keeps other writes out of their stock reservations.
  'reprocess/bulk': { job: 'reprocess' },
  // Must not wait behind the reprocess it cancels.
  'reprocess/cancel': 'read',
  'simulation/run': 'read',
  'diagnosis/run': { job: 'diagnosis' },
  // Runs the order's diagnosis and stores it before answering.
  'diagnosis/order': 'write',
  'classify/messages': 'read',
  'storefront/search': 'read',
  'storefront/trade-policies': 'read',
  'storefront/check': 'read',
  'plan/list': 'read',
  'plan/discard': 'write',
  'plan/export': 'read',
  'plan/preview-apply': 'read',
  // Network calls one fix after another, each object's mirror write a short transaction; nothing else writes meanwhile.
  'plan/apply': { job: 'plan-apply' },
  'plan/cancel-apply': 'read',
  'audit/list': 'read',
  'audit/export-csv': 'read',
  'accounts/list': 'read',
  // Connecting or switching may point the host at another mirror file: never under a running job.
  'accounts/connect': { job: 'account' },
  'accounts/switch': { job: 'account' },
  'accounts/remove': 'write',
  'sync/status': 'read',
  'sync/run': { job: 'sync' },
  // Must not wait behind the sync it cancels.
  'sync/cancel': 'read',
  // Connected mode: the network calls run outside any transaction; the mirror writes after them are short.
  'connected/preview': 'write',
  'connected/apply': 'write',
  'connected/mark-done': 'write',
  'connected/verify': 'read',
  'connected/resend': 'write',
  'connected/watch': 'write',
  // Admin checklists: the list's own rows are short writes; lazily resumes its watch.
  'checklist/list': 'read',
  'checklist/get': 'read',
  'checklist/create': 'write',
  'checklist/add': 'write',
  'checklist/watch': 'write',
  'checklist/stop': 'write',
  // Looks OMS up outside the queue; each sighting it records is its own queued write.
  'checklist/check': 'read',
  'checklist/export': 'read',
  'checklist/delete': 'write'
} as const satisfies Record<string, Access>;

type Unclassified = Exclude<ApiName, keyof typeof ACCESS>;
/** Compile-time guard: a new contract name does not compile until it is classified above. */
export const EVERY_NAME_CLASSIFIED: [Unclassified] extends [never] ? true : Unclassified = true;

export function accessOf(name: ApiName): Access {
  return (ACCESS as Record<string, Access>)[name];
}
