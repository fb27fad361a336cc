import { create } from 'zustand';
import type { PlanFormat, PlannedChange } from '../../../shared/api/plan';
import { call } from '../api/client';
import { downloadText } from '../components/download';
import type { Locale } from '../i18n';

interface PlanState {
  changes: PlannedChange[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  discard(id: number): Promise<void>;
  exportAs(format: PlanFormat, locale: Locale): Promise<void>;
}

async function attempt(set: (patch: Partial<PlanState>) => void, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    set({ error: error instanceof Error ? error.message : String(error) });
  }
}

/** The change plan: fixes made in the local copy only, for the agent to make in the Admin. */
export const usePlanStore = create<PlanState>()((set, get) => ({
  changes: [],
  loaded: false,
  error: null,
  load: () =>
    attempt(set, async () => {
      const { changes } = await call('plan/list', {});
      set({ changes, loaded: true, error: null });
    }),
  discard: (id) =>
    attempt(set, async () => {
      await call('plan/discard', { ids: [id] });
      await get().load();
    }),
  exportAs: (format, locale) =>
    attempt(set, async () => {
      const { fileName, text } = await call('plan/export', { format, locale });
      downloadText(fileName, text, format === 'csv' ? 'text/csv' : 'text/markdown');
    })
}));
