import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/app';
import { call } from '../api/client';

export type Screen =
  'trends' | 'queue' | 'groups' | 'plan' | 'checklist' | 'simulator' | 'import' | 'audit' | 'settings' | 'storefront';

interface AppState {
  info: AppInfo | null;
  screen: Screen;
  fatal: string | null;
  loadInfo(): Promise<void>;
  go(screen: Screen): void;
  reset(to: 'demo' | 'empty'): Promise<void>;
}

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  screen: 'queue',
  fatal: null,
  async loadInfo() {
    try {
      set({ info: await call('app/info', {}), fatal: null });
    } catch (error) {
      set({ fatal: error instanceof Error ? error.message : String(error) });
    }
  },
  go: (screen) => set({ screen }),
  async reset(to) {
    set({ info: await call('mirror/reset', { to }) });
  }
}));
