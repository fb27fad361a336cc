import { create } from 'zustand';
import type { OrderSummary } from '../../../shared/domain/model';
import { call } from '../api/client';

export type StatusFilter = 'all' | 'error' | 'success' | 'pending';

const PAGE_SIZE = 200;

interface OrdersState {
  status: StatusFilter;
  rows: OrderSummary[];
  total: number;
  loading: boolean;
  error: string | null;
  setStatus(status: StatusFilter): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

/** A page of the mirror's orders at a time; the mirror itself never comes whole to the renderer. */
export const useOrdersStore = create<OrdersState>()((set, get) => ({
  status: 'error',
  rows: [],
  total: 0,
  loading: false,
  error: null,
  async setStatus(status) {
    set({ status });
    await get().reload();
  },
  async reload() {
    set({ loading: true, error: null });
    try {
      const page = await call('orders/list', { status: get().status, limit: PAGE_SIZE, offset: 0 });
      set({ rows: page.rows, total: page.total, loading: false });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async loadMore() {
    const { rows, status } = get();
    set({ loading: true });
    try {
      const page = await call('orders/list', { status, limit: PAGE_SIZE, offset: rows.length });
      set({ rows: [...rows, ...page.rows], total: page.total, loading: false });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}));
