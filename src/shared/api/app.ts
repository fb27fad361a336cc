import { z } from 'zod';
import type { KindCounts } from '../domain/snapshot';
import { entry } from './contract-entry';

/** What the shell shows in its rail: which store, how old the mirror is, where it lives. */
export interface AppInfo {
  appVersion: string;
  /** 'desktop' in Electron, 'browser' behind the loopback bridge. */
  transport: 'desktop' | 'browser';
  account: string | null;
  exportedAt: string | null;
  source: string | null;
  dbPath: string;
  counts: KindCounts;
  /** An import committed and the diagnosis of its failed orders has not finished yet (it runs on the next open). */
  diagnosisPending: boolean;
}

export const appContract = {
  'app/info': entry<AppInfo>()(z.object({}).strict()),
  /** Wipes the mirror and loads the bundled demo store, or leaves it empty. */
  'mirror/reset': entry<AppInfo>()(z.object({ to: z.enum(['demo', 'empty']) }).strict())
};
