import { create } from 'zustand';
import type { AccountsState, ConnectResult } from '../../../../shared/api/accounts';
import { call } from '../../api/client';
import { useAppStore } from '../../stores/app-store';
import { useSyncStore } from '../sync/sync-store';

interface AccountsStoreState {
  state: AccountsState | null;
  /** The last connection test: which modules the key may read. */
  report: ConnectResult | null;
  error: string | null;
  busy: boolean;
  /** The `a` key asked for the account list: it takes the focus when it is next on screen. */
  focusPending: boolean;
  requestFocus(): void;
  focusTaken(): void;
  load(): Promise<void>;
  connect(args: { account: string; appKey?: string; appToken?: string }): Promise<boolean>;
  switchTo(account: string | null): Promise<void>;
  remove(account: string): Promise<void>;
}

/** After the open mirror changed: the rail's account and the sync ages are the new mirror's. */
async function afterMirrorChange(): Promise<void> {
  await Promise.all([useAppStore.getState().loadInfo(), useSyncStore.getState().load()]);
}

export const useAccountsStore = create<AccountsStoreState>()((set) => {
  const attempt = async (work: () => Promise<void>) => {
    set({ busy: true, error: null });
    try {
      await work();
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      set({ busy: false });
    }
  };
  return {
    state: null,
    report: null,
    error: null,
    busy: false,
    focusPending: false,
    requestFocus: () => set({ focusPending: true }),
    focusTaken: () => set({ focusPending: false }),
    // A read: it leaves `busy` alone, since disabling the buttons would take the focus off them.
    async load() {
      try {
        set({ state: await call('accounts/list', {}) });
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
      }
    },
    async connect(args) {
      let connected = false;
      set({ report: null });
      await attempt(async () => {
        const report = await call('accounts/connect', args);
        set({ report, state: report.state });
        connected = true;
        await afterMirrorChange();
      });
      return connected;
    },
    async switchTo(account) {
      await attempt(async () => {
        set({ state: await call('accounts/switch', { account }), report: null });
        await afterMirrorChange();
      });
    },
    async remove(account) {
      await attempt(async () => {
        set({ state: await call('accounts/remove', { account }), report: null });
        await afterMirrorChange();
      });
    }
  };
});
