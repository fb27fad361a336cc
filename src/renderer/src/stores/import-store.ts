import { create } from 'zustand';
import type { ImportErrorDetails, ImportProgress, ImportReport } from '../../../shared/api/import';
import { ApiCallError, call } from '../api/client';

interface ImportState {
  dir: string;
  running: boolean;
  progress: ImportProgress | null;
  report: ImportReport | null;
  failure: { message: string; details: ImportErrorDetails | null } | null;
  setDir(dir: string): void;
  setProgress(progress: ImportProgress): void;
  browse(what: 'folder' | 'export'): Promise<void>;
  start(): Promise<boolean>;
}

export const useImportStore = create<ImportState>()((set, get) => ({
  dir: '',
  running: false,
  progress: null,
  report: null,
  failure: null,
  setDir: (dir) => set({ dir }),
  setProgress: (progress) => set({ progress }),
  async browse(what) {
    const { dir } = await call('import/pick', { what });
    if (dir) set({ dir });
  },
  async start() {
    set({ running: true, progress: null, report: null, failure: null });
    try {
      const report = await call('import/snapshot', { dir: get().dir });
      set({ running: false, report });
      return true;
    } catch (error) {
      const details = error instanceof ApiCallError && error.details ? (error.details as unknown as ImportErrorDetails) : null;
      set({ running: false, failure: { message: error instanceof Error ? error.message : String(error), details } });
      return false;
    }
  }
}));
