import type { ImportProgress } from './import';

/** Events the main process pushes to the renderer. */
export interface ApiEvents {
  'import/progress': ImportProgress;
  /** The mirror's data changed (import, reset, fix): views reload. */
  'mirror/changed': { reason: 'import' | 'reset' | 'fix' | 'reprocess' };
}

export type ApiEventName = keyof ApiEvents;

export const API_EVENT_NAMES: readonly ApiEventName[] = ['import/progress', 'mirror/changed'];
