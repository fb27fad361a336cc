/**
 * The contract's method names as plain data, for the preload: it must not bundle the schemas
 * (zod is a main-process dependency). index.ts checks at compile time that this list and the
 * contract's keys are the same set.
 */
export const API_NAMES = [
  'app/info',
  'mirror/reset',
  'preferences/get',
  'preferences/set',
  'orders/view',
  'orders/add-note',
  'orders/resolve',
  'orders/reopen',
  'orders/escalation-pack',
  'import/snapshot',
  'import/pick',
  'import/cancel',
  'queue/list',
  'queue/facets',
  'queue/position',
  'groups/list',
  'fixes/preview',
  'fixes/apply',
  'reprocess/run',
  'reprocess/precheck',
  'reprocess/verify',
  'plan/list',
  'plan/discard',
  'plan/export',
  'simulation/run',
  'diagnosis/run',
  'audit/list',
  'audit/export-csv',
  'accounts/list',
  'accounts/connect',
  'accounts/switch',
  'accounts/remove',
  'sync/status',
  'sync/run',
  'sync/cancel'
] as const;
