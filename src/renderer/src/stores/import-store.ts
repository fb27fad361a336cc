import { create } from 'zustand';
import type { ImportErrorDetails, ImportInspection, ImportMode, ImportProgress, ImportReport } from '../../../shared/api/import';
import { ApiCallError, call } from '../api/client';

interface ImportState {
  dir: string;
  running: boolean;
  progress: ImportProgress | null;
  report: ImportReport | null;
  failure: { message: string; details: ImportErrorDetails | null } | null;
  /** Set while the agent chooses merge or new mirror: the mirror holds their own changes. */
  asking: ImportInspection | null;
  /** The last import opened the snapshot as a new mirror file (the report names it). */
  newMirror: boolean;
  setDir(dir: string): void;
  setProgress(progress: ImportProgress): void;
  browse(what: 'folder' | 'export'): Promise<void>;
  /** Inspects first; runs at once when the mirror holds nothing of the agent's, else waits for `choose`. */
  start(): Promise<boolean>;
  /** Browser mode: uploads the picked files to the bridge, then imports the folder it made like a typed path. */
  upload(send: () => Promise<string>): Promise<boolean>;
  choose(mode: ImportMode | null): Promise<boolean>;
}

function failureOf(error: unknown): ImportState['failure'] {
  const details = error instanceof ApiCallError && error.details ? (error.details as unknown as ImportErrorDetails) : null;
  return { message: error instanceof Error ? error.message : String(error), details };
}

export const useImportStore = create<ImportState>()((set, get) => ({
  dir: '',
  running: false,
  progress: null,
  report: null,
  failure: null,
  asking: null,
  newMirror: false,
  setDir: (dir) => set({ dir }),
  setProgress: (progress) => set({ progress }),
  async browse(what) {
    const { dir } = await call('import/pick', { what });
    if (dir) set({ dir });
  },
  async start() {
    set({ progress: null, report: null, failure: null, asking: null, newMirror: false });
    try {
      const inspection = await call('import/inspect', { dir: get().dir });
      if (inspection.hasLocalChanges) {
        set({ asking: inspection });
        return false;
      }
    } catch (error) {
      set({ failure: failureOf(error) });
      return false;
    }
    return get().choose('merge');
  },
  async upload(send) {
    set({ running: true, progress: null, report: null, failure: null, asking: null });
    try {
      set({ dir: await send(), running: false });
    } catch (error) {
      set({ running: false, failure: failureOf(error) });
      return false;
    }
    return get().start();
  },
  async choose(mode) {
    set({ asking: null });
    if (!mode) return false;
    set({ running: true });
    try {
      const report = await call('import/snapshot', { dir: get().dir, mode });
      set({ running: false, report, newMirror: mode === 'new-mirror' });
      return true;
    } catch (error) {
      set({ running: false, failure: failureOf(error) });
      return false;
    }
  }
}));
