import { create } from 'zustand';
import type { ReprocessPrecheck, ReprocessProgress, ReprocessSummary } from '../../../shared/api/reprocess';
import { call } from '../api/client';

interface ReprocessState {
  running: boolean;
  progress: ReprocessProgress | null;
  summary: ReprocessSummary | null;
  precheck: ReprocessPrecheck | null;
  error: string | null;
  setProgress(progress: ReprocessProgress): void;
  check(orderIds: number[]): Promise<ReprocessPrecheck | null>;
  run(orderIds: number[]): Promise<ReprocessSummary | null>;
  dismiss(): void;
}

/** Reprocess (a local replay of VTEX's checks), for one order or many, with progress. */
export const useReprocessStore = create<ReprocessState>()((set) => ({
  running: false,
  progress: null,
  summary: null,
  precheck: null,
  error: null,
  setProgress: (progress) => set({ progress }),
  async check(orderIds) {
    try {
      const precheck = await call('reprocess/precheck', { orderIds });
      set({ precheck, error: null });
      return precheck;
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  },
  async run(orderIds) {
    set({ running: true, progress: null, summary: null, error: null });
    try {
      const summary = await call('reprocess/run', { orderIds });
      set({ running: false, summary });
      return summary;
    } catch (error) {
      set({ running: false, error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  },
  dismiss: () => set({ summary: null, precheck: null, error: null, progress: null })
}));
