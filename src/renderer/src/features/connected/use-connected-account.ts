import { useEffect } from 'react';
import { useAccountsStore } from '../settings/accounts-store';

/**
 * The account connected mode acts on, as the core picks it (the environment's, else the active one
 * with credentials), or null offline: the connected panels show only when a store can be reached.
 */
export function useConnectedAccount(): string | null {
  const state = useAccountsStore((store) => store.state);
  const load = useAccountsStore((store) => store.load);
  useEffect(() => {
    if (state === null) void load();
  }, [state, load]);
  if (!state) return null;
  if (state.environmentAccount) return state.environmentAccount;
  return state.accounts.find((account) => account.active && account.hasCredentials)?.name ?? null;
}
