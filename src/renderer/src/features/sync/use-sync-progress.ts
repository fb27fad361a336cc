import { useEffect } from 'react';
import { api } from '../../api/client';
import { useSyncStore } from './sync-store';

/** Follows a running sync's progress events and loads the sync status; mounted once, in the rail. */
export function useSyncProgress(account: string | null): void {
  useEffect(() => {
    void useSyncStore.getState().load();
  }, [account]);
  useEffect(() => api.on('sync/progress', (progress) => useSyncStore.getState().setProgress(progress)), []);
}
