import { create } from 'zustand';
import type { BulkReprocessSelection, BulkReprocessSummary } from '../../../shared/api/bulk-reprocess';
import type { ReprocessProgress, ReprocessSummary } from '../../../shared/api/reprocess';
import { call } from '../api/client';

interface ReprocessState {
  running: boolean;
  progress: ReprocessProgress | null;
  /** The last single-order (or small) reprocess, with each order's outcome. */
  summary: ReprocessSummary | null;
  /** The last bulk reprocess (a group, a selection): counts only. */
  bulk: BulkReprocessSummary | null;
  /** True from the agent's Cancel until the run stops after its page. */
  cancelling: boolean;
  error: string | null;
  setProgress(progress: ReprocessProgress): void;
  run(orderIds: number[]): Promise<ReprocessSummary | null>;
  /** Reprocesses every order of the selection as a job, in pages, with progress; no cap. */
  runBulk(selection: BulkReprocessSelection): Promise<BulkReprocessSummary | null>;
  cancel(): Promise<void>;
  dismiss(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reprocess (a local replay of VTEX's checks), for one order or many, with progress. */
export const useReprocessStore = create<ReprocessState>()((set) => ({
  running: false,
  progress: null,
  summary: null,
  bulk: null,
  cancelling: false,
  error: null,
  setProgress: (progress) => set({ progress }),
  async run(orderIds) {
    set({ running: true, progress: null, summary: null, error: null });
    try {
      const summary = await call('reprocess/run', { orderIds });
      set({ running: false, summary });
      return summary;
    } catch (error) {
      set({ running: false, error: messageOf(error) });
      return null;
    }
  },
  async runBulk(selection) {
    set({ running: true, progress: null, bulk: null, cancelling: false, error: null });
    try {
      const bulk = await call('reprocess/bulk', selection);
      set({ running: false, cancelling: false, bulk });
      return bulk;
    } catch (error) {
      set({ running: false, cancelling: false, error: messageOf(error) });
      return null;
    }
  },
  async cancel() {
    set({ cancelling: true });
    try {
      await call('reprocess/cancel', {});
    } catch (error) {
      set({ cancelling: false, error: messageOf(error) });
    }
  },
  dismiss: () => set({ summary: null, bulk: null, error: null, progress: null })
}));
