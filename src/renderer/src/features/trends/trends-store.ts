import { create } from 'zustand';
import type { TrendsOverview } from '../../../../shared/api/trends';
import { call } from '../../api/client';
import { useAppStore } from '../../stores/app-store';
import { useQueueStore, type QueueFilterState } from '../../stores/queue-store';

interface TrendsState {
  overview: TrendsOverview | null;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Puts the filter on the queue and switches to it. */
  showInQueue(filter: QueueFilterState): Promise<void>;
  /** Opens one order in the queue (found by its marketplace order id). */
  openOrder(orderId: number, marketplaceOrderId: string): Promise<void>;
}

export const useTrendsStore = create<TrendsState>()((set) => ({
  overview: null,
  loading: false,
  error: null,
  async load() {
    set({ loading: true, error: null });
    try {
      set({ overview: await call('trends/overview', {}), loading: false });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async showInQueue(filter) {
    const queue = useQueueStore.getState();
    queue.select(null);
    useAppStore.getState().go('queue');
    await queue.setFilter(filter);
  },
  async openOrder(orderId, marketplaceOrderId) {
    const queue = useQueueStore.getState();
    useAppStore.getState().go('queue');
    await queue.setFilter({
      states: ['open'],
      errorTypes: [],
      causes: [],
      affiliates: [],
      tradePolicies: [],
      from: undefined,
      to: undefined,
      search: marketplaceOrderId
    });
    const { rows } = useQueueStore.getState();
    const index = [...rows.entries()].find(([, row]) => row.id === orderId)?.[0];
    if (index !== undefined) useQueueStore.getState().select(index);
  }
}));
