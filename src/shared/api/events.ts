import type { GroupPrecheckProgress } from './groups';
import type { ImportProgress } from './import';
import type { PlanApplyProgress } from './plan';
import type { ReprocessProgress } from './reprocess';
import type { DiagnosisProgress } from './simulation';
import type { SyncProgress } from './sync';

/** Events the main process pushes to the renderer. */
export interface ApiEvents {
  'import/progress': ImportProgress;
  'reprocess/progress': ReprocessProgress;
  'groups/precheck-progress': GroupPrecheckProgress;
  'sync/progress': SyncProgress;
  'plan/progress': PlanApplyProgress;
  'diagnosis/progress': DiagnosisProgress;
  /** The mirror's data changed (import, reset, fix, reprocess): views reload. */
  'mirror/changed': { reason: 'import' | 'reset' | 'fix' | 'reprocess' | 'sync' | 'account' };
  /** An Admin checklist's lines or watch changed (a line seen, a pass ended, the watch stopped). */
  'checklist/changed': { id: number };
}

export type ApiEventName = keyof ApiEvents;

export const API_EVENT_NAMES: readonly ApiEventName[] = [
  'import/progress',
  'reprocess/progress',
  'groups/precheck-progress',
  'sync/progress',
  'plan/progress',
  'diagnosis/progress',
  'mirror/changed',
  'checklist/changed'
];
