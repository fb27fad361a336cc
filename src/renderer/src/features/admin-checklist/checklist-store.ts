import { create } from 'zustand';
import type { AdminChecklist, ChecklistExportFormat, ChecklistSummary } from '../../../../shared/api/checklist';
import { CHECKLIST_PAGE_MAX } from '../../../../shared/api/checklist-pages';
import { api, call } from '../../api/client';
import { downloadText } from '../../components/download';
import type { Locale } from '../../i18n';

type Source = { orderIds: number[] } | { cause: string; key?: string };

interface ChecklistState {
  lists: ChecklistSummary[];
  current: AdminChecklist | null;
  loaded: boolean;
  busy: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Shows a checklist from its first page; a reload of the same list keeps the pages already shown. */
  open(id: number): Promise<void>;
  /** Appends the next page of lines. */
  more(): Promise<void>;
  create(source: Source, title?: string): Promise<AdminChecklist | null>;
  /** Puts one order on the newest checklist, or on a new one when there is none. */
  addOrder(orderId: number): Promise<AdminChecklist | null>;
  watch(): Promise<void>;
  stop(): Promise<void>;
  check(): Promise<void>;
  exportUnchecked(format: ChecklistExportFormat, locale: Locale): Promise<void>;
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
        const shown = get().current;
        // The same list again (a line ticked): read as many lines as are on screen, page by page.
        const want = shown?.id === id ? shown.lines.length : 0;
        let checklist = await call('checklist/get', { id });
        while (checklist.nextAfter !== null && checklist.lines.length < want) {
          const page = await call('checklist/get', { id, after: checklist.nextAfter, limit: CHECKLIST_PAGE_MAX });
          checklist = { ...page, lines: [...checklist.lines, ...page.lines] };
        }
        set({ current: checklist, error: null });
      } catch (error) {
        set({ error: message(error) });
      }
    },
    async more() {
      const current = get().current;
      if (!current || current.nextAfter === null) return;
      const page = await act(() => call('checklist/get', { id: current.id, after: current.nextAfter ?? undefined }));
      if (page && get().current?.id === current.id) set({ current: { ...page, lines: [...current.lines, ...page.lines] } });
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
    async exportUnchecked(format, locale) {
      const current = get().current;
      if (!current) return;
      const file = await act(() => call('checklist/export', { id: current.id, format, locale }));
      if (file)
        downloadText(file.fileName, file.text, format === 'csv' ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8');
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
