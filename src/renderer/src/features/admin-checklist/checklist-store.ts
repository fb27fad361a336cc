import { create } from 'zustand';
import type { AdminChecklist, ChecklistSummary } from '../../../../shared/api/checklist';
import { api, call } from '../../api/client';
import { downloadText } from '../../components/download';

type Source = { orderIds: number[] } | { cause: string; key?: string };

interface ChecklistState {
  lists: ChecklistSummary[];
  current: AdminChecklist | null;
  loaded: boolean;
  busy: boolean;
  error: string | null;
  load(): Promise<void>;
  open(id: number): Promise<void>;
  create(source: Source, title?: string): Promise<AdminChecklist | null>;
  /** Puts one order on the newest checklist, or on a new one when there is none. */
  addOrder(orderId: number): Promise<AdminChecklist | null>;
  watch(): Promise<void>;
  stop(): Promise<void>;
  check(): Promise<void>;
  exportUnchecked(): Promise<void>;
  remove(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The Admin checklists and the one on screen. The core's `checklist/changed` event (a line seen, a
 * pass ended) reloads the list on screen, so the lines tick without the agent asking.
 */
export const useChecklistStore = create<ChecklistState>()((set, get) => {
  const act = async <T>(work: () => Promise<T>): Promise<T | null> => {
    set({ busy: true, error: null });
    try {
      return await work();
    } catch (error) {
      set({ error: message(error) });
      return null;
    } finally {
      set({ busy: false });
    }
  };
  const show = async (checklist: AdminChecklist) => {
    set({ current: checklist, lists: await call('checklist/list', {}) });
    return checklist;
  };
  const onCurrent = (name: 'checklist/watch' | 'checklist/stop' | 'checklist/check') => async () => {
    const current = get().current;
    if (current) await act(async () => show(await call(name, { id: current.id })));
  };

  api.on('checklist/changed', ({ id }) => {
    if (get().current?.id === id) void get().open(id);
    else if (get().loaded) void get().load();
  });

  return {
    lists: [],
    current: null,
    loaded: false,
    busy: false,
    error: null,
    async load() {
      try {
        const lists = await call('checklist/list', {});
        set({ lists, loaded: true, error: null });
        const shown = get().current?.id ?? lists[0]?.id;
        if (shown !== undefined && lists.some((list) => list.id === shown)) await get().open(shown);
        else set({ current: null });
      } catch (error) {
        set({ error: message(error), loaded: true });
      }
    },
    async open(id) {
      try {
        set({ current: await call('checklist/get', { id }), error: null });
      } catch (error) {
        set({ error: message(error) });
      }
    },
    create: (source, title) => act(async () => show(await call('checklist/create', { source, title }))),
    addOrder: (orderId) =>
      act(async () => {
        const [newest] = await call('checklist/list', {});
        const checklist = newest
          ? await call('checklist/add', { id: newest.id, orderIds: [orderId] })
          : await call('checklist/create', { source: { orderIds: [orderId] } });
        return show(checklist);
      }),
    watch: onCurrent('checklist/watch'),
    stop: onCurrent('checklist/stop'),
    check: onCurrent('checklist/check'),
    async exportUnchecked() {
      const current = get().current;
      if (!current) return;
      const file = await act(() => call('checklist/export', { id: current.id }));
      if (file) downloadText(file.fileName, file.csv, 'text/csv;charset=utf-8');
    },
    async remove() {
      const current = get().current;
      if (!current) return;
      await act(() => call('checklist/delete', { id: current.id }));
      set({ current: null });
      await get().load();
    }
  };
});
