import { useEffect } from 'react';
import { useAppStore } from '../../stores/app-store';
import { isNarrowed, useQueueStore } from '../../stores/queue-store';

/**
 * The dashboard is the first screen when the queue opens empty: once, at start, when the first
 * load of the open orders (nothing else narrowing them) finds none and the agent is still on it.
 */
export function useDashboardWhenQueueEmpty(): void {
  useEffect(() => {
    const unsubscribe = useQueueStore.subscribe((state, previous) => {
      if (state.loading || !previous.loading || state.error) return;
      unsubscribe();
      const openOnly = state.filter.states.length === 1 && state.filter.states[0] === 'open' && !isNarrowed(state.filter);
      if (state.total === 0 && openOnly && useAppStore.getState().screen === 'queue') useAppStore.getState().go('trends');
    });
    return unsubscribe;
  }, []);
}
