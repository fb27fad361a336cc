import { create } from 'zustand';
import type { SyncMode, SyncProgress, SyncStatus, SyncSummary } from '../../../../shared/api/sync';
import { call } from '../../api/client';

interface SyncStoreState {
  status: SyncStatus | null;
  progress: SyncProgress | null;
  summary: SyncSummary | null;
  error: string | null;
  running: boolean;
  load(): Promise<void>;
  /** Targeted by default (what the failed orders name); `full`: every SKU of the catalog. */
  run(mode?: SyncMode): Promise<void>;
  cancel(): Promise<void>;
  setProgress(progress: SyncProgress): void;
}

export const useSyncStore = create<SyncStoreState>()((set, get) => ({
  status: null,
  progress: null,
  summary: null,
  error: null,
  running: false,
  async load() {
    try {
      const status = await call('sync/status', {});
      set({ status, running: status.running || get().running });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  async run(mode = 'targeted') {
    set({ running: true, error: null, summary: null, progress: null });
    try {
      set({ summary: await call('sync/run', { mode }) });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      set({ running: false, progress: null });
      await get().load();
    }
  },
  async cancel() {
    await call('sync/cancel', {});
  },
  setProgress: (progress) => set({ progress })
}));
